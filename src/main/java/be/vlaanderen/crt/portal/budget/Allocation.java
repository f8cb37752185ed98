package be.vlaanderen.crt.portal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount in cents over n parts so that the parts add up to it exactly: everyone gets the
 * same number of cents, the cents left over go one each to the first parts.
 */
public final class Allocation {

  private Allocation() {}

  public static List<BigDecimal> split(BigDecimal amount, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("At least one part");
    }
    long cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    long each = Math.floorDiv(cents, parts);
    long left = cents - each * parts;
    List<BigDecimal> result = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      result.add(BigDecimal.valueOf(each + (i < left ? 1 : 0), 2));
    }
    return result;
  }
}
