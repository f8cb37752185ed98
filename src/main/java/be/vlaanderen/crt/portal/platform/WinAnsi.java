package be.vlaanderen.crt.portal.platform;

/**
 * Text for PDFs written with the standard fonts, which only know WinAnsi: non-breaking hyphens
 * become hyphens, arrows "->", other whitespace a space, anything else outside WinAnsi a question
 * mark.
 */
public final class WinAnsi {

  private static final String EXTRA =
      "\u2013\u2014\u2018\u2019\u201C\u201D\u201E\u2022\u2026\u20AC";

  private WinAnsi() {}

  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\u2011' || c == '\u2010') {
        out.append('-');
      } else if (c == '\u2192') {
        out.append("->");
      } else if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || EXTRA.indexOf(c) >= 0) {
        out.append(c);
      } else if (Character.isWhitespace(c)) {
        out.append(' ');
      } else {
        out.append('?');
      }
    }
    return out.toString();
  }
}
