package be.vlaanderen.crt.portal.submission.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} of uploads: a client that lost the answer to an upload (a crash, a broken
 * connection) sends it again with the same key and gets the version that was recorded, instead of a
 * second one. The key is remembered per user in the version's own transaction.
 */
@ApplicationScoped
public class IdempotencyKeys {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  @PersistenceContext private EntityManager em;

  public static boolean isValid(String key) {
    return key != null && VALID.matcher(key).matches();
  }

  /** The version recorded earlier under this key by this user. */
  public Optional<Long> find(String username, String key) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT version_id FROM upload_idempotency WHERE username = ? AND idem_key = ?")
            .setParameter(1, username)
            .setParameter(2, key)
            .getResultList();
    return ids.stream().findFirst().map(Number::longValue);
  }

  /** Remembers the key with the version, in the transaction that records the version. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void remember(String username, String key, long versionId) {
    em.createNativeQuery(
            "INSERT INTO upload_idempotency (idem_key, username, version_id, created_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, key)
        .setParameter(2, username)
        .setParameter(3, versionId)
        .setParameter(4, Timestamp.from(Instant.now()))
        .executeUpdate();
  }
}
