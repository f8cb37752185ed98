package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The budget as the steering committee sees it on a date: the plan of the agreement, what was
 * realised up to that date (as it was known at the end of that day: later entries and deletions do
 * not change it), per track, profile, group, municipality and activity, the burn-up against the
 * plan and the forecast. The municipalities' co-financing is {@link CoFinancingShares}.
 */
@ApplicationScoped
public class BudgetReports {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final BigDecimal CO_FINANCING = new BigDecimal("0.20");

  @PersistenceContext private EntityManager em;

  @Inject BudgetData data;

  @Inject be.vlaanderen.crt.portal.platform.TransactionMemo memo;

  @Inject BudgetShifts shifts;

  /** A figure pair: days (as shown) and euros, planned and realised. */
  public record Row(
      String key,
      String label,
      String plannedDays,
      Money plannedAmount,
      String realisedDays,
      Money realisedAmount)
      implements Serializable {}

  /** One line of the plan. */
  public record PlanLine(
      String track,
      String label,
      String profile,
      String unit,
      int units,
      String days,
      Money dayRate,
      Money amount)
      implements Serializable {}

  /** A track: envelope, plan, realised, what is left of the envelope. */
  public record TrackBudget(
      String track,
      Money envelope,
      Money planned,
      Money realised,
      Money remaining,
      List<Row> byProfile)
      implements Serializable {}

  /** One month of the burn-up: cumulative realised and planned euros. */
  public record Point(String month, Money realised, Money planned) implements Serializable {}

  /** The budget on a date, as {@code GET /api/budget} returns it. */
  public record Budget(
      LocalDate asOf,
      Money programmeEnvelope,
      Money programmePlanned,
      Money programmeRealised,
      List<TrackBudget> tracks,
      List<PlanLine> plan,
      List<Row> byProfile,
      List<Row> byActivity,
      List<Row> byGroup,
      List<Row> byMunicipality,
      List<Point> burnUp,
      Money forecast,
      Money reserve)
      implements Serializable {}

  /** A municipality's share of the cost attributed to it. */
  public record Share(
      long municipalityId, String municipality, String track, Money attributed, Money share)
      implements Serializable {}

  /** The co-financing overview. */
  public record CoFinancing(
      LocalDate asOf, List<Share> shares, Money attributed, Money share, Money notAttributed)
      implements Serializable {}

