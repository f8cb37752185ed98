package be.vlaanderen.crt.portal.platform.jobs;

import java.time.Instant;

/**
 * What a background job did last on this node.
 *
 * @param lastSuccess end of the last run that finished without an exception (null: none yet)
 * @param lastFailure end of the last run that threw (null: none yet)
 * @param lastError the last exception's class and message
 * @param consecutiveFailures runs that threw since the last success
 */
public record JobState(
    String name,
    Instant registered,
    Instant lastSuccess,
    Instant lastFailure,
    String lastError,
    int consecutiveFailures,
    long runs) {

  /** When the job last did its work, or when it was registered if it never did. */
  public Instant lastProgress() {
    return lastSuccess != null ? lastSuccess : registered;
  }
}
