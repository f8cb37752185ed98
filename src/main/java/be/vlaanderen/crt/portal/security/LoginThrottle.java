package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing down, per account and per client address, in the database so every node
 * counts the same attempts. The first failures are free (a typo); after that every further failure
 * locks for {@code base · 2^(n−1)} seconds (at most {@code max}); while locked, no password is
 * checked at all, the right one neither. A success clears the account's count; counts older than a
 * day start again. The lock does not depend on whether the account exists, so it tells nothing
 * about which names are real.
 */
@ApplicationScoped
public class LoginThrottle {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "crt.login.account-free-failures", defaultValue = "5")
  int accountFree;

  @Inject
  @ConfigProperty(name = "crt.login.address-free-failures", defaultValue = "20")
  int addressFree;

  @Inject
  @ConfigProperty(name = "crt.login.lock-base-seconds", defaultValue = "30")
  long baseSeconds;

  @Inject
  @ConfigProperty(name = "crt.login.lock-max-seconds", defaultValue = "900")
  long maxSeconds;

  /** A lock as the coordinator sees it. */
  public record Lock(String subject, int failures, Instant lockedUntil, Instant lastFailureAt) {}

  static String account(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return "account:" + (name.length() > 150 ? name.substring(0, 150) : name);
  }

  static String address(String address) {
    return "address:" + (address == null ? "unknown" : address);
  }

  /** How long the account or the address is still locked (zero: not locked). */
  public Duration lockedFor(String username, String clientAddress) {
    Object until =
        em.createNativeQuery(
                "SELECT MAX(locked_until) FROM login_throttle WHERE subject IN (?1, ?2)"
                    + " AND locked_until > NOW(3)")
            .setParameter(1, account(username))
            .setParameter(2, address(clientAddress))
            .getSingleResult();
    Instant end = instant(until);
    return end == null ? Duration.ZERO : Duration.between(now(), end).plusSeconds(1);
  }

  /** Counts a failed attempt; audits when it locks the account. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username, String clientAddress) {
    boolean accountLocked = count(account(username), accountFree);
    count(address(clientAddress), addressFree);
    if (accountLocked) {
      audit.record(
          username == null ? "" : username,
          "LOGIN_LOCKED",
          "UserAccount",
          null,
          "from " + clientAddress);
    }
  }

  /** A success clears the account's failures (not the address's). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    em.createNativeQuery("DELETE FROM login_throttle WHERE subject = ?1")
        .setParameter(1, account(username))
        .executeUpdate();
  }

  /** Current locks, newest first. */
  @SuppressWarnings("unchecked")
  public List<Lock> locks() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT subject, failures, locked_until, last_failure_at FROM login_throttle"
                    + " WHERE locked_until > NOW(3) ORDER BY last_failure_at DESC LIMIT 500")
            .getResultList();
    return rows.stream()
        .map(r -> new Lock((String) r[0], ((Number) r[1]).intValue(), instant(r[2]), instant(r[3])))
        .toList();
  }

  /** Lifts a lock (the coordinator, after checking with the person). */
  @Transactional
  public boolean unlock(String subject) {
    return em.createNativeQuery("DELETE FROM login_throttle WHERE subject = ?1")
            .setParameter(1, subject)
            .executeUpdate()
        > 0;
  }

  /** Adds a failure to the subject; answers whether it is now locked. */
  private boolean count(String subject, int free) {
    em.createNativeQuery(
            "INSERT INTO login_throttle (subject, failures, locked_until, last_failure_at)"
                + " VALUES (?1, 1, IF(1 > ?2, DATE_ADD(NOW(3), INTERVAL ?3 SECOND), NULL), NOW(3))"
                + " ON DUPLICATE KEY UPDATE"
                + " failures = IF(last_failure_at < NOW(3) - INTERVAL 1 DAY, 1, failures + 1),"
                + " locked_until = IF(failures > ?2,"
                + " DATE_ADD(NOW(3), INTERVAL LEAST(?3 * POW(2, failures - ?2 - 1), ?4) SECOND),"
                + " locked_until),"
                + " last_failure_at = NOW(3)")
        .setParameter(1, subject)
        .setParameter(2, free)
        .setParameter(3, baseSeconds)
        .setParameter(4, maxSeconds)
        .executeUpdate();
    Object locked =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM login_throttle WHERE subject = ?1 AND locked_until > NOW(3)")
            .setParameter(1, subject)
            .getSingleResult();
    return ((Number) locked).longValue() > 0;
  }

  private Instant now() {
    Object now = em.createNativeQuery("SELECT NOW(3)").getSingleResult();
    Instant db = instant(now);
    return db == null ? Instant.now() : db;
  }

  private static Instant instant(Object value) {
    return be.vlaanderen.crt.portal.platform.SqlValues.instant(value);
  }
}
