package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A remark as one reader sees it on one version of the document.
 *
 * @param start where the passage is on the version shown, or null (general remark, not found, or
 *     made on a later version)
 * @param anchor how the passage was found again when the remark was made on an earlier version
 * @param anchorVersionId the later version {@code anchor}, {@code start} and {@code end} are about
 * @param anchorVersionNumber its number (carry-over), else null
 * @param carriedOver made in an earlier round on another submission (the BCP, for the BCP update)
 * @param released whether the municipality can see it (visible remark in a released round)
 * @param deletable whether the reader may delete it now: the service's own rule (its author or a
 *     coordinator; a draft made here, not released, not answered, not become a lesson)
 */
public record RemarkView(
    long id,
    long submissionId,
    int round,
    RemarkKind kind,
    Theme theme,
    Visibility visibility,
    String body,
    String author,
    String authorUsername,
    Instant created,
    Instant modified,
    String exact,
    String prefix,
    String suffix,
    Integer originalStart,
    Integer originalEnd,
    Integer page,
    long versionId,
    int versionNumber,
    Integer start,
    Integer end,
    AnchorState anchor,
    Long anchorVersionId,
    Integer anchorVersionNumber,
    boolean carriedOver,
    boolean released,
    Instant processedAt,
    List<ReplyView> replies,
    long revision,
    boolean deletable)
    implements Serializable {

  public boolean isGeneral() {
    return exact == null;
  }

  public boolean isProcessed() {
    return processedAt != null;
  }

  public boolean isInternal() {
    return visibility == Visibility.INTERNAL;
  }

  /** One message of the thread under a remark. */
  public record ReplyView(
      long id,
      String author,
      String authorUsername,
      boolean fromMunicipality,
      String body,
      Instant created)
      implements Serializable {}
}
