package be.vlaanderen.crt.portal.platform;

import java.util.Locale;

/**
 * What forms and JSON bodies send, checked the same way everywhere: required and optional text
 * (trimmed, with a maximum length) and enum values. A problem is an {@link InvalidInputException}
 * with the caller's message key.
 */
public final class Inputs {

  private Inputs() {}

  /** Trimmed text; blank refused with {@code key}, too long with "pilot.tooLong". */
  public static String required(String value, int max, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(key);
    }
    return limited(value.strip(), max);
  }

  /** Trimmed text or null when blank; too long refused. */
  public static String optional(String value, int max) {
    return value == null || value.isBlank() ? null : limited(value.strip(), max);
  }

  private static String limited(String value, int max) {
    if (value.length() > max) {
      throw new InvalidInputException("pilot.tooLong", max);
    }
    return value;
  }

  /** An enum constant by name (case-insensitive); anything else refused with {@code key}. */
  public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String key) {
    try {
      return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(key);
    }
  }
}
