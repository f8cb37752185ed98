package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.notification.Outbox;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PublicUrl;
import be.vlaanderen.crt.portal.security.Contacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;

/** The review's mails: feedback released to a municipality, a municipality's reply to a remark. */
@ApplicationScoped
public class ReviewMails {

  @PersistenceContext private EntityManager em;

  @Inject Outbox outbox;

  @Inject Contacts contacts;

  @Inject PublicUrl url;

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
    outbox.enqueue(
        "released:" + roundId + ":" + municipalityId,
        contacts.of(municipalityId),
        Messages.get(Messages.DUTCH, "mail.released.subject", roundNumber),
        Messages.get(
            Messages.DUTCH,
            "mail.released.body",
            municipality,
            roundNumber,
            waveName,
            remarks,
            url.of("review/document.xhtml?submission=" + submissionId)));
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
    Set<String> recipients = new LinkedHashSet<>();
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
        Messages.get(Messages.DUTCH, "mail.reply.subject", municipality),
        Messages.get(
            Messages.DUTCH,
            "mail.reply.body",
            municipality,
            remarkExcerpt,
            replyText,
            url.of("review/document.xhtml?submission=" + submissionId)));
  }
}
