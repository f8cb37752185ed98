package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Hit;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.selfevaluation.Question;
import be.vlaanderen.crt.portal.selfevaluation.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The anonymous self-check of the toolkit: the self-evaluation's ten questions answered without an
 * account, scored per theme, with advice that points the weakest themes to published lessons and
 * templates. Nothing is stored, unless the visitor asks for a link to the result: then only the ten
 * scores are kept, under a random token.
 */
@ApplicationScoped
public class SelfCheck {

  /** Question number → the toolkit theme it speaks of. */
  static final Theme[] THEME_OF_QUESTION = {
    Theme.GOVERNANCE,
    Theme.BIA_METHOD,
    Theme.MTPD_RTO_RPO,
    Theme.ICT_DEPENDENCIES,
    Theme.CRISIS_ORGANISATION,
    Theme.CRISIS_ORGANISATION,
    Theme.INFORMATION_SECURITY,
    Theme.SUPPLIERS,
    Theme.CRISIS_COMMUNICATION,
    Theme.EXERCISE_MAINTENANCE
  };

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject SearchService search;

  /** A theme's score (average of its questions, 0–3) and, for weak themes, what to read. */
  public record ThemeScore(Theme theme, double score, boolean weak, List<Hit> advice)
      implements Serializable {
    public int percent() {
      return (int) Math.round(score / 3.0 * 100);
    }
  }

  public List<Question> questions() {
    Questionnaire q =
        em.createQuery("SELECT q FROM Questionnaire q ORDER BY q.version DESC", Questionnaire.class)
            .setMaxResults(1)
            .getSingleResult();
    return q.getQuestions().stream().sorted(Comparator.comparingInt(Question::getNumber)).toList();
  }

  /**
   * Scores ten answers (0–3 each). Every theme scoring below 2 is weak and gets up to three
   * published lessons or resources; the weakest come first.
   */
  public List<ThemeScore> score(int[] answers) {
    validate(answers);
    Map<Theme, double[]> sums = new EnumMap<>(Theme.class);
    for (int i = 0; i < answers.length; i++) {
      double[] s = sums.computeIfAbsent(THEME_OF_QUESTION[i], t -> new double[2]);
      s[0] += answers[i];
      s[1]++;
    }
    List<ThemeScore> scores = new ArrayList<>();
    sums.forEach((theme, s) -> scores.add(new ThemeScore(theme, s[0] / s[1], false, List.of())));
    scores.sort(Comparator.comparingDouble(ThemeScore::score).thenComparing(ThemeScore::theme));
    List<ThemeScore> result = new ArrayList<>();
    for (ThemeScore ts : scores) {
      // One rule for every theme: below 2 is weak and gets advice (with a cap of three, a fourth
      // theme with the same score was shown as fine, without advice).
      boolean weak = ts.score() < 2;
      if (weak) {
        List<Hit> advice =
            search
                .search(
                    new Request(null, ts.theme().name(), null, null, 0, 3), Searches.publicOnly())
                .hits();
        result.add(new ThemeScore(ts.theme(), ts.score(), true, advice));
      } else {
        result.add(ts);
      }
    }
    return result;
  }

  /** Keeps the answers under a new random token, for a link the visitor can come back to. */
  @Transactional
  public String save(int[] answers) {
    validate(answers);
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    em.createNativeQuery(
            "INSERT INTO self_check_result (token, answers, created_at) VALUES (?, ?, ?)")
        .setParameter(1, token)
        .setParameter(2, encode(answers))
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
    return token;
  }

  public int[] load(String token) {
    if (token == null || !token.matches("[0-9a-f]{32}")) {
      throw new NotVisibleException("Self-check");
    }
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery("SELECT answers FROM self_check_result WHERE token = ?")
            .setParameter(1, token)
            .getResultList();
    if (rows.isEmpty()) {
      throw new NotVisibleException("Self-check");
    }
    return rows.get(0).chars().map(c -> c - '0').toArray();
  }

  static String encode(int[] answers) {
    StringBuilder s = new StringBuilder();
    for (int a : answers) {
      s.append(a);
    }
    return s.toString();
  }

  static void validate(int[] answers) {
    if (answers == null || answers.length != THEME_OF_QUESTION.length) {
      throw new InvalidInputException("selfcheck.invalid.incomplete");
    }
    for (int a : answers) {
      if (a < 0 || a > 3) {
        throw new InvalidInputException("selfcheck.invalid.incomplete");
      }
    }
  }
}
