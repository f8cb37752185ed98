package be.vlaanderen.crt.portal.pilot.selection;

import be.vlaanderen.crt.portal.organisation.Province;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes which applicants get the pilot's places. Deterministic: the same candidates and criteria
 * always give the same proposal, whatever the order they come in.
 *
 * <ol>
 *   <li>Each candidate scores points for maturity and earlier participation ({@link Criteria}).
 *   <li>When there are no more candidates than places, all are selected.
 *   <li>Otherwise every province first gets its guaranteed places ({@code minPerProvince}), taken
 *       by score.
 *   <li>The other places go one at a time to the highest score plus a size-spread bonus for
 *       candidates whose size class has fewer than its fair share of the places chosen so far.
 *   <li>Ties are broken by earlier application, then name, then id.
 * </ol>
 */
public final class SelectionProposer {

  private SelectionProposer() {}

  public static Proposal propose(List<Candidate> candidates, Criteria criteria) {
    Map<Long, BigDecimal> score = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      score.put(c.id(), score(c, criteria));
    }
    Comparator<Candidate> byMerit =
        Comparator.<Candidate, BigDecimal>comparing(c -> score.get(c.id()))
            .reversed()
            .thenComparing(Candidate::appliedAt)
            .thenComparing(Candidate::name)
            .thenComparingLong(Candidate::id);
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(byMerit);

    List<Proposal.Row> rows = new ArrayList<>();
    if (ordered.size() <= criteria.places()) {
      int order = 0;
      for (Candidate c : ordered) {
        rows.add(
            new Proposal.Row(
                c,
                true,
                score.get(c.id()),
                BigDecimal.ZERO,
                ++order,
                "pilot.reason.allFit",
                List.of(ordered.size(), criteria.places())));
      }
      return finish(false, criteria, rows);
    }

    Set<Long> chosen = new HashSet<>();
    Map<SizeClass, Integer> perSize = new EnumMap<>(SizeClass.class);
    int order = 0;
    // Guaranteed places per province, by score.
    for (Province province : Province.values()) {
      List<Candidate> inProvince = ordered.stream().filter(c -> c.province() == province).toList();
      int take = Math.min(criteria.minPerProvince(), inProvince.size());
      for (int i = 0; i < take; i++) {
        Candidate c = inProvince.get(i);
        chosen.add(c.id());
        perSize.merge(c.sizeClass(), 1, Integer::sum);
        rows.add(
            new Proposal.Row(
                c,
                true,
                score.get(c.id()),
                BigDecimal.ZERO,
                ++order,
                "pilot.reason.guaranteed",
                List.of(province.label(), i + 1, inProvince.size(), fmt(score.get(c.id())))));
      }
    }
    // The rest: score plus the size-spread bonus, one place at a time.
    Set<SizeClass> present = new HashSet<>();
    for (Candidate c : ordered) {
      present.add(c.sizeClass());
    }
    while (chosen.size() < criteria.places()) {
      Candidate best = null;
      BigDecimal bestTotal = null;
      BigDecimal bestBonus = null;
      for (Candidate c : ordered) {
        if (chosen.contains(c.id())) {
          continue;
        }
        BigDecimal bonus =
            underRepresented(c.sizeClass(), perSize, chosen.size(), present.size())
                ? criteria.sizeSpread()
                : BigDecimal.ZERO;
        BigDecimal total = score.get(c.id()).add(bonus);
        // "ordered" is already by merit, so the first with the highest total wins ties.
        if (best == null || total.compareTo(bestTotal) > 0) {
          best = c;
          bestTotal = total;
          bestBonus = bonus;
        }
      }
      chosen.add(best.id());
      perSize.merge(best.sizeClass(), 1, Integer::sum);
      rows.add(
          new Proposal.Row(
              best,
              true,
              score.get(best.id()),
              bestBonus,
              ++order,
              bestBonus.signum() != 0 ? "pilot.reason.scoreWithSpread" : "pilot.reason.score",
              List.of(fmt(score.get(best.id())), fmt(bestBonus), fmt(bestTotal))));
    }
    BigDecimal lowest =
        rows.stream()
            .filter(r -> r.reason().startsWith("pilot.reason.score"))
            .map(r -> r.score().add(r.bonus()))
            .min(Comparator.naturalOrder())
            .orElse(null);
    for (Candidate c : ordered) {
      if (!chosen.contains(c.id())) {
        rows.add(
            new Proposal.Row(
                c,
                false,
                score.get(c.id()),
                BigDecimal.ZERO,
                0,
                lowest == null ? "pilot.reason.provinceFull" : "pilot.reason.below",
                lowest == null
                    ? List.of(c.province().label(), fmt(score.get(c.id())))
                    : List.of(fmt(score.get(c.id())), fmt(lowest))));
      }
    }
    return finish(true, criteria, rows);
  }

  /** The candidate's own points, two decimals. */
  public static BigDecimal score(Candidate c, Criteria criteria) {
    BigDecimal maturity =
        criteria
            .maturity()
            .multiply(BigDecimal.valueOf(Math.max(0, Math.min(4, c.maturity() - 1))))
            .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    BigDecimal total = maturity;
    if (c.audit()) {
      total = total.add(criteria.audit());
    }
    if (c.hacking()) {
      total = total.add(criteria.hacking());
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }

  private static boolean underRepresented(
      SizeClass size, Map<SizeClass, Integer> perSize, int chosen, int classes) {
    // Fair share: the places chosen so far spread evenly over the size classes that applied.
    return perSize.getOrDefault(size, 0) * classes < chosen;
  }

  private static String fmt(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  private static Proposal finish(
      boolean oversubscribed, Criteria criteria, List<Proposal.Row> rows) {
    Map<String, Integer> byProvince = new LinkedHashMap<>();
    for (Province p : Province.values()) {
      byProvince.put(p.name(), 0);
    }
    Map<String, Integer> bySize = new LinkedHashMap<>();
    for (SizeClass s : SizeClass.values()) {
      bySize.put(s.name(), 0);
    }
    for (Proposal.Row r : rows) {
      if (r.selected()) {
        byProvince.merge(r.candidate().province().name(), 1, Integer::sum);
        bySize.merge(r.candidate().sizeClass().name(), 1, Integer::sum);
      }
    }
    return new Proposal(oversubscribed, criteria.places(), List.copyOf(rows), byProvince, bySize);
  }
}