  static void requireReader(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee");
    }
  }

  /** The moment that closes a day: reports for that day see what was known then. */
  static Instant cutoff(LocalDate day) {
    return be.vlaanderen.crt.portal.platform.ProgrammeTime.endOf(day);
  }

  /** The entries up to and including {@code day}, as known at the end of that day. */
  public List<Realised> realised(LocalDate day) {
    Rates rates = data.rates();
    Instant cutoff = cutoff(day);
    return em
        .createQuery(
            "SELECT t FROM TimeEntry t WHERE t.workDate <= :d AND t.createdAt < :c"
                + " AND (t.deletedAt IS NULL OR t.deletedAt >= :c) ORDER BY t.workDate, t.id",
            TimeEntry.class)
        .setParameter("d", day)
        .setParameter("c", cutoff)
        .getResultList()
        .stream()
        .map(
            t ->
                new Realised(
                    t.getPerson(),
                    t.getProfile(),
                    t.getWorkDate(),
                    t.getDays(),
                    Money.cost(t.getDays(), rates.on(t.getProfile(), t.getWorkDate())),
                    t.getActivity(),
                    t.getTrack(),
                    t.getGroupId(),
                    t.getMunicipalityId()))
        .toList();
  }

  /** Exact plan figures per line: days, rate, amount. */
  record Planned(
      Track track,
      String label,
      String profile,
      String unit,
      int units,
      BigDecimal days,
      BigDecimal rate,
      Money amount) {}

  List<Planned> planned() {
    Rates rates = data.rates();
    LocalDate reference = planReference();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT track, label, profile_code, unit, units, days_per_unit, lump_sum"
                    + " FROM budget_plan_line ORDER BY track DESC, position")
            .getResultList();
    List<Planned> lines = new ArrayList<>();
    for (Object[] r : rows) {
      Track track = Track.valueOf((String) r[0]);
      String profile = (String) r[2];
      int units = ((Number) r[4]).intValue();
      // A line on a profile is priced at its day rate; the BCP track's external work is a lump sum.
      BigDecimal days =
          profile == null ? null : ((BigDecimal) r[5]).multiply(BigDecimal.valueOf(units));
      BigDecimal rate = profile == null ? null : rates.on(profile, reference);
      Money amount = profile == null ? Money.of((BigDecimal) r[6]) : Money.cost(days, rate);
      lines.add(
          new Planned(track, (String) r[1], profile, (String) r[3], units, days, rate, amount));
    }
    return lines;
  }

  /**
   * The plan is priced at the rates of the agreement: those valid when the first programme began.
   */
  LocalDate planReference() {
    LocalDate start =
        em.createQuery("SELECT MIN(p.startsOn) FROM Programme p", LocalDate.class)
            .getSingleResult();
    return start == null ? be.vlaanderen.crt.portal.platform.ProgrammeTime.today() : start;
  }

  public Budget budget(UserAccount account, LocalDate day) {
    requireReader(account);
    return budget(day);
  }

  Budget budget(LocalDate day) {
    List<Realised> entries = realised(day);
    List<Planned> plan = planned();
    // The split valid on that day, as it was known at the end of it.
    Map<String, BigDecimal> envelopes =
        Envelopes.on(shifts.agreement(), shifts.shifts(), day, cutoff(day));
    Map<String, String> profileNames = profileNames();

    List<TrackBudget> tracks = new ArrayList<>();
    Money programmePlanned = Money.ZERO;
    Money programmeRealised = Money.ZERO;
    for (Track track : List.of(Track.BCP, Track.ACM_IDM)) {
      Money planned =
          Money.sum(plan.stream().filter(p -> p.track() == track).map(Planned::amount).toList());
      List<Realised> mine = entries.stream().filter(e -> e.track() == track).toList();
      Money realised = cost(mine);
      Money envelope = envelope(envelopes, track.name());
      programmePlanned = programmePlanned.plus(planned);
      programmeRealised = programmeRealised.plus(realised);
      tracks.add(
          new TrackBudget(
              track.name(),
              envelope,
              planned,
              realised,
              // Against the realised figure as shown, so that the row adds up to the envelope.
              envelope.minus(realised.cents()),
              byProfile(plan, mine, track, profileNames)));
    }
    List<PlanLine> planLines =
        plan.stream()
            .map(
                p ->
                    new PlanLine(
                        p.track().name(),
                        p.label(),
                        p.profile(),
                        p.unit(),
                        p.units(),
                        p.days() == null ? null : p.days().stripTrailingZeros().toPlainString(),
                        Money.of(p.rate()),
                        p.amount()))
            .toList();
    return new Budget(
        day,
        envelope(envelopes, "PROGRAMME"),
        programmePlanned,
        programmeRealised,
        tracks,
        planLines,
        byProfile(plan, entries, null, profileNames),
        grouped(entries, e -> e.activity().name(), e -> e.activity().name()),
        byGroup(plan, entries),
        byMunicipality(plan, entries),
        burnUp(entries, programmePlanned, day),
        forecast(entries, day),
        envelope(envelopes, Envelopes.RESERVE));
  }

  private static Money envelope(Map<String, BigDecimal> envelopes, String key) {
    return Money.of(envelopes.getOrDefault(key, BigDecimal.ZERO));
  }

  private static BigDecimal days(List<Realised> entries) {
    return entries.stream().map(Realised::days).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Money cost(List<Realised> entries) {
    return Money.sum(entries.stream().map(Realised::cost).toList());
  }

  private List<Row> byProfile(
      List<Planned> plan, List<Realised> entries, Track track, Map<String, String> names) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> profile : names.entrySet()) {
      List<Planned> p =
          plan.stream()
              .filter(x -> profile.getKey().equals(x.profile()))
              .filter(x -> track == null || x.track() == track)
              .toList();
      List<Realised> r =
          entries.stream()
              .filter(x -> x.profile().equals(profile.getKey()))
              .filter(x -> track == null || x.track() == track)
              .toList();
      if (p.isEmpty() && r.isEmpty()) {
        continue;
      }
      rows.add(
          row(
              profile.getKey(),
              profile.getValue(),
              p.isEmpty()
                  ? null
                  : p.stream().map(Planned::days).reduce(BigDecimal.ZERO, BigDecimal::add),
              p.isEmpty() ? null : Money.sum(p.stream().map(Planned::amount).toList()),
              days(r),
              cost(r)));
    }
    // Lump sums (the BCP track's external profiles) have no days.
    plan.stream()
        .filter(x -> x.profile() == null && (track == null || x.track() == track))
        .forEach(x -> rows.add(row("LUMP_" + x.track(), x.label(), null, x.amount(), null, null)));
    return rows;
  }

  private static Row row(
      String key,
      String label,
      BigDecimal plannedDays,
      Money plannedAmount,
      BigDecimal realisedDays,
      Money realisedAmount) {
    return new Row(
        key,
        label,
        plannedDays == null ? null : plannedDays.stripTrailingZeros().toPlainString(),
        plannedAmount,
        realisedDays == null ? null : realisedDays.stripTrailingZeros().toPlainString(),
        realisedAmount);
  }

  private static List<Row> grouped(
      List<Realised> entries, Function<Realised, String> key, Function<Realised, String> label) {
    Map<String, List<Realised>> by = new TreeMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (Realised e : entries) {
      by.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e);
      labels.put(key.apply(e), label.apply(e));
    }
    List<Row> rows = new ArrayList<>();
    by.forEach((k, list) -> rows.add(row(k, labels.get(k), null, null, days(list), cost(list))));
    return rows;
  }

  /**
   * Per group: planned BA/PM days per group plus FA days of its members; realised on the group or
   * its members.
   */
  private List<Row> byGroup(List<Planned> plan, List<Realised> entries) {
    List<GroupLine> groups =
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.budget.BudgetReports$GroupLine(g.id, g.name,"
                    + " g.number) FROM PilotGroup g ORDER BY g.number",
                GroupLine.class)
            .getResultList();
    Map<Long, Long> groupOf = memberGroups();
    List<Row> rows = new ArrayList<>();
    for (GroupLine g : groups) {
      long id = g.id();
      long members = groupOf.values().stream().filter(v -> v == id).count();
      BigDecimal days = BigDecimal.ZERO;
      BigDecimal amount = BigDecimal.ZERO;
      for (Planned p : plan) {
        if (p.days() == null) {
          continue;
        }
        BigDecimal perUnit = p.days().divide(BigDecimal.valueOf(p.units()));
        BigDecimal units =
            "GROUP".equals(p.unit())
                ? BigDecimal.ONE
                : "MUNICIPALITY".equals(p.unit()) ? BigDecimal.valueOf(members) : BigDecimal.ZERO;
        days = days.add(perUnit.multiply(units));
        amount = amount.add(perUnit.multiply(units).multiply(p.rate()));
      }
      List<Realised> mine =
          entries.stream()
              .filter(
                  e ->
                      (e.groupId() != null && e.groupId() == id)
                          || (e.municipalityId() != null
                              && groupOf.get(e.municipalityId()) != null
                              && groupOf.get(e.municipalityId()) == id
                              && e.track() == Track.ACM_IDM))
              .toList();
      rows.add(
          row(g.number().toString(), g.name(), days, Money.of(amount), days(mine), cost(mine)));
    }
    return rows;
  }

  private List<Row> byMunicipality(List<Planned> plan, List<Realised> entries) {
    Map<Long, Long> groupOf = memberGroups();
    Map<Long, List<Realised>> by = new TreeMap<>();
    for (Realised e : entries) {
      if (e.municipalityId() != null) {
        by.computeIfAbsent(e.municipalityId(), k -> new ArrayList<>()).add(e);
      }
    }
    for (Long m : groupOf.keySet()) {
      by.computeIfAbsent(m, k -> new ArrayList<>());
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Long, List<Realised>> m : by.entrySet()) {
      BigDecimal days = null;
      BigDecimal amount = null;
      if (groupOf.containsKey(m.getKey())) {
        days = BigDecimal.ZERO;
        amount = BigDecimal.ZERO;
        for (Planned p : plan) {
          if ("MUNICIPALITY".equals(p.unit()) && p.days() != null) {
            BigDecimal perUnit = p.days().divide(BigDecimal.valueOf(p.units()));
            days = days.add(perUnit);
            amount = amount.add(perUnit.multiply(p.rate()));
          }
        }
      }
      rows.add(
          row(
              Long.toString(m.getKey()),
              data.municipalityName(m.getKey()),
              days,
              Money.of(amount),
              days(m.getValue()),
              cost(m.getValue())));
    }
    rows.sort(Comparator.comparing(Row::label));
    return rows;
  }

  /** A pilot group as the budget lists it. */
  public record GroupLine(Long id, String name, Integer number) {}

  /** A selected municipality and its group. */
  public record Member(Long municipality, Long group) {}

  /** Selected pilot municipality → its group. */
  Map<Long, Long> memberGroups() {
    return memo.remember("budget.memberGroups", this::readMemberGroups);
  }

  private Map<Long, Long> readMemberGroups() {
    Map<Long, Long> result = new LinkedHashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.budget.BudgetReports$Member(a.municipality.id,"
                + " a.group.id) FROM PilotApplication a WHERE a.decision = :d"
                + " AND a.group IS NOT NULL ORDER BY a.municipality.name",
            Member.class)
        .setParameter("d", Decision.SELECTED)
        .getResultList()
        .forEach(r -> result.put(r.municipality(), r.group()));
    return result;
  }

  private Map<String, String> profileNames() {
    Map<String, String> names = new LinkedHashMap<>();
    em.createNativeQuery("SELECT code, name FROM profile ORDER BY position")
        .getResultList()
        .forEach(r -> names.put((String) ((Object[]) r)[0], (String) ((Object[]) r)[1]));
    return names;
  }

  /** The programme's period: from the first programme's start to the last one's end. */
  LocalDate[] period(LocalDate day) {
    Object[] r =
        memo.remember(
            "budget.period",
            () ->
                em.createQuery(
                        "SELECT MIN(p.startsOn), MAX(p.endsOn) FROM Programme p", Object[].class)
                    .getSingleResult());
    LocalDate start = r[0] == null ? day : (LocalDate) r[0];
    LocalDate end = r[1] == null ? day : (LocalDate) r[1];
    return new LocalDate[] {start, end.isBefore(start) ? start : end};
  }

  /**
   * Month by month up to the date: realised so far against the plan spread evenly over the period.
   */
  private List<Point> burnUp(List<Realised> entries, Money planned, LocalDate day) {
    LocalDate[] period = period(day);
    long total = ChronoUnit.DAYS.between(period[0], period[1]) + 1;
    List<Point> points = new ArrayList<>();
    for (YearMonth m = YearMonth.from(period[0]);
        !m.isAfter(YearMonth.from(day)) && !m.isAfter(YearMonth.from(period[1]));
        m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth().isAfter(day) ? day : m.atEndOfMonth();
      Money realised = cost(entries.stream().filter(e -> !e.date().isAfter(end)).toList());
      long elapsed = Math.max(0, ChronoUnit.DAYS.between(period[0], end) + 1);
      Money plan = planned.times(BigDecimal.valueOf(Math.min(elapsed, total))).dividedBy(total);
      points.add(new Point(m.toString(), realised, plan));
    }
    return points;
  }

  /** What the whole period will cost if spending goes on at the rate so far. */
  private Money forecast(List<Realised> entries, LocalDate day) {
    LocalDate[] period = period(day);
    long total = ChronoUnit.DAYS.between(period[0], period[1]) + 1;
    long elapsed = Math.max(1, Math.min(total, ChronoUnit.DAYS.between(period[0], day) + 1));
    return cost(entries).times(BigDecimal.valueOf(total)).dividedBy(elapsed);
  }
}
