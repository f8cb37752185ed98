package be.vlaanderen.crt.portal.review.anchoring;

import java.util.Objects;

/**
 * A passage of a document's extracted plain text that a remark is anchored on, combining the W3C
 * Web Annotation {@code TextQuoteSelector} ({@code exact}, {@code prefix}, {@code suffix}) and
 * {@code TextPositionSelector} ({@code start}, {@code end}).
 *
 * @param exact the quoted passage itself
 * @param prefix text immediately before the passage (may be empty, never {@code null})
 * @param suffix text immediately after the passage (may be empty, never {@code null})
 * @param start start offset of the passage in the text it was taken from
 * @param end end offset (exclusive) of the passage in the text it was taken from
 */
public record TextQuote(String exact, String prefix, String suffix, int start, int end) {

  /** Number of context characters that {@link #of(String, int, int)} keeps on either side. */
  public static final int CONTEXT_LENGTH = 32;

  /** Validates the components; a {@code null} prefix or suffix is treated as empty. */
  public TextQuote {
    Objects.requireNonNull(exact, "exact");
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  /**
   * Creates the quote for {@code text.substring(start, end)}, with up to {@link #CONTEXT_LENGTH}
   * characters of prefix and suffix context. The context never starts or ends in the middle of a
   * surrogate pair.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code text}
   */
  public static TextQuote of(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
    if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
      prefixStart++;
    }
    int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
    if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
      suffixEnd--;
    }
    return new TextQuote(
        text.substring(start, end),
        text.substring(prefixStart, start),
        text.substring(end, suffixEnd),
        start,
        end);
  }
}
