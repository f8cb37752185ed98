package be.vlaanderen.crt.portal.submission;

/** What the reviewer says about a submission. */
public enum ReviewState {
  IN_REVIEW,
  FEEDBACK_AVAILABLE,
  ACCEPTED
}
