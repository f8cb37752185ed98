package be.vlaanderen.crt.portal.documents;

import java.text.Normalizer;

/**
 * Turns the file name a browser or script sent into a safe name to store and to offer on download,
 * and into a faithful but harmless version of the original to show.
 *
 * <p>A safe name has no directory parts (neither {@code /} nor {@code \}), no control or
 * bidirectional formatting characters (a right-to-left override can make {@code gpj.exe} read as
 * {@code exe.jpg}), no characters that Windows refuses, no leading dots, and at most 200 characters
 * with the extension kept.
 */
public final class FileNames {

  static final int MAX_LENGTH = 200;
  static final int MAX_ORIGINAL_LENGTH = 500;
  private static final String FALLBACK = "document";

  private FileNames() {}

  public static String sanitise(String original) {
    String name = lastSegment(original);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp)) {
                out.append(' ');
              } else if (isInvisibleOrControl(cp)) {
                return;
              } else if ("<>:\"|?*".indexOf(cp) >= 0) {
                out.append('_');
              } else {
                out.appendCodePoint(cp);
              }
            });
    String cleaned = out.toString().replaceAll(" {2,}", " ").strip();
    cleaned = cleaned.replaceFirst("^[.\\s]+", "").replaceFirst("[.\\s]+$", "");
    if (cleaned.isEmpty()) {
      return FALLBACK;
    }
    return shorten(cleaned);
  }

  /**
   * The name as sent, with every control or formatting character shown as {@code \\uXXXX}; for
   * display only.
   */
  public static String displayable(String original) {
    if (original == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    original
        .codePoints()
        .forEach(
            cp -> {
              if (isInvisibleOrControl(cp)) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    String shown = out.toString();
    return shown.length() <= MAX_ORIGINAL_LENGTH
        ? shown
        : shown.substring(0, MAX_ORIGINAL_LENGTH - 1) + "…";
  }

  /**
   * The part after the last slash or backslash: browsers and scripts sometimes send a whole path.
   */
  public static String lastSegment(String name) {
    if (name == null) {
      return "";
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }

  /** Appends the extension when the name lacks the one of its detected type. */
  public static String withExtension(String safeName, String extension) {
    String lower = safeName.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("." + extension)) {
      return safeName;
    }
    return shorten(safeName + "." + extension);
  }

  private static boolean isInvisibleOrControl(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 11 ? name.substring(dot) : "";
    String stem = ext.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - ext.length();
    int end = stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length())));
    return stem.substring(0, end).strip() + ext;
  }
}
