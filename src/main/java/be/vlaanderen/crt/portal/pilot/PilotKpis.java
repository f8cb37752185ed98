package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.pilot.dossier.Block;
import be.vlaanderen.crt.portal.pilot.dossier.Env;
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
import java.util.Objects;
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
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$DossierOf(d.id, d.municipality.id)"
                + " FROM IntegrationDossier d",
            DossierOf.class)
        .getResultList()
        .forEach(r -> dossierMunicipality.put(r.dossier(), r.municipality()));
    // municipality id → group number; group number → name, member count
    Map<Long, Integer> groupOf = new HashMap<>();
    Map<Integer, String> groupNames = new LinkedHashMap<>();
    Map<Integer, Integer> groupSize = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$GroupName(g.number, g.name)"
                + " FROM PilotGroup g ORDER BY g.number",
            GroupName.class)
        .getResultList()
        .forEach(r -> groupNames.put(r.number(), r.name()));
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$Membership("
                + "a.municipality.id, a.group.number) FROM PilotApplication a"
                + " WHERE a.decision = :d AND a.group IS NOT NULL",
            Membership.class)
        .setParameter("d", Decision.SELECTED)
        .getResultList()
        .forEach(
            r -> {
              groupOf.put(r.municipality(), r.group());
              groupSize.merge(r.group(), 1, Integer::sum);
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
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$Success("
                + "s.dossierId, s.block, s.environment) FROM IntegrationStatus s WHERE s.state = :st",
            Success.class)
        .setParameter("st", IntegrationState.SUCCEEDED)
        .getResultList()
        .forEach(r -> successes.get(r.block() + "_" + r.environment()).add(r.dossier()));

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
    List<Answer> evaluations = evaluations(EvaluationMoment.AFTER);
    return new Kpis(
        all[0],
        all[1],
        all[2],
        all[3],
        dossierMunicipality.size(),
        (int) selected,
        byGroup,
        satisfaction(evaluations),
        eagerness(evaluations),
        satisfaction(evaluations(EvaluationMoment.BEFORE)),
        satisfaction(evaluations(EvaluationMoment.DURING)));
  }

  /** (satisfaction, eagerness) of every evaluation at a moment (eagerness only after go-live). */
  private List<Answer> evaluations(EvaluationMoment moment) {
    return em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.pilot.PilotKpis$Answer(e.satisfaction, e.eagerness)"
                + " FROM Evaluation e WHERE e.moment = :t",
            Answer.class)
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

  /** A dossier and its municipality. */
  public record DossierOf(Long dossier, Long municipality) {}

  /** A group's number and name. */
  public record GroupName(Integer number, String name) {}

  /** A selected municipality and the number of its group. */
  public record Membership(Long municipality, Integer group) {}

  /** A building block and environment on which a dossier succeeded. */
  public record Success(Long dossier, Block block, Env environment) {}

  /** One evaluation's answers: satisfaction, and eagerness (asked only after go-live). */
  public record Answer(Integer satisfaction, Integer eagerness) {}

  /** The satisfaction scores of the answers. */
  public static Score satisfaction(List<Answer> answers) {
    return score(answers.stream().map(Answer::satisfaction).toList());
  }

  /** The eagerness scores of the answers that have one. */
  public static Score eagerness(List<Answer> answers) {
    return score(answers.stream().map(Answer::eagerness).filter(Objects::nonNull).toList());
  }

  /** Average (two decimals), number of answers and distribution of scores from 1 to 5. */
  static Score score(List<Integer> scores) {
    Map<String, Integer> distribution = new LinkedHashMap<>();
    for (int i = 1; i <= 5; i++) {
      distribution.put(Integer.toString(i), 0);
    }
    int sum = 0;
    for (int v : scores) {
      sum += v;
      distribution.merge(Integer.toString(v), 1, Integer::sum);
    }
    BigDecimal average =
        scores.isEmpty()
            ? null
            : BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    return new Score(average, scores.size(), distribution);
  }
}
