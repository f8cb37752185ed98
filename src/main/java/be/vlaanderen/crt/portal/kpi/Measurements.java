package be.vlaanderen.crt.portal.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every measure for every municipality, as known at a moment: a fixed number of queries (one per
 * source), whatever the number of municipalities. Counts are 0 for a municipality of the measure's
 * scope that has nothing yet; scores are absent until it answered.
 */
@ApplicationScoped
public class Measurements {

  @PersistenceContext private EntityManager em;

  /** A municipality in the pilot's selection or enrolled in the BCP track. */
  public record Member(long id, String name, boolean pilot, boolean bcp) {}

  /** The members (by name) and each measure's value per member id. */
  public record Snapshot(List<Member> members, Map<Measure, Map<Long, BigDecimal>> values) {

    /** The programme's figure of a measure: sum, count above zero, or average of present values. */
    public BigDecimal total(Measure measure) {
      Map<Long, BigDecimal> perMember = values.get(measure);
      return switch (measure.aggregation()) {
        case SUM -> perMember.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        case COUNT_POSITIVE ->
            BigDecimal.valueOf(perMember.values().stream().filter(v -> v.signum() > 0).count());
        case AVERAGE ->
            perMember.isEmpty()
                ? null
                : perMember.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(perMember.size()), 2, RoundingMode.HALF_UP);
      };
    }

