package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.pilot.dossier.IntegrationState;
import be.vlaanderen.crt.portal.pilot.register.EvaluationMoment;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pilot's KPIs: successful integrations per building block and environment (and the
 * municipalities with at least one), per group, and satisfaction and eagerness from the
 * evaluations. For coordinators and the steering committee.
 */
@ApplicationScoped
public class PilotKpis {

  static final String[] KEYS = {"ACM_TI", "ACM_PRD", "IDM_TI", "IDM_PRD"};

  @PersistenceContext private EntityManager em;

  /** Successful integrations and the municipalities they belong to. */
  public record Count(int integrations, int municipalities) implements Serializable {}

  /** One group's figures. */
  public record GroupKpis(
      int number,
      String name,
      int municipalities,
      int dossiers,
      Count acmTi,
      Count acmPrd,
      Count idmTi,
      Count idmPrd)
      implements Serializable {}

  /** Average (two decimals, null without answers), number of answers, and how many gave 1…5. */
  public record Score(BigDecimal average, int responses, Map<String, Integer> distribution)
      implements Serializable {}

  /** The whole set, as {@code GET /api/pilot/kpis} returns it. */
  public record Kpis(
      Count acmTi,
      Count acmPrd,
      Count idmTi,
      Count idmPrd,
      int dossiers,
      int municipalities,
      List<GroupKpis> byGroup,
      Score satisfaction,
      Score eagerness,
      Score satisfactionBefore,
      Score satisfactionDuring)
      implements Serializable {

    /** Satisfaction at a moment: BEFORE, DURING or AFTER (for pages that loop over them). */
    public Score satisfactionAt(String moment) {
      return switch (moment) {
        case "BEFORE" -> satisfactionBefore;
        case "DURING" -> satisfactionDuring;
        default -> satisfaction;
      };
    }
  }

  public Kpis kpis(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee");
    }
    // dossier id → municipality id
    Map<Long, Long> dossierMunicipality = new HashMap<>();
    em.createQuery("SELECT d.id, d.municipality.id FROM IntegrationDossier d", Object[].class)
        .getResultList()
        .forEach(r -> dossierMunicipality.put((Long) r[0], (Long) r[1]));
    // municipality id → group number; group number → name, member count
    Map<Long, Integer> groupOf = new HashMap<>();
    Map<Integer, String> groupNames = new LinkedHashMap<>();
    Map<Integer, Integer> groupSize = new HashMap<>();
    em.createQuery("SELECT g.number, g.name FROM PilotGroup g ORDER BY g.number", Object[].class)
        .getResultList()
        .forEach(r -> groupNames.put((Integer) r[0], (String) r[1]));
    em.createQuery(
            "SELECT a.municipality.id, a.group.number FROM PilotApplication a WHERE a.decision = :d AND a.group IS NOT NULL",
            Object[].class)
        .setParameter("d", Decision.SELECTED)
        .getResultList()
        .forEach(
            r -> {
              groupOf.put((Long) r[0], (Integer) r[1]);
              groupSize.merge((Integer) r[1], 1, Integer::sum);
            });
    long selected =
        em.createQuery("SELECT COUNT(a) FROM PilotApplication a WHERE a.decision = :d", Long.class)
            .setParameter("d", Decision.SELECTED)
            .getSingleResult();
    // successes: key → dossier ids
    Map<String, List<Long>> successes = new HashMap<>();
    for (String k : KEYS) {
      successes.put(k, new ArrayList<>());
    }
    em.createQuery(
            "SELECT s.dossierId, s.block, s.environment FROM IntegrationStatus s WHERE s.state = :st",
            Object[].class)
        .setParameter("st", IntegrationState.SUCCEEDED)
        .getResultList()
        .forEach(r -> successes.get(r[1] + "_" + r[2]).add((Long) r[0]));

    List<GroupKpis> byGroup = new ArrayList<>();
    for (Map.Entry<Integer, String> g : groupNames.entrySet()) {
      int number = g.getKey();
      Count[] counts = new Count[KEYS.length];
      for (int i = 0; i < KEYS.length; i++) {
        counts[i] =
            count(
                successes.get(KEYS[i]),
                dossierMunicipality,
                m -> groupOf.get(m) != null && groupOf.get(m) == number);
      }
      int dossiers =
          (int)
              dossierMunicipality.values().stream()
                  .filter(m -> groupOf.get(m) != null && groupOf.get(m) == number)
                  .count();
      byGroup.add(
          new GroupKpis(
              number,
              g.getValue(),
              groupSize.getOrDefault(number, 0),
              dossiers,
              counts[0],
              counts[1],
              counts[2],
              counts[3]));
    }
    Count[] all = new Count[KEYS.length];
    for (int i = 0; i < KEYS.length; i++) {
      all[i] = count(successes.get(KEYS[i]), dossierMunicipality, m -> true);
    }
    List<Object[]> evaluations = evaluations(EvaluationMoment.AFTER);
    return new Kpis(
        all[0],
        all[1],
        all[2],
        all[3],
        dossierMunicipality.size(),
        (int) selected,
        byGroup,
        score(evaluations, 0),
        score(evaluations, 1),
        score(evaluations(EvaluationMoment.BEFORE), 0),
        score(evaluations(EvaluationMoment.DURING), 0));
  }

  /** (satisfaction, eagerness) of every evaluation at a moment (eagerness only after go-live). */
  private List<Object[]> evaluations(EvaluationMoment moment) {
    return em.createQuery(
            "SELECT e.satisfaction, e.eagerness FROM Evaluation e WHERE e.moment = :t",
            Object[].class)
        .setParameter("t", moment)
        .getResultList();
  }

  private static Count count(
      List<Long> dossierIds,
      Map<Long, Long> dossierMunicipality,
      java.util.function.LongPredicate municipalityFilter) {
    int integrations = 0;
    Set<Long> municipalities = new HashSet<>();
    for (Long d : dossierIds) {
      Long m = dossierMunicipality.get(d);
      if (m != null && municipalityFilter.test(m)) {
        integrations++;
        municipalities.add(m);
      }
    }
    return new Count(integrations, municipalities.size());
  }

  /**
   * Average (two decimals), number of answers and distribution of one column of (satisfaction,
   * eagerness) rows.
   */
  public static Score score(List<Object[]> evaluations, int column) {
    Map<String, Integer> distribution = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      distribution.put(Integer.toString(i), 0);
    }
    int sum = 0;
    for (Object[] e : evaluations) {
      int v = (Integer) e[column];
      sum += v;
      distribution.merge(Integer.toString(v), 1, Integer::sum);
    }
    BigDecimal average =
        evaluations.isEmpty()
            ? null
            : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(evaluations.size()), 2, RoundingMode.HALF_UP);
    return new Score(average, evaluations.size(), distribution);
  }
}
