package be.vlaanderen.crt.portal.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Euro arithmetic: products and sums stay exact; only a figure that is shown or exported is rounded
 * to cents (half up), once.
 */
public final class Money {

  private Money() {}

  /** days × day rate, exact (e.g. 0.5 × 958.32 = 479.160). */
  public static BigDecimal cost(BigDecimal days, BigDecimal dayRate) {
    return days.multiply(dayRate);
  }

  /** The figure as shown: cents, half up. */
  public static BigDecimal cents(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.HALF_UP);
  }

  /** A share (e.g. 0.20) of an exact amount, still exact. */
  public static BigDecimal share(BigDecimal exact, BigDecimal fraction) {
    return exact.multiply(fraction);
  }

  /** "47916.00": the API's decimal string. */
  public static String plain(BigDecimal exact) {
    return cents(exact).toPlainString();
  }
}
