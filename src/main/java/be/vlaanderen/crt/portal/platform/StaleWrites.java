package be.vlaanderen.crt.portal.platform;

/**
 * Recognises a write refused by optimistic locking (JPA {@code @Version}), wherever in the chain of
 * causes the persistence provider or the transaction manager put it.
 */
public final class StaleWrites {

  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  private StaleWrites() {}

  public static boolean isStale(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          // EclipseLink's own exception, by name: the provider is not a compile-time dependency.
          || t.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)
          || t instanceof PreconditionFailedException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
