package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.programme.AssignmentKind;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One assignment as it stands for one municipality: what the worklists and the API show.
 *
 * @param submissionId null while nothing has been handed in
 */
public record AssignmentStatus(
    long assignmentId,
    AssignmentKind kind,
    String title,
    LocalDateTime deadline,
    String wave,
    long municipalityId,
    String municipality,
    Long submissionId,
    int versionCount,
    Instant lastUploadAt,
    SubmissionStatus status)
    implements Serializable {

  @JsonbProperty("submitted")
  public boolean isSubmitted() {
    return versionCount > 0;
  }

  /** Past the deadline with nothing handed in. */
  @JsonbProperty("late")
  public boolean isLate() {
    return !isSubmitted()
        && deadline.isBefore(be.vlaanderen.crt.portal.platform.ProgrammeTime.now());
  }
}
