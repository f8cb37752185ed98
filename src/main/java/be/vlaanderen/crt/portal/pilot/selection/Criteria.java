package be.vlaanderen.crt.portal.pilot.selection;

import java.math.BigDecimal;

/**
 * The explicit, editable selection criteria.
 *
 * @param places the number of places (30 in the pilot)
 * @param minPerProvince places guaranteed to each province that has that many candidates
 * @param maturity points for the highest maturity self-rating (5); a rating of 1 gives none, the
 *     ones between are linear; negative to favour less mature municipalities
 * @param audit points for an earlier ICT security audit with co-financing
 * @param hacking points for an earlier ethical-hacking trajectory
 * @param sizeSpread points for a candidate whose size class is under-represented in the selection
 *     so far
 */
public record Criteria(
    int places,
    int minPerProvince,
    BigDecimal maturity,
    BigDecimal audit,
    BigDecimal hacking,
    BigDecimal sizeSpread) {

  public static final Criteria DEFAULT =
      new Criteria(
          30,
          4,
          new BigDecimal("1.00"),
          new BigDecimal("2.00"),
          new BigDecimal("1.50"),
          new BigDecimal("1.00"));

  /** The problem with these criteria as a message key, or null when they are usable. */
  public String problem() {
    if (places < 1 || places > 500) {
      return "pilot.criteria.places";
    }
    if (minPerProvince < 0 || minPerProvince * 5 > places) {
      return "pilot.criteria.minPerProvince";
    }
    for (BigDecimal w : new BigDecimal[] {maturity, audit, hacking, sizeSpread}) {
      if (w == null || w.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        return "pilot.criteria.weight";
      }
    }
    return null;
  }
}
