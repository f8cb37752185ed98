package be.vlaanderen.crt.portal.kpi;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
import be.vlaanderen.crt.portal.platform.RetryOnDeadlock;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPIs the steering committee decided: the coordinator or the committee adds one (a name, a
 * measure, a target) and switches KPIs on and off for the report; both read the figures across the
 * programme and per municipality as of a date. KPIs are never deleted, only switched off.
 */
@ApplicationScoped
public class KpiCatalogue {

  static final int NAME_MAX = 120;

  @PersistenceContext private EntityManager em;

  @Inject Measurements measurements;

  @Inject AuditLog audit;

  /** One KPI as decided. */
  public record Kpi(
      long id,
      String name,
      Measure measure,
      Measure.Scope scope,
      BigDecimal target,
      boolean active,
      long rowVersion,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy)
      implements Serializable {}

  /**
   * What a client sends: on adding a name, a measure and optionally a target (a decimal string or
   * number, empty for none) and {@code active}; on changing also the {@code rowVersion} it read.
   */
  @be.vlaanderen.crt.portal.platform.ValidInput
  public record KpiInput(
      String name, String measure, BigDecimal target, Boolean active, Long rowVersion)
      implements be.vlaanderen.crt.portal.platform.CheckedInput {

    /**
     * Every reason a new KPI is refused, by the same rules as {@link KpiCatalogue#add}, not only
     * the first. A change (which may leave out what it does not change) is checked by the service.
     */
    @Override
    public List<InvalidInputException> reasonsToRefuse() {
      return new Reasons()
          .check(() -> KpiCatalogue.name(name))
          // The target's range depends on the measure: checked only once the measure is known.
          .check(() -> KpiCatalogue.target(target, KpiCatalogue.measure(measure)))
          .list();
    }
  }

  /** A KPI's figure as of the report's date; {@code reached} is null without a target or value. */
  public record Figure(
      long id,
      String name,
      Measure measure,
      Measure.Scope scope,
      BigDecimal value,
      BigDecimal target,
      Boolean reached,
      int basis,
      boolean active)
      implements Serializable {}

  /**
   * One municipality's values of the active KPIs' measures (absent: not its track or no answer).
   */
  public record MunicipalityFigures(
      long municipalityId,
      String municipality,
      List<String> tracks,
      Map<Measure, BigDecimal> values)
      implements Serializable {}

  /** The report as of a date: every KPI (the active ones first) and the municipalities. */
  public record Report(LocalDate date, List<Figure> kpis, List<MunicipalityFigures> municipalities)
      implements Serializable {

    /** The KPIs switched on, in their order. */
    public List<Figure> active() {
      return kpis.stream().filter(Figure::active).toList();
    }
  }

