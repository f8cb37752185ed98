package be.vlaanderen.crt.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/**
 * Puts e-mails in the outbox, in the caller's transaction: a mail exists exactly when the change it
 * reports was committed. The same (key, recipient) is enqueued only once, whatever node or rerun
 * tries.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext private EntityManager em;

  /**
   * @return how many new mails were queued (0 when all were queued before)
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public int enqueue(String dedupKey, Collection<String> recipients, String subject, String body) {
    int queued = 0;
    for (String recipient : recipients) {
      if (recipient == null || recipient.isBlank()) {
        continue;
      }
      queued +=
          em.createNativeQuery(
                  "INSERT IGNORE INTO mail_outbox (dedup_key, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
              .setParameter(1, dedupKey)
              .setParameter(2, recipient.strip())
              .setParameter(3, subject.length() > 300 ? subject.substring(0, 300) : subject)
              .setParameter(4, body)
              .setParameter(5, Timestamp.from(Instant.now()))
              .executeUpdate();
    }
    return queued;
  }
}
