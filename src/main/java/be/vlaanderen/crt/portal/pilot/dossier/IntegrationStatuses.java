package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of a dossier per building block (ACM, IDM) and environment (T&I, PRD): moves checked
 * against {@link StatusRules} and the failed tests, each move recorded as a transition and audited.
 */
@ApplicationScoped
public class IntegrationStatuses {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject DossierAccess rights;

  /** Status of one building block on one environment, with the moves it allows. */
  public record StatusView(
      String key,
      Block block,
      Env environment,
      IntegrationState state,
      Instant since,
      List<IntegrationState> allowed)
      implements Serializable {}

  /** A recorded status move. */
  public record TransitionView(
      String key, IntegrationState from, IntegrationState to, Instant at, String actor, String note)
      implements Serializable {}

  /** Moves one status; nonsense moves are refused with 409 and change nothing. */
  @Transactional
  public StatusView move(
      UserAccount account, long dossierId, Block block, Env env, IntegrationState to, String note) {
    IntegrationDossier d = rights.statusEditable(account, dossierId);
    if (block == null || env == null || to == null) {
      throw new InvalidInputException("pilot.status.unknown");
    }
    List<IntegrationStatus> rows =
        em.createQuery(
                "SELECT s FROM IntegrationStatus s WHERE s.dossierId = :d AND s.block = :b",
                IntegrationStatus.class)
            .setParameter("d", d.getId())
            .setParameter("b", block)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    IntegrationStatus target =
        rows.stream().filter(s -> s.getEnvironment() == env).findFirst().orElseThrow();
    IntegrationState ti =
        rows.stream()
            .filter(s -> s.getEnvironment() == Env.TI)
            .map(IntegrationStatus::getState)
            .findFirst()
            .orElse(IntegrationState.NOT_STARTED);
    IntegrationState prd =
        rows.stream()
            .filter(s -> s.getEnvironment() == Env.PRD)
            .map(IntegrationStatus::getState)
            .findFirst()
            .orElse(IntegrationState.NOT_STARTED);
    IntegrationState from = target.getState();
    String refusal = StatusRules.refusal(env, from, to, ti, prd);
    if (refusal != null) {
      throw new ConflictException(refusal);
    }
    if (to == IntegrationState.SUCCEEDED) {
      long failed =
          em.createQuery(
                  "SELECT COUNT(r) FROM TestResult r WHERE r.dossierId = :d AND r.block = :b"
                      + " AND r.environment = :e AND r.outcome = :o",
                  Long.class)
              .setParameter("d", d.getId())
              .setParameter("b", block)
              .setParameter("e", env)
              .setParameter("o", TestResult.Outcome.FAIL)
              .getSingleResult();
      if (failed > 0) {
        throw new ConflictException("pilot.status.failedTests", failed);
      }
    }
    String why = Inputs.optional(note, 1000);
    Instant now = Instant.now();
    target.move(to, now);
    em.persist(
        new IntegrationTransition(
            d.getId(), block, env, from, to, now, account.getUsername(), why));
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "INTEGRATION_STATUS_CHANGED",
        "IntegrationDossier",
        d.getId(),
        block + " " + env + ": " + from + " → " + to);
    em.flush();
    return statuses(d.getId()).stream()
        .filter(s -> s.block() == block && s.environment() == env)
        .findFirst()
        .orElseThrow();
  }

  public List<TransitionView> transitions(UserAccount account, long dossierId) {
    rights.readable(account, dossierId);
    return em
        .createQuery(
            "SELECT t FROM IntegrationTransition t WHERE t.dossierId = :d ORDER BY t.occurredAt DESC, t.id DESC",
            IntegrationTransition.class)
        .setParameter("d", dossierId)
        .getResultList()
        .stream()
        .map(
            t ->
                new TransitionView(
                    t.getBlock() + "_" + t.getEnvironment(),
                    t.getFromState(),
                    t.getToState(),
                    t.getOccurredAt(),
                    t.getActor(),
                    t.getNote()))
        .toList();
  }

  /** The status of every building block on every environment, with the moves each allows. */
  public List<StatusView> statuses(long dossierId) {
    Map<String, IntegrationStatus> byKey = new HashMap<>();
    em.createQuery(
            "SELECT s FROM IntegrationStatus s WHERE s.dossierId = :d", IntegrationStatus.class)
        .setParameter("d", dossierId)
        .getResultList()
        .forEach(s -> byKey.put(s.getBlock() + "_" + s.getEnvironment(), s));
    List<StatusView> views = new ArrayList<>();
    for (Block b : Block.values()) {
      for (Env e : Env.values()) {
        IntegrationStatus s = byKey.get(b + "_" + e);
        IntegrationState state = s == null ? IntegrationState.NOT_STARTED : s.getState();
        IntegrationStatus ti = byKey.get(b + "_" + Env.TI);
        IntegrationState tiState = ti == null ? IntegrationState.NOT_STARTED : ti.getState();
        IntegrationStatus prd = byKey.get(b + "_" + Env.PRD);
        IntegrationState prdState = prd == null ? IntegrationState.NOT_STARTED : prd.getState();
        List<IntegrationState> allowed =
            state.next().stream()
                .filter(to -> StatusRules.refusal(e, state, to, tiState, prdState) == null)
                .toList();
        views.add(
            new StatusView(b + "_" + e, b, e, state, s == null ? null : s.getSince(), allowed));
      }
    }
    return views;
  }
}
