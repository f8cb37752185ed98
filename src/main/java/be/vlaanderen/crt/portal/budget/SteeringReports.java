package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.pilot.register.EvaluationMoment;
import be.vlaanderen.crt.portal.programme.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steering report for a meeting date: BCP-track progress, the pilot's KPIs, the budget,
 * satisfaction and eagerness, and notable obstacles, everything as it was at the end of that day,
 * so the same date always gives the same numbers.
 */
@ApplicationScoped
public class SteeringReports {

  @PersistenceContext private EntityManager em;

  @Inject BudgetReports budgets;

  @Inject CoFinancingShares coFinancing;

  @Inject be.vlaanderen.crt.portal.kpi.KpiCatalogue kpiCatalogue;

  @Inject be.vlaanderen.crt.portal.programme.WorkshopFeedback workshopFeedback;

  /** A BCP wave on the date. */
  public record WaveProgress(
      long waveId,
      String wave,
      int enrolled,
      int bia,
      int bcp,
      int bcpUpdate,
      int round1Released,
      int round2Released,
      int round3Released)
      implements Serializable {}

  /** A notable obstacle (raised by the date). */
  public record ObstacleLine(String municipality, String title, String nature, String status)
      implements Serializable {}

  /** The whole report. */
  public record Report(
      LocalDate date,
      List<WaveProgress> bcp,
      PilotKpis.Count acmTi,
      PilotKpis.Count acmPrd,
      PilotKpis.Count idmTi,
      PilotKpis.Count idmPrd,
      int dossiers,
      int selected,
      PilotKpis.Score satisfaction,
      PilotKpis.Score eagerness,
      PilotKpis.Score satisfactionBefore,
      PilotKpis.Score satisfactionDuring,
      BudgetReports.Budget budget,
      BudgetReports.CoFinancing coFinancing,
      List<ObstacleLine> obstacles,
      be.vlaanderen.crt.portal.kpi.KpiCatalogue.Report kpis,
      List<be.vlaanderen.crt.portal.programme.WorkshopFeedback.Results> feedback)
      implements Serializable {}

  /** A BCP wave's id and name. */
  public record WaveName(Long id, String name) {}

  /** An evaluation's moment, satisfaction and eagerness. */
  public record Evaluated(EvaluationMoment moment, Integer satisfaction, Integer eagerness) {}

