package be.vlaanderen.crt.portal.completeness;

import be.vlaanderen.crt.portal.platform.Messages;
import java.util.Locale;

/** Turns findings into sentences for people, in their language. */
public final class FindingTexts {

  private FindingTexts() {}

  public static String text(Finding finding, Locale locale) {
    String section =
        finding.section() == null
            ? ""
            : Messages.get(locale, "completeness.section." + finding.section());
    return Messages.get(
        locale,
        "completeness.finding." + finding.code(),
        finding.row() == null ? "" : finding.row(),
        finding.column() == null ? "" : finding.column(),
        section);
  }
}
