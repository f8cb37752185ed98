package be.vlaanderen.crt.portal.pilot.selection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A selection proposal: every candidate with the decision and why.
 *
 * @param rows in the order of the decision: selected ones first in the order they were chosen, then
 *     the others by score
 */
public record Proposal(
    boolean oversubscribed,
    int places,
    List<Row> rows,
    Map<String, Integer> selectedByProvince,
    Map<String, Integer> selectedBySize) {

  /**
   * One candidate's outcome.
   *
   * @param score the candidate's own points (maturity and earlier participation)
   * @param bonus points for the size spread at the moment it was chosen (0 otherwise)
   * @param order 1-based pick order for selected ones, 0 for the others
   * @param reason a message key; its arguments in {@code args}
   */
  public record Row(
      Candidate candidate,
      boolean selected,
      BigDecimal score,
      BigDecimal bonus,
      int order,
      String reason,
      List<Object> args) {}

  public long selectedCount() {
    return rows.stream().filter(Row::selected).count();
  }
}
