package be.vlaanderen.crt.portal.platform;

import java.math.BigDecimal;

/**
 * Whole numbers from JSON: read as decimals so that 12.5 is refused instead of silently becoming 12
 * (JSON-B truncates when it binds a fraction to an {@code Integer}).
 */
public final class WholeNumbers {

  private WholeNumbers() {}

  /**
   * The value as an int, or null when absent.
   *
   * @throws InvalidInputException with {@code key} when it has a fraction or does not fit
   */
  public static Integer of(BigDecimal value, String key) {
    if (value == null) {
      return null;
    }
    try {
      return value.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(key);
    }
  }

  public static BigDecimal from(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }
}
