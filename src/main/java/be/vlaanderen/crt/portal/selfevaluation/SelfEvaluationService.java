package be.vlaanderen.crt.portal.selfevaluation;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Track;
import be.vlaanderen.crt.portal.programme.Wave;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading and saving a municipality's self-evaluation, and comparing it with its wave. Who may see
 * a municipality's scores is decided by {@link AccessPolicy} (as for its documents); only the
 * municipality's own contact persons fill it in.
 */
@ApplicationScoped
public class SelfEvaluationService {

  /** Below this many respondents the wave median would expose individual municipalities. */
  public static final int MINIMUM_FOR_MEDIAN = 5;

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject AuditLog audit;

  /** A question as pages and the API show it. */
  public record QuestionView(int number, String theme, String text, String guidance)
      implements Serializable {}

  /** One given answer. */
  public record AnswerView(int number, int score, String remark) implements Serializable {}

  /** The answers of one moment. */
  public record MomentView(
      Moment moment, Instant updatedAt, String updatedBy, List<AnswerView> answers)
      implements Serializable {}

  /**
   * The wave's picture for one moment: how many municipalities answered, and the median per
   * question (null while fewer than {@link #MINIMUM_FOR_MEDIAN} answered).
   */
  public record WaveComparison(Moment moment, String wave, int respondents, List<Double> median)
      implements Serializable {}

  /** Everything about one municipality's self-evaluation. */
  public record Overview(
      long municipalityId,
      String municipality,
      int questionnaireVersion,
      String title,
      List<QuestionView> questions,
      List<MomentView> moments,
      List<WaveComparison> wave)
      implements Serializable {

    public MomentView moment(Moment moment) {
      return moments.stream().filter(m -> m.moment() == moment).findFirst().orElse(null);
    }

    public WaveComparison comparison(Moment moment) {
      return wave.stream().filter(w -> w.moment() == moment).findFirst().orElse(null);
    }
  }

  /** One answer as a person or script sends it. */
  public record AnswerInput(int number, Integer score, String remark) {}

  public Overview overview(UserAccount account, long municipalityId) {
    Municipality municipality = visibleMunicipality(account, municipalityId);
    Questionnaire questionnaire = latestQuestionnaire();
    List<MomentView> moments =
        em
            .createNamedQuery("SelfEvaluation.of", SelfEvaluation.class)
            .setParameter("municipalityId", municipalityId)
            .setParameter("questionnaireId", questionnaire.getId())
            .getResultList()
            .stream()
            .sorted(Comparator.comparing(SelfEvaluation::getMoment))
            .map(SelfEvaluationService::view)
            .toList();
    List<WaveComparison> comparisons = new ArrayList<>();
    Wave wave = bcpWave(municipalityId);
    if (wave != null) {
      for (Moment moment : Moment.values()) {
        comparisons.add(compare(wave, questionnaire, moment));
      }
    }
    return new Overview(
        municipality.getId(),
        municipality.getName(),
        questionnaire.getVersion(),
        questionnaire.getTitle(),
        questionnaire.getQuestions().stream()
            .map(q -> new QuestionView(q.getNumber(), q.getTheme(), q.getText(), q.getGuidance()))
            .toList(),
        moments,
        comparisons);
  }

  /**
   * Saves a complete set of answers for one moment, replacing earlier ones.
   *
   * @throws InvalidInputException a question is unanswered, a score is outside 0-3, a remark too
   *     long
   */
  @Transactional
  public Overview save(
      UserAccount account, long municipalityId, Moment moment, List<AnswerInput> answers) {
    Municipality municipality = visibleMunicipality(account, municipalityId);
    if (!access.mayUpload(account, municipalityId)) {
      throw new NotPermittedException("Only the municipality fills in its self-evaluation");
    }
    if (moment == null) {
      throw new InvalidInputException("selfEvaluation.invalid.moment");
    }
    Questionnaire questionnaire = latestQuestionnaire();
    Map<Integer, AnswerInput> byNumber = validate(questionnaire, answers);
    SelfEvaluation evaluation =
        em.createNamedQuery("SelfEvaluation.of", SelfEvaluation.class)
            .setParameter("municipalityId", municipalityId)
            .setParameter("questionnaireId", questionnaire.getId())
            .getResultStream()
            .filter(e -> e.getMoment() == moment)
            .findFirst()
            .orElseGet(
                () -> {
                  SelfEvaluation created = new SelfEvaluation(municipality, questionnaire, moment);
                  em.persist(created);
                  return created;
                });
    for (Question question : questionnaire.getQuestions()) {
      AnswerInput input = byNumber.get(question.getNumber());
      String remark =
          input.remark() == null || input.remark().isBlank() ? null : input.remark().strip();
      evaluation.answer(question, input.score(), remark);
    }
    evaluation.touch(account.getUsername(), Instant.now());
    em.flush();
    audit.recordFor(
        municipalityId,
        account.getUsername(),
        "SELF_EVALUATION_SAVED",
        "SelfEvaluation",
        evaluation.getId(),
        "municipality " + municipalityId + " moment " + moment);
    return overview(account, municipalityId);
  }

