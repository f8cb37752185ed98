package be.vlaanderen.crt.portal.reporting;

import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.organisation.Province;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Cell;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Row;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.State;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Total;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.ReviewState;
import be.vlaanderen.crt.portal.submission.SubmissionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the progress matrix. Coordinators and the steering committee see every municipality,
 * reviewers the municipalities assigned to them; a municipality sees no matrix at all (it would
 * show the others).
 */
@ApplicationScoped
public class ProgressService {

  /** The versions of one municipality's submission for one assignment, and its review state. */
  public record Versions(
      Long assignment,
      Long municipality,
      Long count,
      Instant last,
      ReviewState state,
      Instant stateAt) {}

  /** The self-evaluation answers of one municipality. */
  public record Filled(Long municipality, Long count, Instant last) {}

  /** What a cell counts: how many, the last one, the review state (documents only). */
  private record HandedIn(long count, Instant last, ReviewState state, Instant stateAt) {}

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  /**
   * The matrix of one wave, optionally only the municipalities of one province.
   *
   * @throws NotVisibleException the wave does not exist
   * @throws NotPermittedException the caller is a municipality
   */
  public ProgressMatrix matrix(UserAccount account, long waveId, Province province) {
    requireOverviewRole(account);
    Wave wave = em.find(Wave.class, waveId);
    if (wave == null) {
      throw new NotVisibleException("Wave " + waveId);
    }
    Set<Long> visible = new HashSet<>(access.visibleMunicipalityIds(account));
    List<Municipality> municipalities =
        em
            .createQuery(
                "SELECT e.municipality FROM Enrollment e WHERE e.wave.id = :wave ORDER BY e.municipality.name",
                Municipality.class)
            .setParameter("wave", waveId)
            .getResultList()
            .stream()
            .filter(m -> visible.contains(m.getId()))
            .filter(m -> province == null || m.getProvince() == province)
            .toList();
    Map<AssignmentKind, Assignment> assignments = new HashMap<>();
    em.createQuery(
            "SELECT a FROM Assignment a WHERE a.wave.id = :wave ORDER BY a.deadline",
            Assignment.class)
        .setParameter("wave", waveId)
        .getResultList()
        .forEach(a -> assignments.putIfAbsent(a.getKind(), a));
    Map<String, HandedIn> versions = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.reporting.ProgressService$Versions(s.assignment.id, s.municipality.id, COUNT(v.id),"
                + " MAX(v.uploadedAt), s.reviewState, s.reviewStateAt)"
                + " FROM DocumentVersion v JOIN v.submission s WHERE s.assignment.wave.id = :wave"
                + " GROUP BY s.assignment.id, s.municipality.id, s.reviewState, s.reviewStateAt",
            Versions.class)
        .setParameter("wave", waveId)
        .getResultList()
        .forEach(
            r ->
                versions.put(
                    r.assignment() + "/" + r.municipality(),
                    new HandedIn(r.count(), r.last(), r.state(), r.stateAt())));
    Map<Long, HandedIn> selfEvaluations = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.reporting.ProgressService$Filled(e.municipality.id, COUNT(e.id), MAX(e.updatedAt))"
                + " FROM SelfEvaluation e GROUP BY e.municipality.id",
            Filled.class)
        .getResultList()
        .forEach(
            r ->
                selfEvaluations.put(
                    r.municipality(), new HandedIn(r.count(), r.last(), null, null)));

    LocalDateTime now = be.vlaanderen.crt.portal.platform.ProgrammeTime.now();
    List<Row> rows = new ArrayList<>();
    for (Municipality m : municipalities) {
      List<Cell> cells = new ArrayList<>();
      for (AssignmentKind kind : ProgressMatrix.BCP_COLUMNS) {
        Assignment assignment = assignments.get(kind);
        HandedIn handedIn =
            kind == AssignmentKind.SELF_EVALUATION
                ? selfEvaluations.get(m.getId())
                : assignment == null ? null : versions.get(assignment.getId() + "/" + m.getId());
        boolean selfEvaluation = kind == AssignmentKind.SELF_EVALUATION;
        int count = handedIn == null ? 0 : (int) handedIn.count();
        Instant last = handedIn == null ? null : handedIn.last();
        SubmissionStatus status =
            handedIn == null
                ? SubmissionStatus.NOT_STARTED
                : selfEvaluation
                    ? SubmissionStatus.SUBMITTED
                    : SubmissionStatus.of(count, handedIn.state(), handedIn.stateAt(), last);
        LocalDateTime deadline = assignment == null ? null : assignment.getDeadline();
        cells.add(
            new Cell(
                kind,
                state(kind, assignment, count, deadline, now),
                count,
                last,
                deadline,
                status));
      }
      rows.add(new Row(m.getId(), m.getName(), m.getProvince().label(), cells));
    }
    List<Total> totals = new ArrayList<>();
    for (AssignmentKind kind : ProgressMatrix.BCP_COLUMNS) {
      int submitted =
          (int) rows.stream().filter(r -> r.cell(kind).state() == State.SUBMITTED).count();
      int late = (int) rows.stream().filter(r -> r.cell(kind).state() == State.LATE).count();
      totals.add(new Total(kind, submitted, late, rows.size()));
    }
    return new ProgressMatrix(
        wave.getId(), wave.getName(), ProgressMatrix.BCP_COLUMNS, rows, totals);
  }

  private static State state(
      AssignmentKind kind,
      Assignment assignment,
      int count,
      LocalDateTime deadline,
      LocalDateTime now) {
    if (count > 0) {
      return State.SUBMITTED;
    }
    if (assignment == null) {
      // The self-evaluation is filled in at the first workshop even without an assignment for it.
      return kind == AssignmentKind.SELF_EVALUATION ? State.NOT_STARTED : State.NOT_ASSIGNED;
    }
    return deadline.isBefore(now) ? State.LATE : State.NOT_STARTED;
  }

  private static void requireOverviewRole(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException(
          "The progress of other municipalities is not for municipalities");
    }
  }
}
