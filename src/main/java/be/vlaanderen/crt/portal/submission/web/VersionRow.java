package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import java.io.Serializable;
import java.time.Instant;

/**
 * A document version as the assignment page lists it (a detached, serializable copy for the view
 * scope).
 */
public record VersionRow(
    long id,
    int version,
    String fileName,
    String originalFileName,
    long size,
    String mediaType,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    CompletenessReport completeness)
    implements Serializable {

  static VersionRow of(DocumentVersion v, CompletenessReport completeness) {
    return new VersionRow(
        v.getId(),
        v.getVersionNumber(),
        v.getFileName(),
        v.getOriginalFileName(),
        v.getSize(),
        v.getMediaType(),
        v.getSha256(),
        v.getUploadedBy(),
        v.getUploadedAt(),
        completeness);
  }

  /** Whether the name was changed to make it safe; then the page shows the original too. */
  public boolean isRenamed() {
    return !fileName.equals(originalFileName);
  }
}
