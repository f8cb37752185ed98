package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.pilot.register.EvaluationMoment;
import be.vlaanderen.crt.portal.programme.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** (satisfaction, eagerness) of the evaluations at a moment known before the cutoff. */
  private List<PilotKpis.Answer> evaluationsAt(EvaluationMoment moment, Instant cutoff) {
    return em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$Answer(e.satisfaction, e.eagerness)"
                + " FROM Evaluation e WHERE e.moment = :t AND e.submittedAt < :c",
            PilotKpis.Answer.class)
        .setParameter("t", moment)
        .setParameter("c", cutoff)
        .getResultList();
  }

  public Report report(be.vlaanderen.crt.portal.security.UserAccount account, LocalDate date) {
    BudgetReports.requireReader(account);
    if (date == null) {
      date = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    }
    Instant cutoff = BudgetReports.cutoff(date);
    Map<String, PilotKpis.Count> kpis = kpisAt(cutoff);
    List<PilotKpis.Answer> evaluations = evaluationsAt(EvaluationMoment.AFTER, cutoff);
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
        PilotKpis.satisfaction(evaluationsAt(EvaluationMoment.BEFORE, cutoff)),
        PilotKpis.satisfaction(evaluationsAt(EvaluationMoment.DURING, cutoff)),
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

  private List<WaveProgress> bcp(Instant cutoff) {
    List<WaveName> waves =
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.budget.SteeringReports$WaveName(w.id, w.name)"
                    + " FROM Wave w WHERE w.programme.track = :t ORDER BY w.programme.name, w.number",
                WaveName.class)
            .setParameter("t", Track.BCP)
            .getResultList();
    List<WaveProgress> result = new ArrayList<>();
    for (WaveName w : waves) {
      long wave = w.id();
      int enrolled =
          em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.wave.id = :w", Long.class)
              .setParameter("w", wave)
              .getSingleResult()
              .intValue();
      int[] handedIn = new int[3];
      String[] kinds = {"BIA", "BCP", "BCP_UPDATE"};
      for (int i = 0; i < 3; i++) {
        handedIn[i] =
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(DISTINCT s.municipality_id) FROM submission s"
                                + " JOIN assignment a ON a.id = s.assignment_id"
                                + " JOIN document_version v ON v.submission_id = s.id"
                                + " WHERE a.wave_id = ? AND a.kind = ? AND s.slot = '' AND v.uploaded_at < ?")
                        .setParameter(1, wave)
                        .setParameter(2, kinds[i])
                        .setParameter(3, Timestamp.from(cutoff))
                        .getSingleResult())
                .intValue();
      }
      int[] released = new int[3];
      for (int n = 1; n <= 3; n++) {
        released[n - 1] =
            ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM round_release x JOIN feedback_round r ON r.id = x.round_id"
                                + " WHERE r.wave_id = ? AND r.number = ? AND x.released_at < ?")
                        .setParameter(1, wave)
                        .setParameter(2, n)
                        .setParameter(3, Timestamp.from(cutoff))
                        .getSingleResult())
                .intValue();
      }
      result.add(
          new WaveProgress(
              wave,
              w.name(),
              enrolled,
              handedIn[0],
              handedIn[1],
              handedIn[2],
              released[0],
              released[1],
              released[2]));
    }
    return result;
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
