package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.submission.DocumentVersion;
import java.time.Instant;

/** A document version as the API shows it. */
public record DocumentView(
    long submissionId,
    long versionId,
    int version,
    String fileName,
    String originalFileName,
    long size,
    String sha256,
    String mediaType,
    String uploadedBy,
    Instant uploadedAt) {

  static DocumentView of(DocumentVersion v) {
    return new DocumentView(
        v.getSubmission().getId(),
        v.getId(),
        v.getVersionNumber(),
        v.getFileName(),
        v.getOriginalFileName(),
        v.getSize(),
        v.getSha256(),
        v.getMediaType(),
        v.getUploadedBy(),
        v.getUploadedAt());
  }
}
