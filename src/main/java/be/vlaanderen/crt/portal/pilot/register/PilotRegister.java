package be.vlaanderen.crt.portal.pilot.register;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.pilot.dossier.IntegrationDossier;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The register of questions, obstacles and feature requests per municipality, and the evaluation
 * after go-live. The municipality raises and reads its own; analysts (assigned) and coordinators
 * raise, answer and close; the steering committee reads the overall export.
 */
@ApplicationScoped
public class PilotRegister {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject AccessPolicy access;

  /** What a new item says. */
  public record ObstacleInput(
      Long municipalityId,
      Long dossierId,
      String kind,
      String nature,
      String title,
      String description) {}

  /** An item as lists and reports show it. */
  public record ObstacleView(
      long id,
      long municipalityId,
      String municipality,
      Long dossierId,
      String application,
      Obstacle.Kind kind,
      Obstacle.Nature nature,
      String title,
      String description,
      Obstacle.Status status,
      String answer,
      Instant raisedAt,
      String raisedBy)
      implements Serializable {}

  /**
   * What a municipality fills in: satisfaction at a moment (BEFORE, DURING, AFTER; none means
   * AFTER), eagerness only after go-live.
   */
  public record EvaluationInput(
      java.math.BigDecimal satisfaction,
      java.math.BigDecimal eagerness,
      String comments,
      String moment) {}

  /** An evaluation as the CRT sees it. */
  public record EvaluationView(
      long municipalityId,
      String municipality,
      EvaluationMoment moment,
      int satisfaction,
      Integer eagerness,
      String comments,
      Instant submittedAt)
      implements Serializable {}

  // ---------------------------------------------------------------- register

