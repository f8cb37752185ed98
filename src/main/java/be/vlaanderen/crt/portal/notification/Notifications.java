package be.vlaanderen.crt.portal.notification;

import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mails the programme sends to municipalities: confirmation of a received document and
 * reminders before a deadline. Texts are Dutch (the programme's language) and name no other
 * municipality.
 */
@ApplicationScoped
public class Notifications {

  private static final Locale DUTCH = Messages.DUTCH;

  @PersistenceContext private EntityManager em;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "crt.portal.url", defaultValue = "http://localhost:8080/")
  String portalUrl;

  @Inject
  @ConfigProperty(name = "crt.mail.reminder-days", defaultValue = "7")
  int reminderDays;

  /**
   * Confirms a received document to the municipality's contact persons, with the version's
   * fingerprint.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void submissionReceived(DocumentVersion version) {
    var submission = version.getSubmission();
    Assignment assignment = submission.getAssignment();
    String subject =
        Messages.get(
            DUTCH, "mail.received.subject", assignment.getTitle(), version.getVersionNumber());
    String body =
        Messages.get(
            DUTCH,
            "mail.received.body",
            submission.getMunicipality().getName(),
            assignment.getTitle(),
            version.getVersionNumber(),
            version.getFileName(),
            new Formats().size(version.getSize()),
            version.getSha256(),
            link(assignment.getId()));
    outbox.enqueue(
        "received:" + version.getId(),
        contacts(submission.getMunicipality().getId()),
        subject,
        body);
  }

  /**
   * Tells every municipality of the wave about a new assignment, in the transaction that creates
   * it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void assignmentCreated(Assignment assignment) {
    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);
    List<be.vlaanderen.crt.portal.municipality.Municipality> municipalities =
        em.createQuery(
                "SELECT e.municipality FROM Enrollment e WHERE e.wave = :wave",
                be.vlaanderen.crt.portal.municipality.Municipality.class)
            .setParameter("wave", assignment.getWave())
            .getResultList();
    for (var municipality : municipalities) {
      outbox.enqueue(
          "assignment:" + assignment.getId() + ":" + municipality.getId(),
          contacts(municipality.getId()),
          Messages.get(DUTCH, "mail.assignment.subject", assignment.getTitle()),
          Messages.get(
              DUTCH,
              "mail.assignment.body",
              municipality.getName(),
              assignment.getTitle(),
              format.format(assignment.getDeadline()),
              assignment.getDescription() == null ? "" : assignment.getDescription(),
              link(assignment.getId())));
    }
  }

  /**
   * Queues a reminder for every municipality that has not handed in anything for an assignment
   * whose deadline falls within the coming {@code crt.mail.reminder-days} days. Each (assignment,
   * municipality) is reminded once, however often this runs and on however many nodes.
   *
   * @return how many mails were queued now
   */
  @Transactional
  public int remindDeadlines(LocalDateTime now) {
    List<Object[]> due =
        em.createQuery(
                "SELECT a, e.municipality FROM Assignment a, Enrollment e WHERE e.wave = a.wave"
                    + " AND a.deadline > :now AND a.deadline <= :until AND NOT EXISTS (SELECT v.id FROM"
                    + " DocumentVersion v WHERE v.submission.assignment = a AND v.submission.municipality ="
                    + " e.municipality)",
                Object[].class)
            .setParameter("now", now)
            .setParameter("until", now.plusDays(reminderDays))
            .getResultList();
    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);
    int queued = 0;
    for (Object[] row : due) {
      Assignment assignment = (Assignment) row[0];
      var municipality = (be.vlaanderen.crt.portal.municipality.Municipality) row[1];
      String subject = Messages.get(DUTCH, "mail.reminder.subject", assignment.getTitle());
      String body =
          Messages.get(
              DUTCH,
              "mail.reminder.body",
              municipality.getName(),
              assignment.getTitle(),
              format.format(assignment.getDeadline()),
              link(assignment.getId()));
      queued +=
          outbox.enqueue(
              // Once per deadline: a moved deadline gets its own reminder.
              "reminder:"
                  + assignment.getId()
                  + ":"
                  + municipality.getId()
                  + ":"
                  + assignment.getDeadline().toLocalDate(),
              contacts(municipality.getId()),
              subject,
              body);
    }
    return queued;
  }

  /**
   * Tells a municipality's contact persons that a round's feedback is released to them, in the
   * transaction that releases it. Sent once per round and municipality.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void feedbackReleased(
      long roundId,
      int roundNumber,
      String waveName,
      long municipalityId,
      String municipality,
      int remarks,
      long submissionId) {
    String subject = Messages.get(DUTCH, "mail.released.subject", roundNumber);
    String body =
        Messages.get(
            DUTCH,
            "mail.released.body",
            municipality,
            roundNumber,
            waveName,
            remarks,
            base() + "review/document.xhtml?submission=" + submissionId);
    outbox.enqueue(
        "released:" + roundId + ":" + municipalityId, contacts(municipalityId), subject, body);
  }

  /**
   * Tells an applicant's contact persons the outcome of the pilot selection, in the transaction
   * that confirms it. Sent again only when the outcome or the group changes on a later
   * confirmation.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void pilotDecision(
      long municipalityId, String municipality, boolean selected, String group, String reason) {
    String subject =
        Messages.get(
            DUTCH, selected ? "mail.pilotSelected.subject" : "mail.pilotNotSelected.subject");
    String body =
        selected
            ? Messages.get(
                DUTCH, "mail.pilotSelected.body", municipality, group, base() + "pilot/index.xhtml")
            : Messages.get(DUTCH, "mail.pilotNotSelected.body", municipality, reason);
    String key = "pilot-decision:" + municipalityId + ":" + (selected ? "in:" + group : "out");
    outbox.enqueue(
        key.length() > 200 ? key.substring(0, 200) : key, contacts(municipalityId), subject, body);
  }

  /** Tells the remark's author and the municipality's reviewers that the municipality replied. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void replyReceived(
      long replyId,
      long municipalityId,
      String municipality,
      String remarkExcerpt,
      String replyText,
      long submissionId,
      String authorEmail) {
    java.util.Set<String> recipients = new java.util.LinkedHashSet<>();
    if (authorEmail != null) {
      recipients.add(authorEmail);
    }
    recipients.addAll(
        em.createQuery(
                "SELECT r.reviewer.email FROM ReviewerAssignment r WHERE r.municipality.id = :m"
                    + " AND r.reviewer.email IS NOT NULL AND r.reviewer.enabled = TRUE",
                String.class)
            .setParameter("m", municipalityId)
            .getResultList());
    if (recipients.isEmpty()) {
      return;
    }
    outbox.enqueue(
        "reply:" + replyId,
        recipients,
        Messages.get(DUTCH, "mail.reply.subject", municipality),
        Messages.get(
            DUTCH,
            "mail.reply.body",
            municipality,
            remarkExcerpt,
            replyText,
            base() + "review/document.xhtml?submission=" + submissionId));
  }

  private String base() {
    return portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
  }

  private List<String> contacts(long municipalityId) {
    return em.createQuery(
            "SELECT u.email FROM UserAccount u WHERE u.municipality.id = :m AND u.role = :role AND u.enabled = TRUE"
                + " AND u.email IS NOT NULL",
            String.class)
        .setParameter("m", municipalityId)
        .setParameter("role", Role.MUNICIPALITY)
        .getResultList();
  }

  private String link(long assignmentId) {
    String base = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    return base + "submission/assignment.xhtml?assignment=" + assignmentId;
  }
}
