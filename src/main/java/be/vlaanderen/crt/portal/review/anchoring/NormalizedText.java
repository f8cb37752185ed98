package be.vlaanderen.crt.portal.review.anchoring;

import java.util.Arrays;

/**
 * A whitespace-normalized view of a text that remembers where each of its characters came from.
 *
 * <p>Normalization collapses every run of whitespace (including line breaks and no-break spaces)
 * into a single space and drops invisible formatting characters (soft hyphen, zero-width spaces and
 * joiners, word joiner, byte order mark). Every other character is kept as is, so that each
 * normalized character maps to exactly one character of the original text. A folded (lower case)
 * copy of the same length is kept for case-insensitive comparisons.
 */
final class NormalizedText {

  /** The normalized text. */
  final String text;

  /** {@link #text} converted to lower case character by character (same length). */
  final char[] folded;

  /** For each normalized character, the index of the original character it came from. */
  private final int[] origin;

  private NormalizedText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
    this.folded = fold(text);
  }

  /** Normalizes {@code original}, keeping the offset mapping. Runs in O(n). */
  static NormalizedText of(String original) {
    StringBuilder sb = new StringBuilder(original.length());
    int[] origin = new int[original.length()];
    boolean inWhitespace = false;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (isIgnorable(c)) {
        continue;
      }
      if (isWhitespace(c)) {
        if (!inWhitespace) {
          origin[sb.length()] = i;
          sb.append(' ');
          inWhitespace = true;
        }
        continue;
      }
      inWhitespace = false;
      origin[sb.length()] = i;
      sb.append(c);
    }
    return new NormalizedText(sb.toString(), Arrays.copyOf(origin, sb.length()));
  }

  /** Returns the normalized form of {@code s} (no offset mapping). */
  static String normalize(String s) {
    return of(s).text;
  }

  /** Lower-cases {@code s} character by character, so that offsets are preserved. */
  static char[] fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return chars;
  }

  /** Returns whether {@code c} counts as whitespace (including no-break spaces). */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Returns whether {@code c} is an invisible formatting character that is ignored. */
  static boolean isIgnorable(char c) {
    return c == '\u00AD' // soft hyphen
        || c == '\u200B' // zero-width space
        || c == '\u200C' // zero-width non-joiner
        || c == '\u200D' // zero-width joiner
        || c == '\u2060' // word joiner
        || c == '\uFEFF'; // byte order mark / zero-width no-break space
  }

  /** Returns the length of the normalized text. */
  int length() {
    return text.length();
  }

  /** Maps a normalized start offset to the corresponding offset in the original text. */
  int originalStart(int normalizedStart) {
    return origin[normalizedStart];
  }

  /**
   * Maps a normalized exclusive end offset to the corresponding exclusive end offset in the
   * original text. The normalized range must be non-empty and must not end with a (collapsed)
   * space.
   */
  int originalEnd(int normalizedEnd) {
    return origin[normalizedEnd - 1] + 1;
  }

  /**
   * Maps an original offset to the first normalized offset whose original character lies at or
   * after it (O(log n)).
   */
  int normalizedIndex(int originalIndex) {
    int i = Arrays.binarySearch(origin, originalIndex);
    return i >= 0 ? i : -i - 1;
  }
}
