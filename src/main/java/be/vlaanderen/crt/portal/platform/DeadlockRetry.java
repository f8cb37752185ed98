package be.vlaanderen.crt.portal.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link RetryOnDeadlock} method again, a few times with a short random pause, when its
 * transaction was rolled back for a deadlock or a lock wait timeout. It wraps the transaction (runs
 * before the {@code @Transactional} interceptor), so each attempt is a fresh transaction.
 */
@RetryOnDeadlock
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry {

  private static final Logger LOG = Logger.getLogger(DeadlockRetry.class.getName());

  /** Attempts in all; the pauses grow from about 25 ms to about 400 ms. */
  static final int ATTEMPTS = 5;

  /** MariaDB/MySQL: deadlock found when trying to get lock; lock wait timeout exceeded. */
  private static final int ER_LOCK_DEADLOCK = 1213;

  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object retry(InvocationContext call) throws Exception {
    if (transactions != null
        && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (Exception e) {
        if (attempt >= ATTEMPTS || !isLockConflict(e)) {
          throw e;
        }
        LOG.log(
            Level.INFO,
            "Lock conflict in {0}, attempt {1} of {2}: running the transaction again",
            new Object[] {call.getMethod().getName(), attempt, ATTEMPTS});
        Thread.sleep(pause(attempt));
      }
    }
  }

  static long pause(int attempt) {
    long base = 25L << (attempt - 1);
    return base + ThreadLocalRandom.current().nextLong(base);
  }

  /** A deadlock or lock wait timeout anywhere in the chain of causes. */
  public static boolean isLockConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof jakarta.persistence.LockTimeoutException
          || t instanceof java.sql.SQLTransactionRollbackException) {
        return true;
      }
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState())
              || sql.getErrorCode() == ER_LOCK_DEADLOCK
              || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
