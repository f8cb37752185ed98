package be.vlaanderen.crt.portal.submission.web;

import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.completeness.Finding;
import be.vlaanderen.crt.portal.completeness.FindingTexts;
import be.vlaanderen.crt.portal.documents.RecordingFailedException;
import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.platform.IdParameter;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.AssignmentTemplates;
import be.vlaanderen.crt.portal.programme.WaveAssignments;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.CurrentUser;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import be.vlaanderen.crt.portal.submission.AssignmentStatus;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.SubmissionService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /submission/assignment.xhtml?assignment=…&municipality=…}: one assignment of one
 * municipality, its versions, and (for the municipality itself) the upload.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AssignmentPage.class.getName());

  @Inject CurrentUser currentUser;

  @Inject SubmissionService submissions;

  @Inject AccessPolicy access;

  @Inject WaveAssignments waveAssignments;

  private Long assignment;
  private Long municipality;
  private AssignmentStatus status;
  private List<VersionRow> versions = List.of();
  private boolean mayUpload;

  /**
   * Loads the page; anything the user may not see answers 404, exactly like an id that does not
   * exist.
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    UserAccount account = currentUser.account();
    if (municipality == null && account.getMunicipality() != null) {
      municipality = account.getMunicipality().getId();
    }
    IdParameter.required(assignment, "Assignment");
    if (!access.mayReadDocuments(account, IdParameter.required(municipality, "Municipality"))) {
      throw new NotVisibleException("Assignment");
    }
    status = submissions.assignment(account, assignment, municipality);
    if (status.kind() == be.vlaanderen.crt.portal.programme.AssignmentKind.SELF_EVALUATION) {
      // Filled in on its own page, not handed in as a document.
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/selfevaluation/index.xhtml?municipality="
                  + municipality);
      faces.responseComplete();
      return;
    }
    mayUpload = access.mayUpload(account, municipality);
    refreshVersions(account);
  }

  public void upload(FileUploadEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = locale(faces);
    UploadedFile file = event.getFile();
    UserAccount account = currentUser.account();
    try (InputStream in = file.getInputStream()) {
      DocumentVersion version = submissions.upload(account, assignment, file.getFileName(), in);
      info(
          faces,
          Messages.get(
              locale, "upload.received", version.getVersionNumber(), version.getFileName()));
      versions.stream()
          .filter(earlier -> earlier.sha256().equals(version.getSha256()))
          .findFirst()
          .ifPresent(same -> warn(faces, Messages.get(locale, "upload.identical", same.version())));
      refreshVersions(account);
      reportCompleteness(faces, locale, version);
    } catch (UploadRefusedException e) {
      error(faces, e.message(locale));
    } catch (StorageUnavailableException e) {
      LOG.log(Level.WARNING, "Upload failed: object store unavailable", e);
      error(faces, Messages.get(locale, "error.storageUnavailable"));
    } catch (RecordingFailedException e) {
      error(faces, Messages.get(locale, "error.recordingFailed"));
    } catch (NotVisibleException | NotPermittedException e) {
      error(faces, Messages.get(locale, "error.forbidden"));
    } catch (IOException e) {
      error(faces, Messages.get(locale, "upload.interrupted"));
    } finally {
      deleteQuietly(file);
    }
  }

  private void refreshVersions(UserAccount account) {
    status = submissions.assignment(account, assignment, municipality);
    if (status.submissionId() == null) {
      versions = List.of();
      return;
    }
    List<DocumentVersion> found = submissions.versions(account, status.submissionId());
    Map<Long, CompletenessReport> reports = submissions.completeness(found);
    versions = found.stream().map(v -> VersionRow.of(v, reports.get(v.getId()))).toList();
  }

  /** Tells the user right after the upload what the completeness check found. */
  private void reportCompleteness(FacesContext faces, Locale locale, DocumentVersion version) {
    VersionRow row =
        versions.stream().filter(v -> v.id() == version.getId()).findFirst().orElse(null);
    if (row == null || row.completeness() == null) {
      return;
    }
    CompletenessReport report = row.completeness();
    String text =
        Messages.get(
            locale,
            "completeness.summary." + report.outcome().name(),
            report.findings().size(),
            version.getVersionNumber());
    if (report.outcome() == CompletenessReport.Outcome.COMPLETE) {
      info(faces, text);
    } else {
      warn(faces, text);
    }
  }

  /** A finding as a sentence in the page's language. */
  public String findingText(Finding finding) {
    return FindingTexts.text(finding, locale(FacesContext.getCurrentInstance()));
  }

  /**
   * Where the template for this assignment is: the coordinator's own, else the portal's, else null.
   */
  public String getTemplateUrl() {
    if (status == null) {
      return null;
    }
    var attached = waveAssignments.attachedTemplate(status.assignmentId());
    if (attached != null) {
      return "/assignment-templates/" + attached.id();
    }
    String shipped = AssignmentTemplates.fileName(status.kind());
    return shipped == null ? null : "/templates/" + shipped;
  }

  /** The name shown on the template link. */
  public String getTemplateLabel() {
    var attached = status == null ? null : waveAssignments.attachedTemplate(status.assignmentId());
    if (attached != null) {
      return Messages.get(
          locale(FacesContext.getCurrentInstance()), "template.attached", attached.fileName());
    }
    return Messages.get(
        locale(FacesContext.getCurrentInstance()),
        status != null && status.kind() == be.vlaanderen.crt.portal.programme.AssignmentKind.BIA
            ? "template.BIA"
            : "template.BCP");
  }

  private static void deleteQuietly(UploadedFile file) {
    try {
      file.delete();
    } catch (IOException | RuntimeException ignored) {
      // The container removes its own multipart temporary files at the end of the request as well.
    }
  }

  private static void info(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
  }

  private static void warn(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, ""));
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
    faces.validationFailed();
  }

  private static Locale locale(FacesContext faces) {
    return be.vlaanderen.crt.portal.platform.PageFeedback.locale();
  }

  /** Reviewers and coordinators move a handed-in submission on. */
  public boolean isMayReview() {
    return status != null
        && status.submissionId() != null
        && !mayUpload
        && currentUser.account().getRole() != be.vlaanderen.crt.portal.security.Role.STEERING;
  }

  public void review(String state) {
    FacesContext faces = FacesContext.getCurrentInstance();
    submissions.review(
        currentUser.account(),
        status.submissionId(),
        be.vlaanderen.crt.portal.submission.ReviewState.valueOf(state));
    refreshVersions(currentUser.account());
    info(
        faces,
        Messages.get(
            locale(faces),
            "review.stateSet",
            Messages.get(locale(faces), "submissionStatus." + state)));
  }

  /**
   * Handed-in BIA, BCP and BCP update have a feedback page; the steering committee sees no
   * documents.
   */
  public boolean isFeedbackLink() {
    return status != null
        && status.submissionId() != null
        && java.util.Set.of(
                be.vlaanderen.crt.portal.programme.AssignmentKind.BIA,
                be.vlaanderen.crt.portal.programme.AssignmentKind.BCP,
                be.vlaanderen.crt.portal.programme.AssignmentKind.BCP_UPDATE)
            .contains(status.kind())
        && currentUser.account().getRole() != be.vlaanderen.crt.portal.security.Role.STEERING;
  }

  /** Whether feedback was released on this submission (also after a newer version came in). */
  public boolean isFeedbackReleased() {
    return status != null
        && java.util.Set.of(
                be.vlaanderen.crt.portal.submission.SubmissionStatus.FEEDBACK_AVAILABLE,
                be.vlaanderen.crt.portal.submission.SubmissionStatus.REVISED,
                be.vlaanderen.crt.portal.submission.SubmissionStatus.ACCEPTED)
            .contains(status.status());
  }

  public long getMaxBytes() {
    return submissions.maxBytes();
  }

  public long getMaxMegabytes() {
    return submissions.maxBytes() / (1024 * 1024);
  }

  public String getReadOnlyNotice() {
    return status == null
        ? ""
        : Messages.get(
            locale(FacesContext.getCurrentInstance()),
            "assignment.readOnly",
            status.municipality());
  }

  public Long getAssignment() {
    return assignment;
  }

  public void setAssignment(Long assignment) {
    this.assignment = assignment;
  }

  public Long getMunicipality() {
    return municipality;
  }

  public void setMunicipality(Long municipality) {
    this.municipality = municipality;
  }

  public AssignmentStatus getStatus() {
    return status;
  }

  public List<VersionRow> getVersions() {
    return versions;
  }

  public boolean isMayUpload() {
    return mayUpload;
  }
}
