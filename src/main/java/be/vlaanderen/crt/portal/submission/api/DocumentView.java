package be.vlaanderen.crt.portal.submission.api;

import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.completeness.FindingTexts;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A document version as the API shows it, with its completeness check when it is a BIA or BCP.
 *
 * @param completeness null when the assignment has no check
 */
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
    Instant uploadedAt,
    CompletenessView completeness) {

  /** The completeness check's outcome with each finding as code, sentence and place. */
  public record CompletenessView(String outcome, List<FindingView> findings) {}

  /** One finding: the code for scripts, the message for people, and where. */
  public record FindingView(
      String code, String message, Integer row, String column, String section) {}

  static DocumentView of(DocumentVersion v, CompletenessReport report, Locale locale) {
    CompletenessView completeness =
        report == null
            ? null
            : new CompletenessView(
                report.outcome().name(),
                report.findings().stream()
                    .map(
                        f ->
                            new FindingView(
                                f.code(),
                                FindingTexts.text(f, locale),
                                f.row(),
                                f.column(),
                                f.section()))
                    .toList());
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
        v.getUploadedAt(),
        completeness);
  }
}