  public static void requireReader(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee");
    }
  }

  public List<Kpi> kpis(UserAccount account) {
    requireReader(account);
    return all();
  }

  public Kpi kpi(UserAccount account, long id) {
    requireReader(account);
    return all().stream()
        .filter(k -> k.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("KPI " + id));
  }

  /** Adds a KPI at the end of the list, switched on unless {@code active} is false. */
  @Transactional
  @RetryOnDeadlock
  public Kpi add(UserAccount account, @jakarta.validation.Valid KpiInput in) {
    requireReader(account);
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String name = name(in.name());
    Measure measure = measure(in.measure());
    BigDecimal target = target(in.target(), measure);
    // One addition at a time: the name check and the position must see every earlier KPI.
    em.createNativeQuery("SELECT id FROM kpi_definition ORDER BY id FOR UPDATE").getResultList();
    requireFreeName(name, 0);
    int position =
        ((Number)
                em.createNativeQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM kpi_definition")
                    .getSingleResult())
            .intValue();
    em.createNativeQuery(
            "INSERT INTO kpi_definition (name, measure, target, active, position, created_at,"
                + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, name)
        .setParameter(2, measure.name())
        .setParameter(3, target)
        .setParameter(4, in.active() == null || in.active())
        .setParameter(5, position)
        .setParameter(6, Timestamp.from(Instant.now()))
        .setParameter(7, account.getUsername())
        .executeUpdate();
    long id =
        ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    audit.record(account.getUsername(), "KPI_ADDED", "Kpi", id, name + " · " + measure.name());
    return kpi(account, id);
  }

  /**
   * Renames a KPI, changes its target or switches it on or off; the measure stays. Refused when
   * someone changed it since {@code rowVersion} was read.
   */
  @Transactional
  @RetryOnDeadlock
  public Kpi change(UserAccount account, long id, KpiInput in) {
    Kpi current = kpi(account, id);
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    if (in.rowVersion() == null) {
      throw new InvalidInputException("kpi.rowVersion");
    }
    if (in.measure() != null && !in.measure().strip().equals(current.measure().name())) {
      throw new InvalidInputException("kpi.measureFixed");
    }
    String name = in.name() == null ? current.name() : name(in.name());
    BigDecimal target = target(in.target(), current.measure());
    boolean active = in.active() == null ? current.active() : in.active();
    requireFreeName(name, id);
    int changed =
        em.createNativeQuery(
                "UPDATE kpi_definition SET name = ?, target = ?, active = ?, updated_at = ?,"
                    + " updated_by = ?, row_version = row_version + 1 WHERE id = ?"
                    + " AND row_version = ?")
            .setParameter(1, name)
            .setParameter(2, target)
            .setParameter(3, active)
            .setParameter(4, Timestamp.from(Instant.now()))
            .setParameter(5, account.getUsername())
            .setParameter(6, id)
            .setParameter(7, in.rowVersion())
            .executeUpdate();
    if (changed == 0) {
      throw new ConflictException("error.changedMeanwhile");
    }
    audit.record(
        account.getUsername(),
        "KPI_CHANGED",
        "Kpi",
        id,
        name
            + " · "
            + (active ? "aan" : "uit")
            + " · "
            + (target == null ? "—" : target.toPlainString()));
    return kpi(account, id);
  }

  /** The figures as known at the end of {@code date} (today when null) in Brussels. */
  public Report report(UserAccount account, LocalDate date) {
    requireReader(account);
    LocalDate day = date == null ? ProgrammeTime.today() : date;
    if (day.isAfter(ProgrammeTime.today())) {
      throw new InvalidInputException("steering.futureDate");
    }
    Instant cutoff = ProgrammeTime.endOf(day);
    Measurements.Snapshot snapshot = measurements.at(cutoff);
    List<Kpi> kpis = all();
    List<Figure> figures =
        kpis.stream()
            .sorted((a, b) -> Boolean.compare(b.active(), a.active()))
            .map(
                k -> {
                  BigDecimal value = snapshot.total(k.measure());
                  Boolean reached =
                      value == null || k.target() == null ? null : value.compareTo(k.target()) >= 0;
                  return new Figure(
                      k.id(),
                      k.name(),
                      k.measure(),
                      k.scope(),
                      value,
                      k.target(),
                      reached,
                      snapshot.basis(k.measure()),
                      k.active());
                })
            .toList();
    List<Measure> shown = kpis.stream().filter(Kpi::active).map(Kpi::measure).distinct().toList();
    List<MunicipalityFigures> rows =
        snapshot.members().stream()
            .map(
                m -> {
                  Map<Measure, BigDecimal> values = new LinkedHashMap<>();
                  for (Measure measure : shown) {
                    BigDecimal v = snapshot.values().get(measure).get(m.id());
                    if (v != null) {
                      values.put(measure, v);
                    }
                  }
                  List<String> tracks =
                      m.pilot() && m.bcp()
                          ? List.of("BCP", "PILOT")
                          : List.of(m.pilot() ? "PILOT" : "BCP");
                  return new MunicipalityFigures(m.id(), m.name(), tracks, values);
                })
            .toList();
    return new Report(day, figures, rows);
  }

  private List<Kpi> all() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, name, measure, target, active, row_version, created_at, created_by,"
                    + " updated_at, updated_by FROM kpi_definition ORDER BY position, id")
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Measure m = Measure.valueOf((String) r[2]);
              return new Kpi(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  m,
                  m.scope(),
                  (BigDecimal) r[3],
                  r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0,
                  ((Number) r[5]).longValue(),
                  ((Timestamp) r[6]).toInstant(),
                  (String) r[7],
                  r[8] == null ? null : ((Timestamp) r[8]).toInstant(),
                  (String) r[9]);
            })
        .toList();
  }

  private void requireFreeName(String name, long except) {
    long taken =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM kpi_definition WHERE name = ? AND id <> ?")
                    .setParameter(1, name)
                    .setParameter(2, except)
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      throw new ConflictException("kpi.nameTaken", name);
    }
  }

  private static String name(String value) {
    String name = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new InvalidInputException("kpi.nameRequired");
    }
    if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("kpi.nameTooLong", NAME_MAX);
    }
    return name;
  }

  private static Measure measure(String value) {
    try {
      return Measure.valueOf(String.valueOf(value).strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kpi.measureUnknown");
    }
  }

  private static BigDecimal target(BigDecimal target, Measure measure) {
    if (target == null) {
      return null;
    }
    if (target.signum() < 0 || target.compareTo(measure.maxTarget()) > 0) {
      throw new InvalidInputException("kpi.targetRange", measure.maxTarget());
    }
    if (target.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException("kpi.targetDecimals");
    }
    return target.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }
}