    /** How many municipalities the figure rests on (answers for a score, the scope otherwise). */
    public int basis(Measure measure) {
      if (measure.score()) {
        return values.get(measure).size();
      }
      return (int)
          members.stream()
              .filter(m -> measure.scope() == Measure.Scope.PILOT ? m.pilot() : m.bcp())
              .count();
    }
  }

  public Snapshot at(Instant cutoff) {
    Timestamp c = Timestamp.from(cutoff);
    Map<Long, String> names = new HashMap<>();
    Map<Long, Boolean> pilot = new HashMap<>();
    Map<Long, Boolean> bcp = new HashMap<>();
    rows(
            "SELECT a.municipality_id, m.name FROM pilot_application a"
                + " JOIN municipality m ON m.id = a.municipality_id"
                + " WHERE a.decision = 'SELECTED' AND EXISTS (SELECT 1 FROM pilot_call k"
                + " WHERE k.confirmed_at IS NOT NULL AND k.confirmed_at < ?)",
            c)
        .forEach(
            r -> {
              names.put(id(r[0]), (String) r[1]);
              pilot.put(id(r[0]), true);
            });
    rows("SELECT DISTINCT e.municipality_id, m.name FROM enrollment e"
            + " JOIN municipality m ON m.id = e.municipality_id"
            + " JOIN wave w ON w.id = e.wave_id JOIN programme p ON p.id = w.programme_id"
            + " WHERE p.track = 'BCP'")
        .forEach(
            r -> {
              names.put(id(r[0]), (String) r[1]);
              bcp.put(id(r[0]), true);
            });

    Map<Measure, Map<Long, BigDecimal>> values = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      Map<Long, BigDecimal> perMember = new HashMap<>();
      if (!m.score()) {
        (m.scope() == Measure.Scope.PILOT ? pilot : bcp)
            .keySet()
            .forEach(id -> perMember.put(id, BigDecimal.ZERO));
      }
      values.put(m, perMember);
    }

    // Successful integrations: the last state of each dossier's block and environment.
    Map<String, String> state = new LinkedHashMap<>();
    Map<String, Long> owner = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT t.dossier_id, d.municipality_id, t.block, t.environment, t.to_state"
                + " FROM integration_transition t JOIN integration_dossier d ON d.id = t.dossier_id"
                + " WHERE t.occurred_at < ? ORDER BY t.occurred_at, t.id",
            c)) {
      String key = r[0] + "|" + r[2] + "_" + r[3];
      state.put(key, (String) r[4]);
      owner.put(key, id(r[1]));
    }
    state.forEach(
        (key, to) -> {
          if (!"SUCCEEDED".equals(to)) {
            return;
          }
          String env = key.substring(key.indexOf('|') + 1);
          Long municipality = owner.get(key);
          if (pilot.containsKey(municipality)) {
            add(values, Measure.valueOf("INTEGRATIONS_" + env), municipality);
            add(values, Measure.valueOf("MUNICIPALITIES_" + env), municipality);
          }
        });

    for (Object[] r :
        rows(
            "SELECT municipality_id, moment, satisfaction, eagerness FROM pilot_evaluation"
                + " WHERE submitted_at < ?",
            c)) {
      long municipality = id(r[0]);
      if (!pilot.containsKey(municipality)) {
        continue;
      }
      values
          .get(Measure.valueOf("SATISFACTION_" + r[1]))
          .put(municipality, BigDecimal.valueOf(((Number) r[2]).longValue()));
      if (r[3] != null && "AFTER".equals(r[1])) {
        values
            .get(Measure.EAGERNESS)
            .put(municipality, BigDecimal.valueOf(((Number) r[3]).longValue()));
      }
    }
    counts(
        values,
        Measure.OBSTACLES,
        "SELECT municipality_id, COUNT(*) FROM pilot_obstacle"
            + " WHERE kind = 'OBSTACLE' AND raised_at < ? GROUP BY municipality_id",
        c);

    for (Object[] r :
        rows(
            "SELECT s.municipality_id, a.kind FROM submission s"
                + " JOIN assignment a ON a.id = s.assignment_id"
                + " WHERE s.slot = '' AND a.kind IN ('BIA', 'BCP', 'BCP_UPDATE')"
                + " AND EXISTS (SELECT 1 FROM document_version v"
                + " WHERE v.submission_id = s.id AND v.uploaded_at < ?)"
                + " GROUP BY s.municipality_id, a.kind",
            c)) {
      Measure m = Measure.valueOf(r[1] + "_SUBMITTED");
      if (values.get(m).containsKey(id(r[0]))) {
        values.get(m).put(id(r[0]), BigDecimal.ONE);
      }
    }
    counts(
        values,
        Measure.FEEDBACK_ROUNDS_RELEASED,
        "SELECT municipality_id, COUNT(*) FROM round_release WHERE released_at < ?"
            + " GROUP BY municipality_id",
        c);
    counts(
        values,
        Measure.WORKSHOPS_ATTENDED,
        "SELECT a.municipality_id, COUNT(*) FROM attendance a JOIN workshop w ON w.id = a.workshop_id"
            + " WHERE a.present AND w.held_at < ? GROUP BY a.municipality_id",
        c);
    for (Object[] r :
        rows(
            "SELECT municipality_id, COUNT(*) FROM self_evaluation WHERE moment = 'END'"
                + " AND updated_at < ? GROUP BY municipality_id",
            c)) {
      if (values.get(Measure.SELF_EVALUATION_END).containsKey(id(r[0]))) {
        values.get(Measure.SELF_EVALUATION_END).put(id(r[0]), BigDecimal.ONE);
      }
    }

    List<Member> members =
        names.entrySet().stream()
            .map(
                e ->
                    new Member(
                        e.getKey(),
                        e.getValue(),
                        pilot.containsKey(e.getKey()),
                        bcp.containsKey(e.getKey())))
            .sorted(
                java.util.Comparator.comparing(
                    Member::name, java.text.Collator.getInstance(Locale.forLanguageTag("nl-BE"))))
            .toList();
    return new Snapshot(members, values);
  }

  /** Adds one to a count, only for municipalities in the measure's scope. */
  private static void add(Map<Measure, Map<Long, BigDecimal>> values, Measure m, Long id) {
    values.get(m).computeIfPresent(id, (k, v) -> v.add(BigDecimal.ONE));
  }

  private void counts(
      Map<Measure, Map<Long, BigDecimal>> values, Measure m, String sql, Timestamp cutoff) {
    for (Object[] r : rows(sql, cutoff)) {
      values
          .get(m)
          .computeIfPresent(id(r[0]), (k, v) -> BigDecimal.valueOf(((Number) r[1]).longValue()));
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static long id(Object o) {
    return ((Number) o).longValue();
  }
}
