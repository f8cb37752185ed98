package be.vlaanderen.crt.portal.review.anchoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the bit-parallel scores against the textbook dynamic programme. */
class BitParallelMatcherTest {

  @Test
  void matchesNaiveDynamicProgrammeForShortAndMultiBlockPatterns() {
    Random random = new Random(12345);
    for (int round = 0; round < 300; round++) {
      int m = 1 + random.nextInt(round < 150 ? 70 : 200);
      int n = random.nextInt(300);
      char[] pattern = randomText(random, m);
      char[] text = randomText(random, n);
      if (random.nextBoolean() && n > 20 && m < n) {
        System.arraycopy(pattern, 0, text, random.nextInt(n - m + 1), m); // plant a match
      }
      BitParallelMatcher matcher = new BitParallelMatcher(pattern);
      for (boolean freeStart : new boolean[] {true, false}) {
        assertArrayEquals(
            naive(pattern, text, freeStart),
            matcher.scores(text, 0, n, false, freeStart),
            "m=" + m + " n=" + n + " freeStart=" + freeStart);
      }
    }
  }

  private static char[] randomText(Random random, int length) {
    String alphabet = "abcde ëé\u20ac";
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return chars;
  }

  private static int[] naive(char[] p, char[] t, boolean freeStart) {
    int m = p.length;
    int[] column = new int[m + 1];
    for (int i = 0; i <= m; i++) {
      column[i] = i;
    }
    int[] out = new int[t.length];
    for (int j = 1; j <= t.length; j++) {
      int diagonal = column[0];
      column[0] = freeStart ? 0 : j;
      for (int i = 1; i <= m; i++) {
        int up = column[i];
        int cost = p[i - 1] == t[j - 1] ? 0 : 1;
        column[i] = Math.min(Math.min(column[i - 1] + 1, up + 1), diagonal + cost);
        diagonal = up;
      }
      out[j - 1] = column[m];
    }
    return out;
  }
}
