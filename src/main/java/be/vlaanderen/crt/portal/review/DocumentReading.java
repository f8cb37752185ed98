package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What the document page shows, read in one transaction: the submission is looked up and the
 * caller's right to it decided once, however many parts the page has (issue: 54 SQL statements a
 * view when each part read the submission again in a transaction of its own). The text is read
 * after, outside it, as reading it may need the object store.
 */
@ApplicationScoped
public class DocumentReading {

  @Inject ReviewService review;

  @Inject SubmissionService submissions;

  @Inject Assessments assessments;

  @Inject DocumentTexts texts;

  /** The page's data: who may do what, the versions, the one shown, its remarks, the assessment. */
  public record DocumentView(
      ReviewService.Overview overview,
      List<DocumentVersion> versions,
      DocumentVersion shown,
      List<RemarkView> remarks,
      RoundAssessment assessment) {}

  /** The submission as the caller may see it, on version {@code versionId} (null: the latest). */
  @Transactional
  public DocumentView read(UserAccount account, long submissionId, Long versionId) {
    ReviewService.Overview overview = review.overview(account, submissionId);
    List<DocumentVersion> versions = submissions.versions(account, submissionId);
    DocumentVersion shown =
        versions.stream()
            .filter(v -> versionId == null || v.getId().equals(versionId))
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("Version " + versionId));
    return new DocumentView(
        overview,
        versions,
        shown,
        review.remarksOn(account, overview, shown),
        assessments.assessmentOf(overview));
  }

  /**
   * The extracted text of the version a view shows (the view was read with the caller's rights).
   *
   * @throws be.vlaanderen.crt.portal.extraction.TextUnavailableException not extractable
   */
  public ExtractedText text(DocumentView view) {
    return texts.of(view.shown());
  }
}
