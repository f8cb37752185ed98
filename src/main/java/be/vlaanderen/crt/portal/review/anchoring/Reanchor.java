package be.vlaanderen.crt.portal.review.anchoring;

import java.util.Objects;

/**
 * Re-anchors remarks, anchored W3C Web Annotation style on a passage of a document's extracted
 * plain text, on the text of a new version of that document.
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li><b>Exact match</b> ({@link AnchorState#STILL_PRESENT}). Both texts are compared in
 *       whitespace-normalized form (see below), so re-extraction artefacts such as doubled spaces
 *       or different line breaks do not matter; offsets are mapped back to the new text. Among
 *       several occurrences the one whose surroundings agree best with the quote's prefix and
 *       suffix wins (number of equal characters directly before and after it); ties go to the
 *       occurrence closest to the old start, scaled by the ratio of the text lengths when the old
 *       length is known.
 *   <li><b>Fuzzy match</b> ({@link AnchorState#CHANGED}), for quotes of at least {@value
 *       #MIN_FUZZY_LENGTH} characters. Candidate windows are found by q-gram diagonal voting
 *       ({@link CandidateFinder}) plus a window around the expected position. In each window the
 *       best approximate occurrence is found with Myers' bit-parallel edit distance ({@link
 *       BitParallelMatcher}): a forward scan finds the best end, a backward scan from that end the
 *       best start. The passage is trimmed and widened to whole words, and its similarity is {@code
 *       1 - editDistance / max(quoteLength, passageLength)}, computed case-insensitively on
 *       normalized whitespace. The most similar passage (ties: closest to the expected position) is
 *       accepted if its similarity is at least {@value #MIN_SIMILARITY}. If no window yields one
 *       and a scan of the whole text is cheap enough (at most {@value #FULL_SCAN_BUDGET} 64-bit
 *       block operations), the whole text is scanned as a fallback. Prefix and suffix are not used
 *       in this stage.
 *   <li>Otherwise {@link AnchorState#NOT_FOUND}.
 * </ol>
 *
 * <p>Whitespace normalization collapses each whitespace run (spaces, tabs, line breaks, no-break
 * spaces) into one space and ignores invisible formatting characters such as soft hyphens. Leading
 * and trailing whitespace of the quote is matched leniently.
 *
 * <h2>Complexity</h2>
 *
 * <p>With {@code n} the length of the new text and {@code m} that of the quote, and {@code w = ⌈m /
 * 64⌉}:
 *
 * <ul>
 *   <li>preparing a text ({@link #on(String)}): O(n) time and memory, once per document version;
 *   <li>exact match: one {@link String#indexOf(String, int)} scan, O(n) in practice, plus a context
 *       comparison of at most about 2 × {@value TextQuote#CONTEXT_LENGTH} characters per
 *       occurrence;
 *   <li>fuzzy match: O(n) hashed q-gram look-ups, at most {@link CandidateFinder#VOTE_BUDGET}
 *       votes, and O(m · w) per candidate window (at most {@value CandidateFinder#MAX_CANDIDATES} +
 *       1 windows of about 3m characters); plus, only when that finds nothing, a whole-text scan of
 *       O(n · w) bounded by {@value #FULL_SCAN_BUDGET}.
 * </ul>
 *
 * <p>For a 200,000 character text and a 2,000 character quote this is a few million simple
 * operations per quote, instead of the 4·10<sup>8</sup> cells of a plain dynamic programme.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Reanchor {

  /** Minimum similarity for a changed passage to be accepted. */
  public static final double MIN_SIMILARITY = 0.6;

  /** Quotes shorter than this (after whitespace normalization) are only matched exactly. */
  public static final int MIN_FUZZY_LENGTH = 4;

  /** Maximum cost, in 64-bit block operations, of the fallback scan of the whole text. */
  static final long FULL_SCAN_BUDGET = 4_000_000L;

  /** Maximum number of characters a passage boundary is moved to reach a word boundary. */
  private static final int MAX_WORD_SNAP = 32;

  private final String text;
  private final NormalizedText normalized;

  private Reanchor(String text) {
    this.text = text;
    this.normalized = NormalizedText.of(text);
  }

  /**
   * Prepares {@code newText} for re-anchoring many quotes: the whitespace normalization is done
   * once instead of once per quote.
   */
  public static Reanchor on(String newText) {
    return new Reanchor(Objects.requireNonNull(newText, "newText"));
  }

  /**
   * Re-anchors {@code quote} on {@code newText}. The old start is used as is for tie-breaking; use
   * {@link #find(TextQuote, String, int)} when the old text's length is known.
   */
  public static Anchor find(TextQuote quote, String newText) {
    return on(newText).locate(quote);
  }

  /**
   * Re-anchors {@code quote} on {@code newText}, scaling the quote's old start by {@code
   * newText.length() / oldTextLength} for tie-breaking.
   */
  public static Anchor find(TextQuote quote, String newText, int oldTextLength) {
    return on(newText).locate(quote, oldTextLength);
  }

  /** Re-anchors {@code quote} on this text, using its old start as is for tie-breaking. */
  public Anchor locate(TextQuote quote) {
    return locate(quote, -1);
  }

  /**
   * Re-anchors {@code quote} on this text.
   *
   * @param oldTextLength length of the text the quote was taken from, or a value {@code <= 0} if
   *     unknown (the old start is then used unscaled)
   */
  public Anchor locate(TextQuote quote, int oldTextLength) {
    Objects.requireNonNull(quote, "quote");
    String core = NormalizedText.normalize(quote.exact()).strip();
    if (core.isEmpty()) {
      return Anchor.notFound();
    }
    int expected = expectedStart(quote.start(), oldTextLength);
    Anchor exact = findExact(quote, core, expected);
    if (exact != null) {
      return exact;
    }
    if (core.length() < MIN_FUZZY_LENGTH) {
      return Anchor.notFound();
    }
    return findFuzzy(NormalizedText.fold(core), expected);
  }

  private int expectedStart(int oldStart, int oldTextLength) {
    long scaled =
        oldTextLength > 0
            ? Math.round((double) oldStart * text.length() / oldTextLength)
            : oldStart;
    return (int) Math.max(0, Math.min(text.length(), scaled));
  }

  // ---------------------------------------------------------------------------------------------
  // Exact matching

  private Anchor findExact(TextQuote quote, String core, int expected) {
    String exact = quote.exact();
    int leading = countLeadingWhitespace(exact);
    int trailing = countTrailingWhitespace(exact);
    String before = NormalizedText.normalize(quote.prefix() + exact.substring(0, leading));
    String after =
        NormalizedText.normalize(exact.substring(exact.length() - trailing) + quote.suffix());

    String haystack = normalized.text;
    int bestStart = -1;
    int bestEnd = -1;
    int bestContext = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = haystack.indexOf(core); i >= 0; i = haystack.indexOf(core, i + 1)) {
      int end = i + core.length();
      int context =
          commonSuffixLength(haystack, i, before) + commonPrefixLength(haystack, end, after);
      int start = normalized.originalStart(i);
      int distance = Math.abs(start - expected);
      if (context > bestContext || (context == bestContext && distance < bestDistance)) {
        bestContext = context;
        bestDistance = distance;
        bestStart = start;
        bestEnd = normalized.originalEnd(end);
      }
    }
    if (bestStart < 0) {
      return null;
    }
    // Give back the quote's own leading/trailing whitespace where the new text has whitespace.
    for (int k = 0; k < leading && bestStart > 0; k++) {
      if (!NormalizedText.isWhitespace(text.charAt(bestStart - 1))) {
        break;
      }
      bestStart--;
    }
    for (int k = 0; k < trailing && bestEnd < text.length(); k++) {
      if (!NormalizedText.isWhitespace(text.charAt(bestEnd))) {
        break;
      }
      bestEnd++;
    }
    return new Anchor(AnchorState.STILL_PRESENT, bestStart, bestEnd, 1.0);
  }

  /** Number of characters of {@code context}'s end that equal the characters before {@code at}. */
  private static int commonSuffixLength(String s, int at, String context) {
    int k = 0;
    while (k < context.length()
        && at - 1 - k >= 0
        && s.charAt(at - 1 - k) == context.charAt(context.length() - 1 - k)) {
      k++;
    }
    return k;
  }

  /** Number of characters of {@code context}'s start that equal the characters from {@code at}. */
  private static int commonPrefixLength(String s, int at, String context) {
    int k = 0;
    while (k < context.length() && at + k < s.length() && s.charAt(at + k) == context.charAt(k)) {
      k++;
    }
    return k;
  }

  private static int countLeadingWhitespace(String s) {
    int k = 0;
    while (k < s.length() && isBlank(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int countTrailingWhitespace(String s) {
    int k = 0;
    while (k < s.length() && isBlank(s.charAt(s.length() - 1 - k))) {
      k++;
    }
    return k;
  }

  private static boolean isBlank(char c) {
    return NormalizedText.isWhitespace(c) || NormalizedText.isIgnorable(c);
  }

  // ---------------------------------------------------------------------------------------------
  // Fuzzy matching

  /** A passage {@code [start, end)} of the normalized text and its similarity to the quote. */
  private record Match(int start, int end, double similarity) {}

  private Anchor findFuzzy(char[] quote, int expected) {
    char[] haystack = normalized.folded;
    int expectedStart = normalized.normalizedIndex(expected);
    BitParallelMatcher forward = new BitParallelMatcher(quote);
    BitParallelMatcher backward = new BitParallelMatcher(reversed(quote));

    Match best = null;
    for (CandidateFinder.Window w : CandidateFinder.find(haystack, quote, expectedStart)) {
      Match m = align(haystack, quote, forward, backward, w.from(), w.to(), expectedStart);
      best = better(best, m, expectedStart);
    }
    if ((best == null || best.similarity() < MIN_SIMILARITY)
        && (long) haystack.length * forward.blocks() <= FULL_SCAN_BUDGET) {
      Match m = align(haystack, quote, forward, backward, 0, haystack.length, expectedStart);
      best = better(best, m, expectedStart);
    }
    if (best == null || best.similarity() < MIN_SIMILARITY) {
      return Anchor.notFound();
    }
    return new Anchor(
        AnchorState.CHANGED,
        normalized.originalStart(best.start()),
        normalized.originalEnd(best.end()),
        best.similarity());
  }

  private static Match better(Match current, Match candidate, int expectedStart) {
    if (candidate == null) {
      return current;
    }
    if (current == null || candidate.similarity() > current.similarity() + 1e-12) {
      return candidate;
    }
    if (candidate.similarity() < current.similarity() - 1e-12) {
      return current;
    }
    // Same similarity: prefer the passage closest to the expected position.
    return Math.abs(candidate.start() - expectedStart) < Math.abs(current.start() - expectedStart)
        ? candidate
        : current;
  }

  /**
   * Finds the best approximate occurrence of {@code quote} within {@code haystack[from, to)} (all
   * offsets normalized).
   *
   * @return the occurrence, widened to word boundaries, or {@code null} if the window is empty
   */
  private static Match align(
      char[] haystack,
      char[] quote,
      BitParallelMatcher forward,
      BitParallelMatcher backward,
      int from,
      int to,
      int expectedStart) {
    if (to <= from) {
      return null;
    }
    int expectedEnd = expectedStart + quote.length;

    // Best end: minimal distance of the quote to any substring ending there; ties go to the end
    // nearest to the expected one, then to the longest passage at the same cost.
    int[] ends = forward.scores(haystack, from, to, false, true);
    int endIndex = extendWhileEqual(ends, argMin(ends, expectedEnd - from - 1));
    int end = from + endIndex + 1;

    // Best start for that end: scan backwards with the reversed quote, anchored at the end; ties
    // go to the passage length closest to the quote length, then to the longest passage.
    int[] starts = backward.scores(haystack, from, end, true, false);
    int startIndex = extendWhileEqual(starts, argMin(starts, quote.length - 1));
    int start = end - (startIndex + 1);

    // Trim whitespace and widen to whole words.
    while (start < end && haystack[start] == ' ') {
      start++;
    }
    while (end > start && haystack[end - 1] == ' ') {
      end--;
    }
    if (start == end) {
      return null;
    }
    for (int k = 0; k < MAX_WORD_SNAP && start > 0; k++) {
      if (!isWordChar(haystack[start - 1]) || !isWordChar(haystack[start])) {
        break;
      }
      start--;
    }
    for (int k = 0; k < MAX_WORD_SNAP && end < haystack.length; k++) {
      if (!isWordChar(haystack[end - 1]) || !isWordChar(haystack[end])) {
        break;
      }
      end++;
    }
    // If the passage lacks the punctuation that opens or closes the quote (e.g. a final full
    // stop) and the text has it right there, take it along.
    int opening = 0;
    while (opening < quote.length && isPunctuation(quote[opening])) {
      opening++;
    }
    if (isWordChar(haystack[start])) {
      for (int k = opening - 1; k >= 0 && start > 0 && haystack[start - 1] == quote[k]; k--) {
        start--;
      }
    }
    int closing = quote.length;
    while (closing > 0 && isPunctuation(quote[closing - 1])) {
      closing--;
    }
    if (isWordChar(haystack[end - 1])) {
      for (int k = closing; k < quote.length && end < haystack.length; k++) {
        if (haystack[end] != quote[k]) {
          break;
        }
        end++;
      }
    }

    int distance = forward.distance(haystack, start, end);
    double similarity = 1.0 - (double) distance / Math.max(quote.length, end - start);
    return new Match(start, end, Math.max(0.0, similarity));
  }

  /** Index of the minimum of {@code values}; among equal minima the one closest to {@code near}. */
  private static int argMin(int[] values, int near) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]
          || (values[i] == values[best] && Math.abs(i - near) < Math.abs(best - near))) {
        best = i;
      }
    }
    return best;
  }

  /** Moves {@code index} forward over following elements equal to {@code values[index]}. */
  private static int extendWhileEqual(int[] values, int index) {
    while (index + 1 < values.length && values[index + 1] == values[index]) {
      index++;
    }
    return index;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isPunctuation(char c) {
    return c != ' ' && !isWordChar(c);
  }

  private static char[] reversed(char[] chars) {
    char[] r = new char[chars.length];
    for (int i = 0; i < chars.length; i++) {
      r[i] = chars[chars.length - 1 - i];
    }
    return r;
  }
}
