package be.vlaanderen.crt.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of search changes that failed on a node ({@code search_failure}): a failure is
 * retried with exponential back-off ({@code base · 2^(attempts−1)}, at most {@code max}) and parked
 * after the last attempt; a document indexed without its text is parked at once. Every method runs
 * in a transaction of its own, so the bookkeeping never shares the fate of the work it records.
 */
@ApplicationScoped
public class SearchFailures {

  /** Loading the document failed; retried with back-off. */
  public static final String LOAD_FAILED = "LOAD_FAILED";

  /** Indexed, but without its text, which cannot be extracted. */
  public static final String TEXT_UNAVAILABLE = "TEXT_UNAVAILABLE";

  /** A row as the coordinator sees it. */
  public record Entry(
      long id,
      String node,
      String uid,
      String kind,
      int attempts,
      boolean parked,
      String reason,
      Instant firstFailedAt,
      Instant lastFailedAt,
      Instant nextAttemptAt) {}

  /** How many are waiting for a retry and how many are parked, on one node. */
  public record Counts(long retrying, long parked) {}

  /** The back-off rule. */
  public record Policy(int maxAttempts, long baseSeconds, long maxSeconds) {}

  @PersistenceContext private EntityManager em;

  /** Records one more failed attempt of a document. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String node, String uid, String reason, Policy policy) {
    em.createNativeQuery(
            "INSERT INTO search_failure (node, doc_uid, kind, attempts, parked, reason, first_failed_at,"
                + " last_failed_at, next_attempt_at) VALUES (?1, ?2, ?3, 1, ?4, ?5, NOW(3), NOW(3),"
                + " DATE_ADD(NOW(3), INTERVAL ?6 SECOND))"
                + " ON DUPLICATE KEY UPDATE kind = ?3, attempts = attempts + 1,"
                + " parked = (attempts >= ?7), reason = ?5, last_failed_at = NOW(3),"
                + " next_attempt_at = DATE_ADD(NOW(3), INTERVAL LEAST(?6 * POW(2, attempts - 1), ?8) SECOND)")
        .setParameter(1, node)
        .setParameter(2, uid)
        .setParameter(3, LOAD_FAILED)
        .setParameter(4, policy.maxAttempts() <= 1)
        .setParameter(5, abbreviate(reason))
        .setParameter(6, policy.baseSeconds())
        .setParameter(7, policy.maxAttempts())
        .setParameter(8, policy.maxSeconds())
        .executeUpdate();
  }

  /** Records that a document was indexed without its text: parked at once, with the reason. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void withoutText(String node, String uid, String reason) {
    em.createNativeQuery(
            "INSERT INTO search_failure (node, doc_uid, kind, attempts, parked, reason, first_failed_at,"
                + " last_failed_at, next_attempt_at) VALUES (?1, ?2, ?3, 1, TRUE, ?4, NOW(3), NOW(3), NOW(3))"
                // Indexed without text again (a restart, a rebuild): not one more attempt, unless
                // the coordinator had asked for one.
                + " ON DUPLICATE KEY UPDATE kind = ?3, attempts = IF(parked, attempts, attempts + 1),"
                + " parked = TRUE,"
                + " reason = ?4, last_failed_at = NOW(3)")
        .setParameter(1, node)
        .setParameter(2, uid)
        .setParameter(3, TEXT_UNAVAILABLE)
        .setParameter(4, abbreviate(reason))
        .executeUpdate();
  }

  /** Forgets the failures of documents that were now applied as they should be. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String node, Collection<String> uids) {
    if (uids.isEmpty()) {
      return;
    }
    List<String> list = List.copyOf(uids);
    String marks = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
    var delete =
        em.createNativeQuery(
                "DELETE FROM search_failure WHERE node = ? AND doc_uid IN (" + marks + ")")
            .setParameter(1, node);
    for (int i = 0; i < list.size(); i++) {
      delete.setParameter(i + 2, list.get(i));
    }
    delete.executeUpdate();
  }

  /** Documents of this node whose next attempt is due. */
  @SuppressWarnings("unchecked")
  public List<String> due(String node, int limit) {
    return em.createNativeQuery(
            "SELECT doc_uid FROM search_failure WHERE node = ?1 AND parked = FALSE"
                + " AND next_attempt_at <= NOW(3) ORDER BY next_attempt_at LIMIT "
                + limit)
        .setParameter(1, node)
        .getResultList();
  }

  public Counts counts(String node) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(parked = FALSE), 0), COALESCE(SUM(parked = TRUE), 0)"
                        + " FROM search_failure WHERE node = ?1")
                .setParameter(1, node)
                .getSingleResult();
    return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  /** All failures of all nodes, parked first, newest first. */
  @SuppressWarnings("unchecked")
  public List<Entry> all(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, node, doc_uid, kind, attempts, parked, reason, first_failed_at,"
                    + " last_failed_at, next_attempt_at FROM search_failure"
                    + " ORDER BY parked DESC, last_failed_at DESC, id DESC LIMIT "
                    + limit)
            .getResultList();
    return rows.stream().map(SearchFailures::entry).toList();
  }

  public Optional<Entry> find(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, node, doc_uid, kind, attempts, parked, reason, first_failed_at,"
                    + " last_failed_at, next_attempt_at FROM search_failure WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(SearchFailures::entry).findFirst();
  }

  /**
   * Makes a failure due again with a fresh count of attempts, on {@code node} (the node that takes
   * the retry: the one that recorded it may be gone, as a container is after a redeployment);
   * answers whether it existed. A row of the same document already on {@code node} is replaced.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean retry(long id, String node) {
    em.createNativeQuery(
            "DELETE f FROM search_failure f JOIN search_failure o ON o.doc_uid = f.doc_uid"
                + " WHERE o.id = ?1 AND f.node = ?2 AND f.id <> ?1")
        .setParameter(1, id)
        .setParameter(2, node)
        .executeUpdate();
    return em.createNativeQuery(
                "UPDATE search_failure SET parked = FALSE, attempts = 0, next_attempt_at = NOW(3),"
                    + " node = ?2 WHERE id = ?1")
            .setParameter(1, id)
            .setParameter(2, node)
            .executeUpdate()
        > 0;
  }

  private static Entry entry(Object[] r) {
    return new Entry(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        ((Number) r[4]).intValue(),
        r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0,
        (String) r[6],
        instant(r[7]),
        instant(r[8]),
        instant(r[9]));
  }

  private static Instant instant(Object value) {
    return be.vlaanderen.crt.portal.platform.SqlValues.instant(value);
  }

  private static String abbreviate(String reason) {
    String text = reason == null || reason.isBlank() ? "onbekende fout" : reason;
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }
}
