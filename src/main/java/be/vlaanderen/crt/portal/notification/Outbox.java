package be.vlaanderen.crt.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Puts e-mails in the outbox, in the caller's transaction: a mail exists exactly when the change it
 * reports was committed. The same (key, recipient) is enqueued only once, whatever node or rerun
 * tries. A mail that failed {@value #MAX_ATTEMPTS} times is parked: listed with its error until a
 * coordinator sends it again.
 */
@ApplicationScoped
public class Outbox {

  /** Attempts before a mail is parked. */
  public static final int MAX_ATTEMPTS = 5;

  @PersistenceContext private EntityManager em;

  /** A parked mail as the coordinator sees it (no body: it may be personal). */
  public record Failed(
      long id,
      String recipient,
      String subject,
      int attempts,
      String lastError,
      Instant createdAt) {}

  /** Mails waiting to be sent (due now or later) and mails parked. */
  public record Counts(long pending, long failed, Instant oldestPending) {}

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

  public Counts counts() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(attempts < ?1), 0), COALESCE(SUM(attempts >= ?1), 0),"
                        + " MIN(CASE WHEN attempts < ?1 THEN created_at END)"
                        + " FROM mail_outbox WHERE sent_at IS NULL")
                .setParameter(1, MAX_ATTEMPTS)
                .getSingleResult();
    return new Counts(
        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]));
  }

  /** Parked mails, newest first. */
  @SuppressWarnings("unchecked")
  public List<Failed> failed(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, recipient, subject, attempts, last_error, created_at FROM mail_outbox"
                    + " WHERE sent_at IS NULL AND attempts >= ?1 ORDER BY id DESC LIMIT "
                    + limit)
            .setParameter(1, MAX_ATTEMPTS)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Failed(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    instant(r[5])))
        .toList();
  }

  /** Sends a parked mail again from the next drain on; answers whether there was one. */
  @Transactional
  public boolean retry(long id) {
    return em.createNativeQuery(
                "UPDATE mail_outbox SET attempts = 0, next_attempt_at = NULL"
                    + " WHERE id = ?1 AND sent_at IS NULL AND attempts >= ?2")
            .setParameter(1, id)
            .setParameter(2, MAX_ATTEMPTS)
            .executeUpdate()
        > 0;
  }

  private static Instant instant(Object value) {
    return be.vlaanderen.crt.portal.platform.SqlValues.instant(value);
  }
}