  @Transactional
  public long raise(UserAccount account, ObstacleInput in) {
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    if (account.getRole() != Role.MUNICIPALITY && in.municipalityId() == null) {
      throw new InvalidInputException("pilot.obstacle.municipalityRequired");
    }
    long municipalityId =
        account.getRole() == Role.MUNICIPALITY
            ? account.getMunicipality().getId()
            : in.municipalityId();
    if (!access.mayReadDocuments(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    Municipality m = em.find(Municipality.class, municipalityId);
    if (m == null || !selected(municipalityId)) {
      throw new InvalidInputException("pilot.dossier.notSelected");
    }
    Obstacle o = new Obstacle(m, Instant.now(), account.getUsername());
    Long dossierId = null;
    if (in.dossierId() != null) {
      IntegrationDossier d = em.find(IntegrationDossier.class, in.dossierId());
      if (d == null || d.getMunicipality().getId() != municipalityId) {
        throw new InvalidInputException("pilot.obstacle.dossierUnknown");
      }
      dossierId = d.getId();
    }
    o.describe(
        dossierId,
        Inputs.oneOf(Obstacle.Kind.class, in.kind(), "pilot.obstacle.kindRequired"),
        Inputs.oneOf(Obstacle.Nature.class, in.nature(), "pilot.obstacle.natureRequired"),
        Inputs.required(in.title(), 200, "pilot.obstacle.titleRequired"),
        Inputs.required(in.description(), 4000, "pilot.obstacle.descriptionRequired"));
    em.persist(o);
    em.flush();
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "OBSTACLE_RAISED",
        "Obstacle",
        o.getId(),
        o.getKind() + ": " + o.getTitle());
    return o.getId();
  }

  /** An analyst or coordinator answers an item and sets its status. */
  @Transactional
  public void answer(UserAccount account, long obstacleId, String answer, String status) {
    Obstacle o = em.find(Obstacle.class, obstacleId);
    if (o == null || !access.mayReadDocuments(account, o.getMunicipality().getId())) {
      throw new NotVisibleException("Obstacle " + obstacleId);
    }
    if (account.getRole() != Role.REVIEWER && account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Analysts and coordinators answer");
    }
    Obstacle.Status s =
        Inputs.oneOf(Obstacle.Status.class, status, "pilot.obstacle.statusRequired");
    String text = answer == null || answer.isBlank() ? null : answer.strip();
    if (text != null && text.length() > 4000) {
      throw new InvalidInputException("pilot.tooLong", 4000);
    }
    if (s != Obstacle.Status.OPEN && text == null) {
      throw new InvalidInputException("pilot.obstacle.answerRequired");
    }
    o.answer(text, s);
    audit.recordFor(
        o.getMunicipality().getId(),
        account.getUsername(),
        "OBSTACLE_ANSWERED",
        "Obstacle",
        o.getId(),
        s.name());
  }

  /** The items the account may see, optionally of one municipality, newest first. */
  public List<ObstacleView> obstacles(UserAccount account, Long municipalityId) {
    List<Long> visible =
        account.getRole() == Role.STEERING ? List.of() : access.visibleMunicipalityIds(account);
    if (municipalityId != null) {
      if (!visible.contains(municipalityId)) {
        throw new NotVisibleException("Municipality " + municipalityId);
      }
      visible = List.of(municipalityId);
    }
    if (visible.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT o FROM Obstacle o WHERE o.municipality.id IN :m ORDER BY o.municipality.name, o.raisedAt DESC, o.id DESC",
            Obstacle.class)
        .setParameter("m", visible)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** All items across the pilot, for the overall export (coordinator, steering). */
  public List<ObstacleView> allObstacles(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee");
    }
    return em
        .createQuery(
            "SELECT o FROM Obstacle o ORDER BY o.municipality.name, o.raisedAt, o.id",
            Obstacle.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  private ObstacleView view(Obstacle o) {
    String application =
        o.getDossierId() == null
            ? null
            : em.find(IntegrationDossier.class, o.getDossierId()).getApplication();
    return new ObstacleView(
        o.getId(),
        o.getMunicipality().getId(),
        o.getMunicipality().getName(),
        o.getDossierId(),
        application,
        o.getKind(),
        o.getNature(),
        o.getTitle(),
        o.getDescription(),
        o.getStatus(),
        o.getAnswer(),
        o.getRaisedAt(),
        o.getRaisedBy());
  }

  // ---------------------------------------------------------------- evaluation

  /**
   * The moment a municipality can evaluate now: before its integration starts, during it, or after
   * its first success in production.
   */
  public EvaluationMoment openMoment(long municipalityId) {
    // Once live, always after: a production status that later leaves SUCCEEDED does not reopen
    // "during" nor close the evaluation after go-live.
    boolean wentLive =
        live(municipalityId)
            || em.createQuery(
                        "SELECT COUNT(t) FROM IntegrationTransition t, IntegrationDossier d"
                            + " WHERE d.id = t.dossierId AND d.municipality.id = :m"
                            + " AND t.environment = :e AND t.toState = :s",
                        Long.class)
                    .setParameter("m", municipalityId)
                    .setParameter("e", be.vlaanderen.crt.portal.pilot.dossier.Env.PRD)
                    .setParameter(
                        "s", be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.SUCCEEDED)
                    .getSingleResult()
                > 0;
    if (wentLive) {
      return EvaluationMoment.AFTER;
    }
    boolean started =
        em.createQuery(
                    "SELECT COUNT(t) FROM IntegrationTransition t, IntegrationDossier d"
                        + " WHERE d.id = t.dossierId AND d.municipality.id = :m",
                    Long.class)
                .setParameter("m", municipalityId)
                .getSingleResult()
            > 0;
    return started ? EvaluationMoment.DURING : EvaluationMoment.BEFORE;
  }

  /** The municipality fills (or corrects) its evaluation of the moment that is open now. */
  @Transactional
  public void evaluate(UserAccount account, EvaluationInput in) {
    if (account.getRole() != Role.MUNICIPALITY) {
      throw new NotPermittedException("Municipalities evaluate");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    long municipalityId = account.getMunicipality().getId();
    if (!selected(municipalityId)) {
      throw new InvalidInputException("pilot.dossier.notSelected");
    }
    EvaluationMoment moment =
        in.moment() == null || in.moment().isBlank()
            ? EvaluationMoment.AFTER
            : be.vlaanderen.crt.portal.platform.Inputs.oneOf(
                EvaluationMoment.class, in.moment(), "pilot.evaluation.moment");
    EvaluationMoment open = openMoment(municipalityId);
    if (moment != open) {
      throw new InvalidInputException(
          moment == EvaluationMoment.AFTER
              ? "pilot.evaluation.notLive"
              : "pilot.evaluation.closed." + moment + "." + open);
    }
    Integer satisfaction =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(
            in.satisfaction(), "pilot.evaluation.satisfaction");
    Integer eagerness =
        be.vlaanderen.crt.portal.platform.WholeNumbers.of(
            in.eagerness(), "pilot.evaluation.eagerness");
    if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
      throw new InvalidInputException("pilot.evaluation.satisfaction");
    }
    if (moment == EvaluationMoment.AFTER && (eagerness == null || eagerness < 1 || eagerness > 5)) {
      throw new InvalidInputException("pilot.evaluation.eagerness");
    }
    if (moment != EvaluationMoment.AFTER && eagerness != null) {
      throw new InvalidInputException("pilot.evaluation.eagernessAfter");
    }
    String comments =
        in.comments() == null || in.comments().isBlank() ? null : in.comments().strip();
    if (comments != null && comments.length() > 4000) {
      throw new InvalidInputException("pilot.tooLong", 4000);
    }
    Evaluation e =
        em.createQuery(
                "SELECT e FROM Evaluation e WHERE e.municipality.id = :m AND e.moment = :t",
                Evaluation.class)
            .setParameter("m", municipalityId)
            .setParameter("t", moment)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Evaluation n =
                      new Evaluation(em.find(Municipality.class, municipalityId), moment);
                  em.persist(n);
                  return n;
                });
    e.rate(satisfaction, eagerness, comments, Instant.now(), account.getUsername());
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "PILOT_EVALUATED",
        "Evaluation",
        municipalityId,
        moment == EvaluationMoment.AFTER
            ? "satisfaction " + e.satisfaction + ", eagerness " + e.eagerness
            : moment + " satisfaction " + e.satisfaction);
  }

