package be.vlaanderen.crt.portal.selfevaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The median score per question over the municipalities of a wave. Shown only from a minimum number
 * of respondents, so that no single municipality's answers can be read from the figure.
 */
public final class Medians {

  private Medians() {}

  /**
   * @param scores one array per municipality, one score per question (all of the same length)
   * @return the median per question, or empty when fewer than {@code minimumRespondents} answered
   */
  public static Optional<List<Double>> perQuestion(List<int[]> scores, int minimumRespondents) {
    if (scores.size() < minimumRespondents || scores.isEmpty()) {
      return Optional.empty();
    }
    int questions = scores.get(0).length;
    List<Double> medians = new ArrayList<>(questions);
    for (int q = 0; q < questions; q++) {
      int[] column = new int[scores.size()];
      for (int m = 0; m < scores.size(); m++) {
        column[m] = scores.get(m)[q];
      }
      medians.add(median(column));
    }
    return Optional.of(List.copyOf(medians));
  }

  static double median(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}
