package be.vlaanderen.crt.portal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers a decision for the rest of the current transaction: a page read in one transaction then
 * asks the database once whether the reviewer may read a municipality's documents, however many
 * services ask; a report that several services make together reads the rates once. Outside a
 * transaction nothing is remembered. Only for answers that the transaction itself does not change
 * (permissions, reference data such as rates that a report only reads); never for rows it may write
 * and read again.
 */
@ApplicationScoped
public class TransactionMemo {

  private static final Object KEY = new Object();

  @Resource TransactionSynchronizationRegistry registry;

  /** Whether there is a transaction to remember answers in. */
  public boolean active() {
    return registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE;
  }

  /** The answer remembered under {@code key} in this transaction, or the new one remembered. */
  @SuppressWarnings("unchecked")
  public <T> T remember(Object key, Supplier<T> answer) {
    if (!active()) {
      return answer.get();
    }
    Map<Object, Object> memo = (Map<Object, Object>) registry.getResource(KEY);
    if (memo == null) {
      memo = new HashMap<>();
      registry.putResource(KEY, memo);
    }
    Object known = memo.get(key);
    if (known == null) {
      known = answer.get();
      memo.put(key, known);
    }
    return (T) known;
  }
}
