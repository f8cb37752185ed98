package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.budget.BudgetReports.CoFinancing;
import be.vlaanderen.crt.portal.budget.BudgetReports.Share;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The municipalities' co-financing: each participating municipality's 20 % of the cost attributed
 * to it, as invoice lines that add up. The figures underneath are {@link BudgetReports}'.
 */
@ApplicationScoped
public class CoFinancingShares {

  @Inject BudgetReports reports;

  @Inject BudgetData data;

  /** Whose cost it is: a municipality on a track. */
  record Attribution(long municipalityId, Track track) {}

  /** The co-financing on a day, for the coordinator and the steering committee. */
  public CoFinancing coFinancing(UserAccount account, LocalDate day) {
    BudgetReports.requireReader(account);
    return coFinancing(day);
  }

  /**
   * Each participating municipality's 20% of the cost attributed to it: its own entries, plus an
   * equal share (to the cent, the cents left over to the first by name) of its pilot group's
   * entries. Work on a track as a whole (BCP workshops) is attributed to nobody.
   */
  CoFinancing coFinancing(LocalDate day) {
    List<Realised> entries = reports.realised(day);
    Map<Long, Long> groupOf = reports.memberGroups();
    Map<Attribution, Money> attributed = new HashMap<>();
    Money notAttributed = Money.ZERO;
    for (Realised e : entries) {
      if (e.municipalityId() != null) {
        attributed.merge(new Attribution(e.municipalityId(), e.track()), e.cost(), Money::plus);
      }
    }
    // Group-level entries, split over the group's members.
    Map<Long, Money> perGroup = new TreeMap<>();
    for (Realised e : entries) {
      if (e.municipalityId() == null && e.groupId() != null) {
        perGroup.merge(e.groupId(), e.cost(), Money::plus);
      } else if (e.municipalityId() == null) {
        notAttributed = notAttributed.plus(e.cost());
      }
    }
    for (Map.Entry<Long, Money> g : perGroup.entrySet()) {
      List<Long> members =
          groupOf.entrySet().stream()
              .filter(x -> x.getValue().equals(g.getKey()))
              .map(Map.Entry::getKey)
              .toList();
      if (members.isEmpty()) {
        notAttributed = notAttributed.plus(g.getValue());
        continue;
      }
      List<BigDecimal> parts = Allocation.split(g.getValue().exact(), members.size());
      // The rounding of the group's total to cents is the one rounding of this amount.
      notAttributed = notAttributed.plus(g.getValue().minus(g.getValue().cents()));
      for (int i = 0; i < members.size(); i++) {
        attributed.merge(
            new Attribution(members.get(i), Track.ACM_IDM), Money.of(parts.get(i)), Money::plus);
      }
    }
    // Invoice lines: each municipality's attributed cost and share rounded to cents; the totals are
    // the sums of the lines, so the workbook adds up.
    List<Share> shares = new ArrayList<>();
    Money total = Money.ZERO;
    Money totalShare = Money.ZERO;
    for (Map.Entry<Attribution, Money> a : attributed.entrySet()) {
      long municipality = a.getKey().municipalityId();
      Money line = a.getValue().cents();
      Money share = line.times(BudgetReports.CO_FINANCING).cents();
      total = total.plus(line);
      totalShare = totalShare.plus(share);
      shares.add(
          new Share(
              municipality,
              data.municipalityName(municipality),
              a.getKey().track().name(),
              line,
              share));
    }
    shares.sort(Comparator.comparing(Share::municipality).thenComparing(Share::track));
    return new CoFinancing(day, shares, total, totalShare, notAttributed);
  }
}
