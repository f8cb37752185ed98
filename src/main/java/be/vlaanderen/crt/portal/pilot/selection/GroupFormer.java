package be.vlaanderen.crt.portal.pilot.selection;

import be.vlaanderen.crt.portal.organisation.Province;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Forms groups of neighbouring municipalities: the selected ones in geographic order of their
 * provinces (west to east, each province next to the one before) and by name within a province, cut
 * into groups whose sizes differ by at most one.
 */
public final class GroupFormer {

  /** West to east; each province borders the next one. */
  public static final List<Province> WEST_TO_EAST =
      List.of(
          Province.WEST_VLAANDEREN,
          Province.OOST_VLAANDEREN,
          Province.ANTWERPEN,
          Province.VLAAMS_BRABANT,
          Province.LIMBURG);

  private GroupFormer() {}

  /** The members of each group (by candidate id), {@code groups} lists, some maybe empty. */
  public static List<List<Candidate>> form(List<Candidate> selected, int groups) {
    if (groups < 1) {
      throw new IllegalArgumentException("At least one group");
    }
    List<Candidate> ordered = new ArrayList<>(selected);
    ordered.sort(
        Comparator.<Candidate>comparingInt(c -> WEST_TO_EAST.indexOf(c.province()))
            .thenComparing(Candidate::name)
            .thenComparingLong(Candidate::id));
    List<List<Candidate>> result = new ArrayList<>();
    int n = ordered.size();
    int from = 0;
    for (int g = 0; g < groups; g++) {
      int size = n / groups + (g < n % groups ? 1 : 0);
      result.add(List.copyOf(ordered.subList(from, from + size)));
      from += size;
    }
    return result;
  }
}
