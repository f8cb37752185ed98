package be.vlaanderen.crt.portal.submission;

import java.time.Instant;

/** The status of an assignment for a municipality, as both sides see it. */
public enum SubmissionStatus {
  NOT_STARTED,
  SUBMITTED,
  IN_REVIEW,
  FEEDBACK_AVAILABLE,
  /** A new version arrived after the feedback. */
  REVISED,
  ACCEPTED;

  /**
   * Derives the status from the versions and the review state.
   *
   * @param lastUpload the newest version's upload time, null when none
   */
  public static SubmissionStatus of(
      int versions, ReviewState review, Instant reviewAt, Instant lastUpload) {
    if (versions == 0) {
      return NOT_STARTED;
    }
    if (review == null) {
      return SUBMITTED;
    }
    return switch (review) {
      case IN_REVIEW -> IN_REVIEW;
      case ACCEPTED -> ACCEPTED;
      case FEEDBACK_AVAILABLE ->
          lastUpload != null && reviewAt != null && lastUpload.isAfter(reviewAt)
              ? REVISED
              : FEEDBACK_AVAILABLE;
    };
  }
}
