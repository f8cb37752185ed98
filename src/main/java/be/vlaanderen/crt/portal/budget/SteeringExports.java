package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.platform.Formats;
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

  /** "€ 1.234,56"; "—" for an amount that is not known. */
  static String euro(Money amount, Locale l) {
    return amount == null ? "—" : amount.shown(l);
  }
}