  /** The caller's own evaluations (municipality), by moment; empty for others. */
  public java.util.Map<EvaluationMoment, EvaluationView> myEvaluations(UserAccount account) {
    java.util.Map<EvaluationMoment, EvaluationView> mine =
        new java.util.EnumMap<>(EvaluationMoment.class);
    if (account.getMunicipality() != null) {
      evaluations(List.of(account.getMunicipality().getId())).forEach(e -> mine.put(e.moment(), e));
    }
    return mine;
  }

  /** The evaluations the account may read (CRT: visible municipalities; steering: all). */
  public List<EvaluationView> evaluations(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Only the own evaluation");
    }
    return evaluations(access.visibleMunicipalityIds(account));
  }

  private List<EvaluationView> evaluations(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT e FROM Evaluation e WHERE e.municipality.id IN :m"
                + " ORDER BY e.municipality.name, e.municipality.id",
            Evaluation.class)
        .setParameter("m", ids)
        .getResultList()
        .stream()
        .map(
            e ->
                new EvaluationView(
                    e.getMunicipality().getId(),
                    e.getMunicipality().getName(),
                    e.getMoment(),
                    e.getSatisfaction(),
                    e.getEagerness(),
                    e.getComments(),
                    e.getSubmittedAt()))
        .collect(
            java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), PilotRegister::momentsInOrder));
  }

  /**
   * Keeps the municipalities' order (by name, as the database sorts) and puts their moments in time
   * order.
   */
  private static List<EvaluationView> momentsInOrder(List<EvaluationView> byName) {
    java.util.Map<Long, Integer> first = new java.util.HashMap<>();
    for (EvaluationView v : byName) {
      first.putIfAbsent(v.municipalityId(), first.size());
    }
    return byName.stream()
        .sorted(
            java.util.Comparator.comparing((EvaluationView v) -> first.get(v.municipalityId()))
                .thenComparing(EvaluationView::moment))
        .toList();
  }

  /** Whether the municipality went live: at least one integration succeeded in production. */
  public boolean live(long municipalityId) {
    return em.createQuery(
                "SELECT COUNT(s) FROM IntegrationStatus s, IntegrationDossier d WHERE d.id = s.dossierId"
                    + " AND d.municipality.id = :m AND s.environment = :e AND s.state = :st",
                Long.class)
            .setParameter("m", municipalityId)
            .setParameter("e", be.vlaanderen.crt.portal.pilot.dossier.Env.PRD)
            .setParameter("st", be.vlaanderen.crt.portal.pilot.dossier.IntegrationState.SUCCEEDED)
            .getSingleResult()
        > 0;
  }

  private boolean selected(long municipalityId) {
    return !em.createQuery(
            "SELECT a.id FROM PilotApplication a WHERE a.municipality.id = :m AND a.decision = :d",
            Long.class)
        .setParameter("m", municipalityId)
        .setParameter("d", Decision.SELECTED)
        .getResultList()
        .isEmpty();
  }
}
