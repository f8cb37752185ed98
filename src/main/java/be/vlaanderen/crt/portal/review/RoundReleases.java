package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.ReviewState;
import be.vlaanderen.crt.portal.submission.Submission;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Releasing a feedback round to municipalities: one submission's municipality (a reviewer) or the
 * whole wave (the coordinator). A release makes the round's remarks meant for the municipality
 * visible, moves the submission to "feedback available", mails the municipality and is audited.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class RoundReleases {

  @PersistenceContext private EntityManager em;

  @Inject SubmissionService submissions;

  @Inject Rounds rounds;

  @Inject AuditLog audit;

  @Inject ReviewMails notifications;

  /** Result of a release. */
  public record Released(int municipalities, int remarks) {}

  /**
   * Releases the submission's round to its municipality: from now on it sees the round's remarks
   * meant for it, and gets an e-mail. Releasing twice changes nothing.
   */
  @Transactional
  public Released release(UserAccount account, long submissionId) {
    Submission submission = submissions.submission(account, submissionId);
    ReviewService.requireCrt(account);
    FeedbackRound round = rounds.roundOf(submission);
    if (round == null) {
      throw new InvalidInputException("review.invalid.noRound");
    }
    if (rounds.isReleased(round.getId(), submission.getMunicipality().getId())) {
      throw new ConflictException("review.conflict.alreadyReleased");
    }
    int count = releaseOne(account, round, submission);
    return new Released(1, count);
  }

  /**
   * The coordinator releases a round for every municipality of the wave that handed something in.
   */
  @Transactional
  public Released releaseWave(UserAccount account, long roundId) {
    Rounds.requireCoordinator(account);
    FeedbackRound round = rounds.round(roundId);
    List<Submission> handedIn =
        em.createQuery(
                "SELECT s FROM Submission s WHERE s.assignment.wave.id = :w AND s.assignment.kind = :k"
                    + " AND NOT EXISTS (SELECT x FROM RoundRelease x WHERE x.round.id = :r"
                    + " AND x.municipality.id = s.municipality.id) ORDER BY s.municipality.name",
                Submission.class)
            .setParameter("w", round.getWave().getId())
            .setParameter("k", round.getAssignmentKind())
            .setParameter("r", round.getId())
            .getResultList();
    int remarks = 0;
    for (Submission submission : handedIn) {
      remarks += releaseOne(account, round, submission);
    }
    return new Released(handedIn.size(), remarks);
  }

  private int releaseOne(UserAccount account, FeedbackRound round, Submission submission) {
    Instant now = Instant.now();
    em.persist(new RoundRelease(round, submission.getMunicipality(), now, account.getUsername()));
    submission.review(ReviewState.FEEDBACK_AVAILABLE, now);
    int visible =
        em.createQuery(
                "SELECT COUNT(r) FROM Remark r WHERE r.submission.id = :s AND r.visibility = :v",
                Long.class)
            .setParameter("s", submission.getId())
            .setParameter("v", Visibility.MUNICIPALITY)
            .getSingleResult()
            .intValue();
    notifications.feedbackReleased(
        round.getId(),
        round.getNumber(),
        round.getWave().getName(),
        submission.getMunicipality().getId(),
        submission.getMunicipality().getName(),
        visible,
        submission.getId());
    audit.recordFor(
        submission.getMunicipality().getId(),
        account.getUsername(),
        "ROUND_RELEASED",
        "FeedbackRound",
        round.getId(),
        "round " + round.getNumber() + ", " + visible + " remarks");
    return visible;
  }
}
