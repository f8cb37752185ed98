package be.vlaanderen.crt.portal.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionStatusTest {

  private static final Instant FEEDBACK = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theStatusFollowsTheVersionsAndTheReview() {
    assertEquals(SubmissionStatus.NOT_STARTED, SubmissionStatus.of(0, null, null, null));
    assertEquals(SubmissionStatus.SUBMITTED, SubmissionStatus.of(1, null, null, FEEDBACK));
    assertEquals(
        SubmissionStatus.IN_REVIEW,
        SubmissionStatus.of(1, ReviewState.IN_REVIEW, FEEDBACK, FEEDBACK.minusSeconds(60)));
    assertEquals(
        SubmissionStatus.ACCEPTED,
        SubmissionStatus.of(2, ReviewState.ACCEPTED, FEEDBACK, FEEDBACK.minusSeconds(60)));
  }

  @Test
  void aVersionAfterTheFeedbackMakesItRevised() {
    assertEquals(
        SubmissionStatus.FEEDBACK_AVAILABLE,
        SubmissionStatus.of(
            1, ReviewState.FEEDBACK_AVAILABLE, FEEDBACK, FEEDBACK.minusSeconds(3600)));
    assertEquals(
        SubmissionStatus.REVISED,
        SubmissionStatus.of(
            2, ReviewState.FEEDBACK_AVAILABLE, FEEDBACK, FEEDBACK.plusSeconds(3600)));
  }
}
