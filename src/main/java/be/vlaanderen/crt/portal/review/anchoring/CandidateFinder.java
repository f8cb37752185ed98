package be.vlaanderen.crt.portal.review.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the few regions of a text where an approximate occurrence of a quote may lie, so that the
 * (more expensive) alignment only has to look there.
 *
 * <p>The method is q-gram diagonal voting: every q-gram (substring of 3 or 4 characters) of the
 * quote that occurs in the text votes for the diagonal {@code textPosition - quoteOffset}, i.e. for
 * where the quote would start if that q-gram were aligned. A passage that still shares a fair part
 * of its q-grams with the quote collects many votes on nearby diagonals, even when words were
 * inserted, deleted or replaced. Votes are weighted by {@code 1 / (occurrences in quote ×
 * occurrences in text)}, so distinctive q-grams count most and very common ones ("een ", " de ")
 * hardly at all; the most common q-grams are skipped altogether once a vote budget is reached.
 * Diagonals are gathered into buckets of about a quarter of the quote length and the best sums over
 * five adjacent buckets become candidate windows.
 *
 * <p>Cost: O(n) hash look-ups of the text's q-grams, plus at most {@link #VOTE_BUDGET} votes, plus
 * O(n / m · {@link #MAX_CANDIDATES}) to pick the windows.
 */
final class CandidateFinder {

  /** Maximum number of windows returned in addition to the one around the expected position. */
  static final int MAX_CANDIDATES = 5;

  /** Upper bound on the number of votes cast for one quote. */
  static final long VOTE_BUDGET = 200_000L;

  /** Number of buckets on either side of a bucket that are summed into its score. */
  private static final int NEIGHBOUR_BUCKETS = 2;

  /** A range {@code [from, to)} of the (normalized) text to align the quote against. */
  record Window(int from, int to) {}

  private CandidateFinder() {}

  /**
   * Returns candidate windows of {@code text} for an approximate occurrence of {@code quote}: the
   * window around {@code expectedStart} and those of the best-voted diagonals, merged where they
   * overlap and sorted by position.
   *
   * @param text the folded, normalized text to search
   * @param quote the folded, normalized quote (at least 3 characters)
   * @param expectedStart where the quote is expected to start, from its old position
   */
  static List<Window> find(char[] text, char[] quote, int expectedStart) {
    int n = text.length;
    int m = quote.length;
    List<Window> windows = new ArrayList<>();
    if (n == 0) {
      return windows;
    }
    windows.add(window(expectedStart - m / 2, expectedStart + m / 2, m, n));
    int q = m >= 16 ? 4 : 3;
    if (m < q || n < q) {
      return windows;
    }
    long keyMask = q == 4 ? -1L : (1L << (16 * q)) - 1;

    // Distinct q-grams of the quote, with the quote offsets of each (compressed rows).
    int gramCount = m - q + 1;
    long[] quoteKeys = new long[gramCount];
    long key = 0;
    for (int i = 0; i < m; i++) {
      key = (key << 16) | quote[i];
      if (i >= q - 1) {
        quoteKeys[i - q + 1] = key & keyMask;
      }
    }
    long[] grams = distinctSorted(quoteKeys);
    GramTable table = new GramTable(grams);
    int[] quoteCount = new int[grams.length];
    int[] gramOf = new int[gramCount];
    for (int o = 0; o < gramCount; o++) {
      gramOf[o] = table.indexOf(quoteKeys[o]);
      quoteCount[gramOf[o]]++;
    }
    int[] rowStart = new int[grams.length + 1];
    for (int g = 0; g < grams.length; g++) {
      rowStart[g + 1] = rowStart[g] + quoteCount[g];
    }
    int[] offsets = new int[gramCount];
    int[] fill = Arrays.copyOf(rowStart, grams.length);
    for (int o = 0; o < gramCount; o++) {
      offsets[fill[gramOf[o]]++] = o;
    }

    // Occurrences of those q-grams in the text.
    int[] textCount = new int[grams.length];
    int[] hitPos = new int[64];
    int[] hitGram = new int[64];
    int hits = 0;
    key = 0;
    for (int p = 0; p < n; p++) {
      key = (key << 16) | text[p];
      if (p >= q - 1) {
        int g = table.indexOf(key & keyMask);
        if (g >= 0) {
          if (hits == hitPos.length) {
            hitPos = Arrays.copyOf(hitPos, hits * 2);
            hitGram = Arrays.copyOf(hitGram, hits * 2);
          }
          hitPos[hits] = p - q + 1;
          hitGram[hits++] = g;
          textCount[g]++;
        }
      }
    }

    // Keep the most distinctive q-grams within the vote budget.
    boolean[] selected = selectWithinBudget(quoteCount, textCount);

    // Vote for diagonals, gathered in buckets.
    int bucket = Math.max(8, (m + 3) / 4);
    double[] votes = new double[n / bucket + 1];
    for (int h = 0; h < hits; h++) {
      int g = hitGram[h];
      if (!selected[g]) {
        continue;
      }
      double weight = 1.0 / ((double) quoteCount[g] * textCount[g]);
      for (int k = rowStart[g]; k < rowStart[g + 1]; k++) {
        int diagonal = Math.max(0, hitPos[h] - offsets[k]);
        votes[diagonal / bucket] += weight;
      }
    }

    // Score each bucket by the votes of its neighbourhood; pick the best, suppressing overlap.
    double[] score = new double[votes.length];
    for (int b = 0; b < votes.length; b++) {
      for (int k = Math.max(0, b - NEIGHBOUR_BUCKETS);
          k <= Math.min(votes.length - 1, b + NEIGHBOUR_BUCKETS);
          k++) {
        score[b] += votes[k];
      }
    }
    List<Window> candidates = new ArrayList<>();
    for (int c = 0; c < MAX_CANDIDATES; c++) {
      int best = -1;
      for (int b = 0; b < score.length; b++) {
        if (score[b] > 0 && (best < 0 || score[b] > score[best])) {
          best = b;
        }
      }
      if (best < 0) {
        break;
      }
      candidates.add(
          window(
              (best - NEIGHBOUR_BUCKETS) * bucket, (best + NEIGHBOUR_BUCKETS + 1) * bucket, m, n));
      int span = 2 * NEIGHBOUR_BUCKETS;
      for (int b = Math.max(0, best - span); b <= Math.min(score.length - 1, best + span); b++) {
        score[b] = 0;
      }
    }
    windows.addAll(candidates);
    return merged(windows);
  }

  /** Merges overlapping windows, so that no text is aligned twice. */
  private static List<Window> merged(List<Window> windows) {
    List<Window> sorted = new ArrayList<>(windows);
    sorted.sort((a, b) -> Integer.compare(a.from(), b.from()));
    List<Window> result = new ArrayList<>();
    for (Window w : sorted) {
      int last = result.size() - 1;
      if (last >= 0 && w.from() <= result.get(last).to()) {
        Window previous = result.get(last);
        result.set(last, new Window(previous.from(), Math.max(previous.to(), w.to())));
      } else {
        result.add(w);
      }
    }
    return result;
  }

  /**
   * Builds the text window for quote starts (diagonals) in {@code [lowDiagonal, highDiagonal)}:
   * leaves room for the passage to have grown by two thirds of the quote length (at a similarity of
   * 0.6 it cannot grow more) and for some drift to the left.
   */
  private static Window window(int lowDiagonal, int highDiagonal, int m, int n) {
    int from = (int) Math.min(n, Math.max(0L, (long) lowDiagonal - m / 4 - 16));
    int to = (int) Math.min(n, Math.max(from, (long) highDiagonal + m + (2L * m) / 3 + 16));
    return new Window(from, to);
  }

  /** Open-addressing hash table from q-gram key to its index in the distinct-gram array. */
  private static final class GramTable {
    private final long[] keys;
    private final int[] values; // index + 1; 0 marks an empty slot
    private final int shift;

    GramTable(long[] grams) {
      int capacity = Integer.highestOneBit(Math.max(4, grams.length * 2 - 1)) << 1;
      keys = new long[capacity];
      values = new int[capacity];
      shift = 64 - Integer.numberOfTrailingZeros(capacity);
      for (int i = 0; i < grams.length; i++) {
        int slot = slot(grams[i]);
        while (values[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = grams[i];
        values[slot] = i + 1;
      }
    }

    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** Returns the index of {@code key}, or {@code -1} if it is not a q-gram of the quote. */
    int indexOf(long key) {
      int mask = keys.length - 1;
      for (int slot = slot(key); values[slot] != 0; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return values[slot] - 1;
        }
      }
      return -1;
    }
  }

  private static long[] distinctSorted(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int d = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[d++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, d);
  }

  /**
   * Selects the q-grams to vote with: cheapest first (fewest votes, which are also the most
   * distinctive), until {@link #VOTE_BUDGET} votes are reached. The cheapest q-gram that occurs in
   * the text is always selected.
   */
  private static boolean[] selectWithinBudget(int[] quoteCount, int[] textCount) {
    int d = quoteCount.length;
    long[] cost = new long[d];
    Integer[] order = new Integer[d];
    for (int g = 0; g < d; g++) {
      cost[g] = (long) quoteCount[g] * textCount[g];
      order[g] = g;
    }
    Arrays.sort(order, (a, b) -> Long.compare(cost[a], cost[b]));
    boolean[] selected = new boolean[d];
    long spent = 0;
    boolean any = false;
    for (int g : order) {
      if (cost[g] == 0) {
        continue;
      }
      if (any && spent + cost[g] > VOTE_BUDGET) {
        break;
      }
      spent += cost[g];
      selected[g] = true;
      any = true;
    }
    return selected;
  }
}
