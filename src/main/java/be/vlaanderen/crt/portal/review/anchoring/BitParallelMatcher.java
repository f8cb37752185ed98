package be.vlaanderen.crt.portal.review.anchoring;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Myers' bit-parallel edit distance computation (G. Myers, "A fast bit-vector algorithm for
 * approximate string matching based on dynamic programming", J. ACM 1999), in the block-based form
 * of H. Hyyrö (2003) / edlib for patterns longer than 64 characters.
 *
 * <p>For a fixed pattern {@code P} of length {@code m}, {@link #scores} scans a range of a text and
 * returns, for every scanned prefix {@code T[..j]} of that range, the edit distance (Levenshtein:
 * unit-cost insertions, deletions and substitutions) between {@code P} and either the best-matching
 * suffix of {@code T[..j]} ("free start", approximate substring search) or the whole of {@code
 * T[..j]} ("fixed start"). Both cost O(len · ⌈m / 64⌉) time and O(⌈m / 64⌉) working memory, i.e. a
 * 64-fold speed-up over the classic dynamic programme.
 */
final class BitParallelMatcher {

  private final int length;
  private final int blocks;
  private final long lastRowBit;
  private final long[] noMatch;
  private final long[][] latin1Masks = new long[256][];
  private final char[] otherChars;
  private final long[][] otherMasks;

  /** Pre-computes the match bit masks of {@code pattern}, which must not be empty. */
  BitParallelMatcher(char[] pattern) {
    if (pattern.length == 0) {
      throw new IllegalArgumentException("empty pattern");
    }
    length = pattern.length;
    blocks = (length + 63) >>> 6;
    lastRowBit = 1L << ((length - 1) & 63);
    noMatch = new long[blocks];
    Map<Character, long[]> others = new TreeMap<>();
    for (int i = 0; i < length; i++) {
      char c = pattern[i];
      long[] mask;
      if (c < 256) {
        mask = latin1Masks[c];
        if (mask == null) {
          mask = new long[blocks];
          latin1Masks[c] = mask;
        }
      } else {
        mask = others.computeIfAbsent(c, k -> new long[blocks]);
      }
      mask[i >>> 6] |= 1L << (i & 63);
    }
    otherChars = new char[others.size()];
    otherMasks = new long[others.size()][];
    int k = 0;
    for (Map.Entry<Character, long[]> e : others.entrySet()) {
      otherChars[k] = e.getKey();
      otherMasks[k++] = e.getValue();
    }
  }

  /** Returns the number of 64-bit blocks per text column (cost factor of a scan). */
  int blocks() {
    return blocks;
  }

  private long[] masks(char c) {
    if (c < 256) {
      long[] mask = latin1Masks[c];
      return mask == null ? noMatch : mask;
    }
    int i = Arrays.binarySearch(otherChars, c);
    return i >= 0 ? otherMasks[i] : noMatch;
  }

  /**
   * Scans {@code text[from, to)} and returns the edit distances {@code D[m][j]} for each number
   * {@code j = 1 .. to - from} of scanned characters ({@code result[j - 1]}).
   *
   * @param reverse scan from {@code to - 1} down to {@code from} (use with a reversed pattern)
   * @param freeStart whether the match may start anywhere in the scanned range (approximate
   *     substring search) or must start at its first scanned character
   */
  int[] scores(char[] text, int from, int to, boolean reverse, boolean freeStart) {
    int len = to - from;
    int[] out = new int[len];
    long[] pv = new long[blocks];
    long[] mv = new long[blocks];
    Arrays.fill(pv, -1L); // D[i][0] = i: every vertical delta is +1.
    int score = length;
    int topDelta = freeStart ? 0 : 1; // Horizontal delta of row 0: D[0][j] = 0 or j.
    int last = blocks - 1;
    for (int j = 0; j < len; j++) {
      long[] eqs = masks(reverse ? text[to - 1 - j] : text[from + j]);
      // Horizontal delta (-1, 0 or +1) entering each block from the block above.
      int hin = topDelta;
      for (int b = 0; b < last; b++) {
        hin = step(pv, mv, b, eqs[b], hin, 1L << 63);
      }
      // In the last block, track the delta of the last pattern row, which may sit anywhere in the
      // block; the padding rows below it never influence the rows above.
      score += step(pv, mv, last, eqs[last], hin, lastRowBit);
      out[j] = score;
    }
    return out;
  }

  /**
   * Advances block {@code b} by one text column (Myers' step with the block-boundary handling of
   * Hyyrö / edlib) and returns the horizontal delta at the row selected by {@code rowBit}.
   */
  private static int step(long[] pv, long[] mv, int b, long eq, int hin, long rowBit) {
    long pvb = pv[b];
    long mvb = mv[b];
    long hinNeg = hin >>> 31; // 1 if hin == -1
    long hinPos = (-hin) >>> 31; // 1 if hin == +1
    long xv = eq | mvb;
    eq |= hinNeg;
    long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
    long ph = mvb | ~(xh | pvb);
    long mh = pvb & xh;
    int hout = ((ph & rowBit) != 0 ? 1 : 0) - ((mh & rowBit) != 0 ? 1 : 0);
    ph = (ph << 1) | hinPos;
    mh = (mh << 1) | hinNeg;
    pv[b] = mh | ~(xv | ph);
    mv[b] = ph & xv;
    return hout;
  }

  /** Returns the edit distance between the pattern and {@code text[from, to)} as a whole. */
  int distance(char[] text, int from, int to) {
    if (to == from) {
      return length;
    }
    int[] s = scores(text, from, to, false, false);
    return s[s.length - 1];
  }
}