  /** (satisfaction, eagerness) of the evaluations known before the cutoff, by moment. */
  private Map<EvaluationMoment, List<PilotKpis.Answer>> evaluationsAt(Instant cutoff) {
    Map<EvaluationMoment, List<PilotKpis.Answer>> byMoment = new HashMap<>();
    for (EvaluationMoment moment : EvaluationMoment.values()) {
      byMoment.put(moment, new ArrayList<>());
    }
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.budget.SteeringReports$Evaluated(e.moment, e.satisfaction, e.eagerness)"
                + " FROM Evaluation e WHERE e.submittedAt < :c",
            Evaluated.class)
        .setParameter("c", cutoff)
        .getResultList()
        .forEach(
            e ->
                byMoment
                    .get(e.moment())
                    .add(new PilotKpis.Answer(e.satisfaction(), e.eagerness())));
    return byMoment;
  }

  /** The report, read in one transaction. */
  @Transactional
  public Report report(be.vlaanderen.crt.portal.security.UserAccount account, LocalDate date) {
    BudgetReports.requireReader(account);
    if (date == null) {
      date = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    }
    Instant cutoff = BudgetReports.cutoff(date);
    Map<String, PilotKpis.Count> kpis = kpisAt(cutoff);
    Map<EvaluationMoment, List<PilotKpis.Answer>> evaluated = evaluationsAt(cutoff);
    List<PilotKpis.Answer> evaluations = evaluated.get(EvaluationMoment.AFTER);
    long dossiers =
        em.createQuery(
                "SELECT COUNT(d) FROM IntegrationDossier d WHERE d.createdAt < :c", Long.class)
            .setParameter("c", cutoff)
            .getSingleResult();
    Instant confirmed =
        // A call whose selection is not confirmed yet has no date (findFirst would throw on null).
        em.createQuery(
                "SELECT c.confirmedAt FROM PilotCall c WHERE c.confirmedAt IS NOT NULL",
                Instant.class)
            .getResultStream()
            .findFirst()
            .orElse(null);
    long selected =
        confirmed == null || !confirmed.isBefore(cutoff)
            ? 0
            : em.createQuery(
                    "SELECT COUNT(a) FROM PilotApplication a WHERE a.decision = :d", Long.class)
                .setParameter("d", Decision.SELECTED)
                .getSingleResult();
    List<WaveProgress> waves = bcp(cutoff);
    return new Report(
        date,
        waves,
        kpis.get("ACM_TI"),
        kpis.get("ACM_PRD"),
        kpis.get("IDM_TI"),
        kpis.get("IDM_PRD"),
        (int) dossiers,
        (int) selected,
        PilotKpis.satisfaction(evaluations),
        PilotKpis.eagerness(evaluations),
        PilotKpis.satisfaction(evaluated.get(EvaluationMoment.BEFORE)),
        PilotKpis.satisfaction(evaluated.get(EvaluationMoment.DURING)),
        budgets.budget(date),
        coFinancing.coFinancing(date),
        obstacles(cutoff),
        kpiCatalogue.report(account, date),
        waves.stream()
            .map(w -> workshopFeedback.anonymousResults(account, w.waveId(), cutoff))
            .toList());
  }

  /** Successes per environment at the cutoff, from the recorded transitions. */
  Map<String, PilotKpis.Count> kpisAt(Instant cutoff) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.dossier_id, d.municipality_id, t.block, t.environment, t.to_state"
                    + " FROM integration_transition t JOIN integration_dossier d ON d.id = t.dossier_id"
                    + " WHERE t.occurred_at < ? ORDER BY t.occurred_at, t.id")
            .setParameter(1, Timestamp.from(cutoff))
            .getResultList();
    Map<String, String> state = new LinkedHashMap<>();
    Map<Long, Long> municipality = new HashMap<>();
    for (Object[] r : rows) {
      long dossier = ((Number) r[0]).longValue();
      municipality.put(dossier, ((Number) r[1]).longValue());
      state.put(dossier + "|" + r[2] + "_" + r[3], (String) r[4]);
    }
    Map<String, PilotKpis.Count> result = new LinkedHashMap<>();
    for (String key : List.of("ACM_TI", "ACM_PRD", "IDM_TI", "IDM_PRD")) {
      int integrations = 0;
      Set<Long> municipalities = new HashSet<>();
      for (Map.Entry<String, String> s : state.entrySet()) {
        String[] k = s.getKey().split("\\|");
        if (k[1].equals(key) && "SUCCEEDED".equals(s.getValue())) {
          integrations++;
          municipalities.add(municipality.get(Long.parseLong(k[0])));
        }
      }
      result.put(key, new PilotKpis.Count(integrations, municipalities.size()));
    }
    return result;
  }

  /** The BCP waves' figures in four statements, however many waves. */
  private List<WaveProgress> bcp(Instant cutoff) {
    List<WaveName> waves =
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.budget.SteeringReports$WaveName(w.id, w.name)"
                    + " FROM Wave w WHERE w.programme.track = :t ORDER BY w.programme.name, w.number",
                WaveName.class)
            .setParameter("t", Track.BCP)
            .getResultList();
    if (waves.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    Timestamp before = Timestamp.from(cutoff);
    count(
        counts,
        "enrolled",
        "SELECT e.wave_id, '', COUNT(*) FROM enrollment e GROUP BY e.wave_id",
        null);
    count(
        counts,
        "handedIn",
        "SELECT a.wave_id, a.kind, COUNT(DISTINCT s.municipality_id) FROM submission s"
            + " JOIN assignment a ON a.id = s.assignment_id"
            + " JOIN document_version v ON v.submission_id = s.id"
            + " WHERE s.slot = '' AND v.uploaded_at < ?1"
            + " GROUP BY a.wave_id, a.kind",
        before);
    count(
        counts,
        "released",
        "SELECT r.wave_id, r.number, COUNT(*) FROM round_release x"
            + " JOIN feedback_round r ON r.id = x.round_id"
            + " WHERE x.released_at < ?1 GROUP BY r.wave_id, r.number",
        before);
    return waves.stream()
        .map(
            w -> {
              long wave = w.id();
              return new WaveProgress(
                  wave,
                  w.name(),
                  counts.getOrDefault("enrolled/" + wave + "/", 0),
                  counts.getOrDefault("handedIn/" + wave + "/BIA", 0),
                  counts.getOrDefault("handedIn/" + wave + "/BCP", 0),
                  counts.getOrDefault("handedIn/" + wave + "/BCP_UPDATE", 0),
                  counts.getOrDefault("released/" + wave + "/1", 0),
                  counts.getOrDefault("released/" + wave + "/2", 0),
                  counts.getOrDefault("released/" + wave + "/3", 0));
            })
        .toList();
  }

  /**
   * Runs a (wave, key, count) query over all waves (the pilot's too; only the BCP waves are read)
   * and files its rows under "name/wave/key".
   */
  private void count(Map<String, Integer> counts, String name, String sql, Timestamp before) {
    var query = em.createNativeQuery(sql);
    if (before != null) {
      query.setParameter(1, before);
    }
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(name + "/" + r[0] + "/" + r[1], ((Number) r[2]).intValue());
    }
  }

  private List<ObstacleLine> obstacles(Instant cutoff) {
    return em
        .createQuery(
            "SELECT o FROM Obstacle o WHERE o.raisedAt < :c AND o.kind = :k ORDER BY o.raisedAt DESC, o.id DESC",
            be.vlaanderen.crt.portal.pilot.register.Obstacle.class)
        .setParameter("c", cutoff)
        .setParameter("k", be.vlaanderen.crt.portal.pilot.register.Obstacle.Kind.OBSTACLE)
        .setMaxResults(8)
        .getResultList()
        .stream()
        .map(
            o ->
                new ObstacleLine(
                    o.getMunicipality().getName(),
                    o.getTitle(),
                    o.getNature().name(),
                    o.getStatus().name()))
        .toList();
  }
}
