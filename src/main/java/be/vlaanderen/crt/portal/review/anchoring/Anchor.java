package be.vlaanderen.crt.portal.review.anchoring;

import java.util.Objects;

/**
 * Result of re-anchoring a {@link TextQuote} on a new text.
 *
 * <p>{@code start} (inclusive) and {@code end} (exclusive) are character offsets into the new text,
 * in the same units as {@link String#substring(int, int)}. They are {@code -1} when the state is
 * {@link AnchorState#NOT_FOUND}.
 *
 * @param state whether the passage was found verbatim, found in changed form, or not found
 * @param start start offset in the new text, or {@code -1}
 * @param end end offset (exclusive) in the new text, or {@code -1}
 * @param similarity similarity in {@code [0, 1]} between the quote and the passage; {@code 1.0} for
 *     {@link AnchorState#STILL_PRESENT}, {@code 0.0} for {@link AnchorState#NOT_FOUND}. For {@link
 *     AnchorState#CHANGED} it is computed ignoring whitespace runs and letter case, so a passage
 *     that differs only in case reports {@code 1.0}.
 */
public record Anchor(AnchorState state, int start, int end, double similarity) {

  private static final Anchor NOT_FOUND = new Anchor(AnchorState.NOT_FOUND, -1, -1, 0.0);

  /** Validates the components. */
  public Anchor {
    Objects.requireNonNull(state, "state");
    if (state == AnchorState.NOT_FOUND) {
      if (start != -1 || end != -1) {
        throw new IllegalArgumentException("NOT_FOUND anchors have start = end = -1");
      }
    } else if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + similarity);
    }
  }

  /** Returns the (shared) anchor meaning "not found". */
  public static Anchor notFound() {
    return NOT_FOUND;
  }

  /** Returns whether the passage was located, verbatim or changed. */
  public boolean isFound() {
    return state != AnchorState.NOT_FOUND;
  }
}
