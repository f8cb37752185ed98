package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PublicUrl;
import be.vlaanderen.crt.portal.security.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The programme's mails to municipalities: a new assignment for the wave, and reminders before a
 * deadline. Dutch, through the outbox; each names only its own municipality.
 */
@ApplicationScoped
public class ProgrammeMails {

  @PersistenceContext private EntityManager em;

  @Inject Outbox outbox;

  @Inject Contacts contacts;

  @Inject PublicUrl url;

  @Inject
  @ConfigProperty(name = "crt.mail.reminder-days", defaultValue = "7")
  int reminderDays;

  private static DateTimeFormatter format() {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Messages.DUTCH);
  }

  private String link(long assignmentId) {
    return url.of("submission/assignment.xhtml?assignment=" + assignmentId);
  }

  /**
   * Tells every municipality of the wave about a new assignment, in the transaction that creates
   * it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void assignmentCreated(Assignment assignment) {
    List<Municipality> municipalities =
        em.createQuery(
                "SELECT e.municipality FROM Enrollment e WHERE e.wave = :wave", Municipality.class)
            .setParameter("wave", assignment.getWave())
            .getResultList();
    for (Municipality municipality : municipalities) {
      outbox.enqueue(
          "assignment:" + assignment.getId() + ":" + municipality.getId(),
          contacts.of(municipality.getId()),
          Messages.get(Messages.DUTCH, "mail.assignment.subject", assignment.getTitle()),
          Messages.get(
              Messages.DUTCH,
              "mail.assignment.body",
              municipality.getName(),
              assignment.getTitle(),
              format().format(assignment.getDeadline()),
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
    int queued = 0;
    for (Object[] row : due) {
      Assignment assignment = (Assignment) row[0];
      Municipality municipality = (Municipality) row[1];
      queued +=
          outbox.enqueue(
              // Once per deadline: a moved deadline gets its own reminder.
              "reminder:"
                  + assignment.getId()
                  + ":"
                  + municipality.getId()
                  + ":"
                  + assignment.getDeadline().toLocalDate(),
              contacts.of(municipality.getId()),
              Messages.get(Messages.DUTCH, "mail.reminder.subject", assignment.getTitle()),
              Messages.get(
                  Messages.DUTCH,
                  "mail.reminder.body",
                  municipality.getName(),
                  assignment.getTitle(),
                  format().format(assignment.getDeadline()),
                  link(assignment.getId())));
    }
    return queued;
  }
}
