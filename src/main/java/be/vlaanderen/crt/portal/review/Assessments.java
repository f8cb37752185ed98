package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.Submission;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The reviewer's overall assessment of a submission per feedback round: written by the CRT, read by
 * the municipality once the round is released for it.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class Assessments {

  @PersistenceContext private EntityManager em;

  @Inject SubmissionService submissions;

  @Inject Rounds rounds;

  @Inject AuditLog audit;

  @Inject ReviewService review;

  /** The overall assessment of the submission's round, or null (unreleased, for a municipality). */
  @Transactional
  public RoundAssessment assessment(UserAccount account, long submissionId) {
    return assessmentOf(review.overview(account, submissionId));
  }

  /** The same for a submission whose overview the caller has just read. */
  @Transactional
  public RoundAssessment assessmentOf(ReviewService.Overview overview) {
    if (overview.round() == null || (overview.isMunicipality() && !overview.released())) {
      return null;
    }
    return findAssessment(overview.submission().getId(), overview.round().getId());
  }

  /** The reviewer writes the overall assessment of the submission's round. */
  @Transactional
  public void saveAssessment(UserAccount account, long submissionId, String text) {
    Submission submission = submissions.submission(account, submissionId);
    ReviewService.requireCrt(account);
    FeedbackRound round = rounds.roundOf(submission);
    if (round == null) {
      throw new InvalidInputException("review.invalid.noRound");
    }
    String body = ReviewService.validBody(text);
    RoundAssessment assessment = findAssessment(submissionId, round.getId());
    if (assessment == null) {
      assessment = new RoundAssessment(submission, round);
      assessment.write(body, account.getUsername(), Instant.now());
      em.persist(assessment);
    } else {
      assessment.write(body, account.getUsername(), Instant.now());
    }
    audit.recordFor(
        submission.getMunicipality().getId(),
        account.getUsername(),
        "ASSESSMENT_WRITTEN",
        "Submission",
        submissionId,
        "round " + round.getNumber());
  }

  private RoundAssessment findAssessment(long submissionId, long roundId) {
    return em.createQuery(
            "SELECT a FROM RoundAssessment a WHERE a.submission.id = :s AND a.round.id = :r",
            RoundAssessment.class)
        .setParameter("s", submissionId)
        .setParameter("r", roundId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
