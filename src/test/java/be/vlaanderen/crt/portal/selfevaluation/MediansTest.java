package be.vlaanderen.crt.portal.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {

  @Test
  void noMedianBelowTheMinimumSoNoOneCanBeSingledOut() {
    List<int[]> four =
        List.of(new int[] {0, 3}, new int[] {1, 3}, new int[] {2, 3}, new int[] {3, 3});
    assertTrue(Medians.perQuestion(four, 5).isEmpty());
    assertTrue(Medians.perQuestion(List.of(), 0).isEmpty());
  }

  @Test
  void medianPerQuestionFromTheMinimumOn() {
    List<int[]> five =
        List.of(
            new int[] {0, 3, 1},
            new int[] {1, 3, 1},
            new int[] {3, 2, 1},
            new int[] {2, 0, 1},
            new int[] {2, 3, 0});
    assertEquals(List.of(2.0, 3.0, 1.0), Medians.perQuestion(five, 5).orElseThrow());
  }

  @Test
  void anEvenNumberOfAnswersTakesTheMiddleTwo() {
    assertEquals(1.5, Medians.median(new int[] {3, 0, 1, 2}));
    assertEquals(2.0, Medians.median(new int[] {2, 2, 3, 0, 3, 1}));
  }
}
