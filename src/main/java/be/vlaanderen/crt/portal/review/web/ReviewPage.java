package be.vlaanderen.crt.portal.review.web;

import static be.vlaanderen.crt.portal.platform.PageFeedback.error;
import static be.vlaanderen.crt.portal.platform.PageFeedback.info;
import static be.vlaanderen.crt.portal.platform.PageFeedback.locale;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.review.Assessments;
import be.vlaanderen.crt.portal.review.DocumentReading;
import be.vlaanderen.crt.portal.review.DocumentReading.DocumentView;
import be.vlaanderen.crt.portal.review.RemarkInput;
import be.vlaanderen.crt.portal.review.RemarkKind;
import be.vlaanderen.crt.portal.review.RemarkView;
import be.vlaanderen.crt.portal.review.ReviewService;
import be.vlaanderen.crt.portal.review.ReviewService.Overview;
import be.vlaanderen.crt.portal.review.RoundAssessment;
import be.vlaanderen.crt.portal.review.RoundReleases;
import be.vlaanderen.crt.portal.review.Visibility;
import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import be.vlaanderen.crt.portal.review.web.TextViewRenderer.Highlight;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /review/document.xhtml?submission=…[&version=…]}: the document with its remarks. The CRT
 * selects passages and writes remarks, the overall assessment and releases the round; the
 * municipality reads the released remarks at their passages, replies and marks them processed.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ReviewPage.class.getName());

  @Inject CurrentUser currentUser;

  @Inject ReviewService review;

  @Inject RoundReleases releases;

  @Inject Assessments assessments;

  @Inject DocumentReading reading;

  private Long submissionId;
  private Long versionId;

  private String municipality;
  private long municipalityId;
  private long assignmentId;
  private String kind;
  private String wave;
  private int round;
  private boolean released;
  private Instant releasedAt;
  private boolean mayWrite;
  private boolean mayRelease;
  private boolean municipalityUser;

  private List<VersionItem> versions = List.of();
  private VersionItem shown;

  /**
   * The document as HTML: the largest part of the page by far, so not kept with the view (the
   * session, views included, is copied to the other nodes after every request); made again when a
   * view that moved to another node is shown.
   */
  private transient String textHtml;

  private boolean textTruncated;
  private String textError;
  private List<RemarkView> remarks = List.of();
  private String assessment;
  private String assessmentMeta;

  // The remark form.
  private Integer selStart;
  private Integer selEnd;
  private String selText;
  private RemarkKind newKind = RemarkKind.REMARK;
  private Theme newTheme;
  private Visibility newVisibility = Visibility.MUNICIPALITY;
  private String newBody;
  private final Map<Long, String> replyTexts = new HashMap<>();

  /** A version in the selector. */
  public record VersionItem(long id, int number, String fileName, String mediaType, Instant at)
      implements Serializable {
    public boolean isPdf() {
      return "application/pdf".equals(mediaType);
    }
  }

  public void load() throws IOException {
    IdParameter.required(submissionId, "Submission");
    refresh();
  }

  private void refresh() {
    UserAccount account = currentUser.account();
    DocumentView view = reading.read(account, submissionId, versionId);
    Overview overview = view.overview();
    var submission = overview.submission();
    municipality = submission.getMunicipality().getName();
    municipalityId = submission.getMunicipality().getId();
    assignmentId = submission.getAssignment().getId();
    kind = submission.getAssignment().getKind().name();
    wave = submission.getAssignment().getWave().getName();
    round = overview.round() == null ? 0 : overview.round().getNumber();
    released = overview.released();
    releasedAt = overview.releasedAt();
    mayWrite = overview.mayWrite();
    mayRelease = overview.mayRelease();
    municipalityUser = overview.isMunicipality();
    versions =
        view.versions().stream()
            .map(
                v ->
                    new VersionItem(
                        v.getId(),
                        v.getVersionNumber(),
                        v.getFileName(),
                        v.getMediaType(),
                        v.getUploadedAt()))
            .toList();
    shown = versions.stream().filter(v -> v.id() == view.shown().getId()).findFirst().orElseThrow();
    remarks = view.remarks();
    RoundAssessment found = view.assessment();
    assessment = found == null ? null : found.getBody();
    assessmentMeta =
        found == null
            ? null
            : found.getAuthor()
                + " · "
                + new be.vlaanderen.crt.portal.platform.Formats().dateTime(found.getUpdatedAt());
    renderText(view);
  }

  private void renderText(DocumentView view) {
    try {
      ExtractedText text = reading.text(view);
      List<Highlight> highlights =
          remarks.stream()
              .filter(r -> r.start() != null)
              .map(
                  r ->
                      new Highlight(
                          r.id(),
                          r.start(),
                          r.end(),
                          "hl-"
                              + r.kind().name().toLowerCase(Locale.ROOT)
                              + (r.isInternal() ? " hl-internal" : "")))
              .toList();
      textHtml = TextViewRenderer.render(text, highlights);
      textTruncated = text.truncated();
      textError = text.blocks().isEmpty() ? Messages.get(locale(), "review.text.empty") : null;
    } catch (be.vlaanderen.crt.portal.extraction.TextUnavailableException e) {
      textHtml = "";
      textError = Messages.get(locale(), "review.text.unavailable", e.reason());
    } catch (UncheckedIOException e) {
      LOG.log(Level.INFO, "No text view for version " + shown.id(), e);
      textHtml = "";
      textError = Messages.get(locale(), "review.text.unreadable");
    } catch (StorageUnavailableException
        | be.vlaanderen.crt.portal.extraction.ExtractionUnavailableException e) {
      textHtml = "";
      textError = Messages.get(locale(), "error.storageUnavailable.read");
    }
  }

  /** Adds a remark on the selected passage, or on the whole submission without a selection. */
  public void addRemark() {
    boolean onPassage = selStart != null && selEnd != null;
    review.add(
        currentUser.account(),
        submissionId,
        new RemarkInput(
            newKind,
            newTheme,
            newVisibility,
            newBody,
            onPassage ? selStart : null,
            onPassage ? selEnd : null,
            onPassage ? selText : null,
            null,
            null));
    info(Messages.get(locale(), onPassage ? "review.added.passage" : "review.added.general"));
    newBody = null;
    selStart = null;
    selEnd = null;
    selText = null;
    refresh();
  }

  public void reply(long remarkId) {
    review.reply(currentUser.account(), submissionId, remarkId, replyTexts.get(remarkId));
    replyTexts.remove(remarkId);
    info(Messages.get(locale(), "review.replied"));
    refresh();
  }

  public void processed(long remarkId, boolean done) {
    review.markProcessed(currentUser.account(), submissionId, remarkId, done);
    info(Messages.get(locale(), done ? "review.processed" : "review.reopened"));
    refresh();
  }

  public void delete(long remarkId) {
    try {
      review.delete(currentUser.account(), submissionId, remarkId);
      info(Messages.get(locale(), "review.deleted"));
      refresh();
    } catch (InvalidInputException e) {
      error(e.message(locale()));
    } catch (NotPermittedException e) {
      error(Messages.get(locale(), "error.forbidden"));
    }
  }

  public void release() {
    var result = releases.release(currentUser.account(), submissionId);
    info(Messages.get(locale(), "review.releasedNow", municipality, result.remarks()));
    refresh();
  }

  public void saveAssessment() {
    assessments.saveAssessment(currentUser.account(), submissionId, assessment);
    info(Messages.get(locale(), "review.assessmentSaved"));
    refresh();
  }

  /** Whether the current user may delete this remark: the service's rule ({@code deletable}). */
  public boolean mayDelete(RemarkView r) {
    return mayWrite && r.deletable();
  }

  /** Carry-over at a glance: how many earlier remarks are still present, changed, gone. */
  public long countAnchored(String state) {
    AnchorState wanted = AnchorState.valueOf(state);
    return remarks.stream().filter(r -> r.anchor() == wanted).count();
  }

  public boolean isCarryOver() {
    return remarks.stream().anyMatch(r -> r.anchor() != null);
  }

  public long getDraftCount() {
    return remarks.stream()
        .filter(r -> !r.released() && !r.isInternal() && !r.carriedOver())
        .count();
  }

  public String severity(AnchorState state) {
    return switch (state) {
      case STILL_PRESENT -> "warning";
      case CHANGED -> "info";
      case NOT_FOUND -> "success";
    };
  }

  /** A message with one argument, in the page's language. */
  public String format(String key, Object argument) {
    return Messages.get(locale(), key, argument);
  }

  public Theme[] getThemes() {
    return Theme.values();
  }

  public RemarkKind[] getKinds() {
    return RemarkKind.values();
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public String excerpt(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 160 ? text : text.substring(0, 157) + "…";
  }

  public Long getSubmission() {
    return submissionId;
  }

  public void setSubmission(Long submission) {
    this.submissionId = submission;
  }

  public Long getVersion() {
    return versionId;
  }

  public void setVersion(Long version) {
    this.versionId = version;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public String getMunicipalityName() {
    return municipality;
  }

  public long getMunicipalityId() {
    return municipalityId;
  }

  public long getAssignmentId() {
    return assignmentId;
  }

  public String getKind() {
    return kind;
  }

  public String getWave() {
    return wave;
  }

  public int getRound() {
    return round;
  }

  public boolean isReleased() {
    return released;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public boolean isMayWrite() {
    return mayWrite;
  }

  public boolean isMayRelease() {
    return mayRelease;
  }

  public boolean isMunicipalityUser() {
    return municipalityUser;
  }

  public List<VersionItem> getVersions() {
    return versions;
  }

  /** How many versions the head shows as chips; more are reached through the version picker. */
  static final int VERSION_CHIPS = 5;

  /** The newest versions as chips, and the shown one when it is older. */
  public List<VersionItem> getChipVersions() {
    List<VersionItem> chips =
        new java.util.ArrayList<>(versions.subList(0, Math.min(VERSION_CHIPS, versions.size())));
    if (shown != null && !chips.contains(shown)) {
      chips.add(shown);
    }
    return chips;
  }

  /** Whether there are more versions than chips: a picker lists them all. */
  public boolean isVersionPicker() {
    return versions.size() > VERSION_CHIPS;
  }

  public VersionItem getShown() {
    return shown;
  }

  public boolean isLatestShown() {
    return !versions.isEmpty() && versions.get(0).equals(shown);
  }

  public String getTextHtml() {
    if (textHtml == null && submissionId != null) {
      refresh();
    }
    return textHtml;
  }

  public boolean isTextTruncated() {
    return textTruncated;
  }

  public String getTextError() {
    return textError;
  }

  public List<RemarkView> getRemarks() {
    return remarks;
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String assessment) {
    this.assessment = assessment;
  }

  public String getAssessmentMeta() {
    return assessmentMeta;
  }

  public Integer getSelStart() {
    return selStart;
  }

  public void setSelStart(Integer selStart) {
    this.selStart = selStart;
  }

  public Integer getSelEnd() {
    return selEnd;
  }

  public void setSelEnd(Integer selEnd) {
    this.selEnd = selEnd;
  }

  public String getSelText() {
    return selText;
  }

  public void setSelText(String selText) {
    this.selText = selText;
  }

  public RemarkKind getNewKind() {
    return newKind;
  }

  public void setNewKind(RemarkKind newKind) {
    this.newKind = newKind;
  }

  public Theme getNewTheme() {
    return newTheme;
  }

  public void setNewTheme(Theme newTheme) {
    this.newTheme = newTheme;
  }

  public Visibility getNewVisibility() {
    return newVisibility;
  }

  public void setNewVisibility(Visibility newVisibility) {
    this.newVisibility = newVisibility;
  }

  public String getNewBody() {
    return newBody;
  }

  public void setNewBody(String newBody) {
    this.newBody = newBody;
  }

  public Map<Long, String> getReplyTexts() {
    return replyTexts;
  }
}