  private static Map<Integer, AnswerInput> validate(
      Questionnaire questionnaire, List<AnswerInput> answers) {
    if (answers == null) {
      throw new InvalidInputException("selfEvaluation.invalid.missing", 1);
    }
    Set<Integer> seen = new HashSet<>();
    for (AnswerInput answer : answers) {
      if (answer == null || !seen.add(answer.number())) {
        throw new InvalidInputException("selfEvaluation.invalid.duplicate");
      }
    }
    Map<Integer, AnswerInput> byNumber =
        answers.stream().collect(Collectors.toMap(AnswerInput::number, Function.identity()));
    for (Question question : questionnaire.getQuestions()) {
      AnswerInput answer = byNumber.get(question.getNumber());
      if (answer == null || answer.score() == null) {
        throw new InvalidInputException("selfEvaluation.invalid.missing", question.getNumber());
      }
      if (answer.score() < 0 || answer.score() > Answer.MAX_SCORE) {
        throw new InvalidInputException("selfEvaluation.invalid.score", question.getNumber());
      }
      if (answer.remark() != null && answer.remark().strip().length() > Answer.MAX_REMARK) {
        throw new InvalidInputException(
            "selfEvaluation.invalid.remark", question.getNumber(), Answer.MAX_REMARK);
      }
    }
    if (byNumber.size() != questionnaire.getQuestions().size()) {
      throw new InvalidInputException("selfEvaluation.invalid.unknownQuestion");
    }
    return byNumber;
  }

  private WaveComparison compare(Wave wave, Questionnaire questionnaire, Moment moment) {
    List<int[]> scores =
        em
            .createNamedQuery("SelfEvaluation.ofWave", SelfEvaluation.class)
            .setParameter("waveId", wave.getId())
            .setParameter("questionnaireId", questionnaire.getId())
            .setParameter("moment", moment)
            .getResultList()
            .stream()
            .map(
                e ->
                    e.getAnswers().stream()
                        .sorted(Comparator.comparingInt(a -> a.getQuestion().getNumber()))
                        .mapToInt(Answer::getScore)
                        .toArray())
            .toList();
    return new WaveComparison(
        moment,
        wave.getName(),
        scores.size(),
        Medians.perQuestion(scores, MINIMUM_FOR_MEDIAN).orElse(null));
  }

  private Wave bcpWave(long municipalityId) {
    return em.createQuery(
            "SELECT e.wave FROM Enrollment e WHERE e.municipality.id = :m"
                + " AND e.wave.programme.track = :track ORDER BY e.wave.id",
            Wave.class)
        .setParameter("m", municipalityId)
        .setParameter("track", Track.BCP)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Municipality visibleMunicipality(UserAccount account, long municipalityId) {
    Municipality municipality = em.find(Municipality.class, municipalityId);
    if (municipality == null || !access.mayReadDocuments(account, municipalityId)) {
      throw new NotVisibleException("Municipality " + municipalityId);
    }
    return municipality;
  }

  private Questionnaire latestQuestionnaire() {
    return em.createNamedQuery("Questionnaire.latest", Questionnaire.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static MomentView view(SelfEvaluation evaluation) {
    return new MomentView(
        evaluation.getMoment(),
        evaluation.getUpdatedAt(),
        evaluation.getUpdatedBy(),
        evaluation.getAnswers().stream()
            .sorted(Comparator.comparingInt(a -> a.getQuestion().getNumber()))
            .map(a -> new AnswerView(a.getQuestion().getNumber(), a.getScore(), a.getRemark()))
            .toList());
  }
}
