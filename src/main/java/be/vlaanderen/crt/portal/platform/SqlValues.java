package be.vlaanderen.crt.portal.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

/** Values of native queries as Java types (the driver answers DATETIME as either type). */
public final class SqlValues {

  private SqlValues() {}

  /** A DATETIME column's value as an instant, or null. */
  public static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return Timestamp.valueOf(l).toInstant();
    }
    return null;
  }
}
