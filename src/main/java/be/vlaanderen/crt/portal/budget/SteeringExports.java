package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.platform.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What the steering report's exports share: days and euros written out in the reader's language.
 * The exports themselves are {@link SteeringPdf} and {@link SteeringSheets}.
 */
public final class SteeringExports {

  private SteeringExports() {}

  /** "11,5 dagen", "1 dag": written out in the reader's language, never "11.5 d". */
  static String days(Object days, Locale l) {
    return Formats.days(days, l);
  }

  static String euro(String amount, Locale l) {
    if (amount == null) {
      return "—";
    }
    NumberFormat f = NumberFormat.getNumberInstance(l);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "€ " + f.format(new BigDecimal(amount));
  }
}
