package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.completeness.CompletenessChecker;
import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.completeness.CompletenessResults;
import be.vlaanderen.crt.portal.documents.DocumentIntake;
import be.vlaanderen.crt.portal.documents.FileNames;
import be.vlaanderen.crt.portal.documents.RecordingFailedException;
import be.vlaanderen.crt.portal.documents.UploadRefusedException;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.UserAccount;
import be.vlaanderen.crt.portal.storage.ObjectStore;
import be.vlaanderen.crt.portal.submission.VersionRecorder.StoredUpload;
import be.vlaanderen.crt.portal.submission.internal.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every way a submission's documents come and go: upload, listing, download. Each method checks the
 * caller's right through {@link AccessPolicy} first.
 *
 * <p>Upload path: stage to a temporary file while hashing and counting → detect the type from
 * content → judge it → write the object under its content key → commit the row. A refusal happens
 * before anything is written; a failure of the object store leaves nothing; a failure of the
 * database leaves at most an unreferenced object, which {@link
 * be.vlaanderen.crt.portal.storage.Reconciliation} reports.
 */
@ApplicationScoped
public class SubmissionService {

  private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  @Inject ObjectStore store;

  @Inject VersionRecorder recorder;

  @Inject AuditLog audit;

  @Inject CompletenessChecker completenessChecker;

  @Inject CompletenessResults completenessResults;

  @Inject DocumentIntake intake;

  /** Told once a version is committed (the carry-over of remarks). */
  @Inject be.vlaanderen.crt.portal.submission.internal.IdempotencyKeys idempotencyKeys;

  public long maxBytes() {
    return intake.maxBytes();
  }

  /**
   * The assignments the account may see, one row per (assignment, municipality), soonest deadline
   * first.
   */
  public List<AssignmentStatus> assignments(UserAccount account) {
    return statuses(account, null);
  }

  /** One assignment for one municipality, if the account may see it. */
  public AssignmentStatus assignment(UserAccount account, long assignmentId, long municipalityId) {
    return statuses(account, assignmentId).stream()
        .filter(s -> s.municipalityId() == municipalityId)
        .findFirst()
        .orElseThrow(() -> new NotVisibleException("Assignment " + assignmentId));
  }

  /** An (assignment, municipality) pair the account may see. */
  public record Due(Assignment assignment, Municipality municipality) {}

  /**
   * What a municipality handed in for an assignment: the number of versions, the last upload and
   * where the review stands (for the self-evaluation: the moments filled in, no submission).
   */
  public record HandedIn(
      Long assignmentId,
      Long municipalityId,
      Long submissionId,
      Long versions,
      Instant lastUpload,
      ReviewState reviewState,
      Instant reviewStateAt) {}

  /** A municipality's self-evaluation: the moments filled in and the last change. */
  public record Filled(Long municipalityId, Long moments, Instant lastAt) {}

  private List<AssignmentStatus> statuses(UserAccount account, Long onlyAssignment) {
    List<Long> municipalities = access.visibleMunicipalityIds(account);
    if (municipalities.isEmpty()) {
      return List.of();
    }
    var pairQuery =
        em.createQuery(
                "SELECT NEW be.vlaanderen.crt.portal.submission.SubmissionService$Due(a, m)"
                    + " FROM Assignment a, Enrollment e JOIN e.municipality m"
                    + " WHERE e.wave = a.wave AND m.id IN :ids"
                    + (onlyAssignment == null ? "" : " AND a.id = :assignment")
                    + " ORDER BY a.deadline, a.id, m.name",
                Due.class)
            .setParameter("ids", municipalities);
    if (onlyAssignment != null) {
      pairQuery.setParameter("assignment", onlyAssignment);
    }
    List<Due> pairs = pairQuery.getResultList();
    Map<String, HandedIn> submitted = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.submission.SubmissionService$HandedIn("
                + "s.assignment.id, s.municipality.id, s.id, COUNT(v.id), MAX(v.uploadedAt),"
                + " s.reviewState, s.reviewStateAt) FROM DocumentVersion v JOIN v.submission s"
                + " WHERE s.municipality.id IN :ids"
                + " GROUP BY s.assignment.id, s.municipality.id, s.id, s.reviewState, s.reviewStateAt",
            HandedIn.class)
        .setParameter("ids", municipalities)
        .getResultList()
        .forEach(row -> submitted.put(row.assignmentId() + "/" + row.municipalityId(), row));
    // The self-evaluation is filled in on its own page: its "versions" are the moments filled in.
    Map<Long, HandedIn> selfEvaluations = new HashMap<>();
    em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.submission.SubmissionService$Filled("
                + "e.municipality.id, COUNT(e.id), MAX(e.updatedAt))"
                + " FROM SelfEvaluation e WHERE e.municipality.id IN :ids GROUP BY e.municipality.id",
            Filled.class)
        .setParameter("ids", municipalities)
        .getResultList()
        .forEach(
            row ->
                selfEvaluations.put(
                    row.municipalityId(),
                    new HandedIn(
                        null,
                        row.municipalityId(),
                        null,
                        row.moments(),
                        row.lastAt(),
                        null,
                        null)));
    return pairs.stream()
        .map(
            pair -> {
              Assignment a = pair.assignment();
              Municipality m = pair.municipality();
              HandedIn s =
                  a.getKind() == AssignmentKind.SELF_EVALUATION
                      ? selfEvaluations.get(m.getId())
                      : submitted.get(a.getId() + "/" + m.getId());
              int versions = s == null ? 0 : s.versions().intValue();
              return new AssignmentStatus(
                  a.getId(),
                  a.getKind(),
                  a.getTitle(),
                  a.getDeadline(),
                  a.getWave().getName(),
                  m.getId(),
                  m.getName(),
                  s == null ? null : s.submissionId(),
                  versions,
                  s == null ? null : s.lastUpload(),
                  s == null
                      ? SubmissionStatus.NOT_STARTED
                      : SubmissionStatus.of(
                          versions, s.reviewState(), s.reviewStateAt(), s.lastUpload()));
            })
        .toList();
  }

  /**
   * Hands in a document for the caller's own municipality.
   *
   * @throws UploadRefusedException the file is refused; nothing was recorded
   * @throws NotVisibleException the assignment is not the caller's
   * @throws NotPermittedException the caller is not a municipality contact
   * @throws be.vlaanderen.crt.portal.storage.StorageUnavailableException the object store failed;
   *     nothing was recorded
   * @throws RecordingFailedException the database failed; nothing is visible
   */
  public DocumentVersion upload(
      UserAccount account, long assignmentId, String originalName, InputStream content) {
    return upload(account, assignmentId, originalName, content, null);
  }

  /**
   * Checks that the caller may hand in a document for the assignment, before anything of the body
   * is read (the API calls it before it parses the multipart request); answers the assignment's
   * kind.
   *
   * @throws NotVisibleException not an assignment of the caller
   * @throws NotPermittedException the caller does not hand in documents
   */
  public AssignmentKind requireMayUpload(UserAccount account, long assignmentId) {
    if (account.getMunicipality() == null) {
      statuses(account, assignmentId).stream()
          .findFirst()
          .orElseThrow(() -> new NotVisibleException("Assignment " + assignmentId));
      throw new NotPermittedException(
          "Only a municipality's contact persons hand in its documents");
    }
    long municipalityId = account.getMunicipality().getId();
    AssignmentKind kind = assignment(account, assignmentId, municipalityId).kind();
    if (kind == AssignmentKind.SELF_EVALUATION) {
      throw new be.vlaanderen.crt.portal.platform.InvalidInputException("upload.selfEvaluation");
    }
    if (!access.mayUpload(account, municipalityId)) {
      throw new NotPermittedException(
          "Only a municipality's contact persons hand in its documents");
    }
    return kind;
  }

  /**
   * The version an earlier upload with this idempotency key recorded for this assignment, if any.
   *
   * @throws be.vlaanderen.crt.portal.platform.InvalidInputException a key of the wrong form
   * @throws be.vlaanderen.crt.portal.platform.ConflictException the key was used for another
   *     assignment
   */
  public java.util.Optional<DocumentVersion> replay(
      UserAccount account, long assignmentId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return java.util.Optional.empty();
    }
    if (!IdempotencyKeys.isValid(idempotencyKey)) {
      throw new be.vlaanderen.crt.portal.platform.InvalidInputException(
          "upload.idempotencyKey.invalid");
    }
    return idempotencyKeys
        .find(account.getUsername(), idempotencyKey)
        .map(id -> version(account, id))
        .map(
            v -> {
              if (!v.getSubmission().getAssignment().getId().equals(assignmentId)) {
                throw new be.vlaanderen.crt.portal.platform.ConflictException(
                    "upload.idempotencyKey.reused");
              }
              return v;
            });
  }

  /** Hands in a document, remembering the client's idempotency key with the version (or null). */
  public DocumentVersion upload(
      UserAccount account,
      long assignmentId,
      String originalName,
      InputStream content,
      String idempotencyKey) {
    AssignmentKind kind = requireMayUpload(account, assignmentId);
    long municipalityId = account.getMunicipality().getId();
    DocumentIntake.Accepted<CompletenessReport> accepted =
        intake.accept(
            originalName,
            content,
            // Informs, never blocks: checked on the staged file, recorded with the version.
            (type, file) -> completenessChecker.check(kind, type, file));
    StoredUpload stored = StoredUpload.of(accepted, accepted.inspection());
    DocumentVersion version =
        recordWithOneRetry(
            assignmentId, municipalityId, stored, account.getUsername(), idempotencyKey);
    return version;
  }

  /**
   * Two first uploads at the same moment race to create the submission; the loser simply tries
   * again.
   */
  private DocumentVersion recordWithOneRetry(
      long assignmentId,
      long municipalityId,
      StoredUpload stored,
      String username,
      String idempotencyKey) {
    try {
      return recorder.record(assignmentId, municipalityId, stored, username, idempotencyKey);
    } catch (RuntimeException first) {
      if (idempotencyKey != null) {
        // The same upload sent twice at once: the other one recorded it.
        java.util.Optional<Long> earlier = idempotencyKeys.find(username, idempotencyKey);
        if (earlier.isPresent()) {
          return em.find(DocumentVersion.class, earlier.get());
        }
      }
      LOG.log(Level.INFO, "Recording a version failed once, trying again", first);
      try {
        return recorder.record(assignmentId, municipalityId, stored, username, idempotencyKey);
      } catch (RuntimeException second) {
        LOG.log(
            Level.WARNING,
            "Recording a version failed; object " + stored.storageKey() + " stays unreferenced",
            second);
        throw new RecordingFailedException(second);
      }
    }
  }

  /**
   * The reviewer (or a coordinator) moves a submission on: in review, feedback available, accepted.
   *
   * @throws NotVisibleException not a submission the account may see
   * @throws NotPermittedException a municipality or the steering committee
   */
  @jakarta.transaction.Transactional
  public void review(UserAccount account, long submissionId, ReviewState state) {
    Submission submission = submission(account, submissionId);
    if (account.getRole() != be.vlaanderen.crt.portal.security.Role.REVIEWER
        && account.getRole() != be.vlaanderen.crt.portal.security.Role.COORDINATOR) {
      throw new NotPermittedException("Only the CRT reviews submissions");
    }
    submission.review(state, Instant.now());
    audit.recordFor(
        submission.getMunicipality().getId(),
        account.getUsername(),
        "REVIEW_STATE_SET",
        "Submission",
        submissionId,
        state.name());
  }

  /** The submission, if the account may read its documents. */
  public Submission submission(UserAccount account, long submissionId) {
    Submission submission = withItsAssignment(submissionId);
    if (submission == null
        || !access.mayReadDocuments(account, submission.getMunicipality().getId())) {
      throw new NotVisibleException("Submission " + submissionId);
    }
    return submission;
  }

  /**
   * The submission with its municipality, assignment, wave and programme in one statement (instead
   * of five); in the persistence context already, without a statement.
   */
  private Submission withItsAssignment(long submissionId) {
    return em.createQuery(
            "SELECT s FROM Submission s JOIN FETCH s.municipality JOIN FETCH s.assignment a"
                + " JOIN FETCH a.wave w JOIN FETCH w.programme WHERE s.id = :id",
            Submission.class)
        .setParameter("id", submissionId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The versions of a submission, newest first. */
  public List<DocumentVersion> versions(UserAccount account, long submissionId) {
    submission(account, submissionId);
    return em.createNamedQuery("DocumentVersion.bySubmission", DocumentVersion.class)
        .setParameter("submissionId", submissionId)
        .getResultList();
  }

  /** The completeness reports of the given versions (only BIA and BCP versions have one). */
  public Map<Long, CompletenessReport> completeness(List<DocumentVersion> versions) {
    return completenessResults.of(versions.stream().map(DocumentVersion::getId).toList());
  }

  /** The version, if the account may read it. */
  public DocumentVersion version(UserAccount account, long versionId) {
    DocumentVersion version = em.find(DocumentVersion.class, versionId);
    if (version == null
        || !access.mayReadDocuments(account, version.getSubmission().getMunicipality().getId())) {
      throw new NotVisibleException("Document version " + versionId);
    }
    return version;
  }

  /**
   * The name a download is saved under. Reviewers and coordinators collect files of many
   * municipalities, so theirs say whose and which version it is ("Aalst - BIA v3 - plan.pdf"); a
   * municipality gets its own file name back.
   */
  public String downloadName(UserAccount account, DocumentVersion version) {
    if (account.getMunicipality() != null) {
      return version.getFileName();
    }
    Submission submission = version.getSubmission();
    return FileNames.sanitise(
        submission.getMunicipality().getName()
            + " - "
            + submission.getAssignment().getKind()
            + " v"
            + version.getVersionNumber()
            + " - "
            + version.getFileName());
  }

  /**
   * Opens a version's bytes for download (the caller closes the stream) and records who read it.
   */
  public InputStream open(UserAccount account, DocumentVersion version) {
    InputStream in = store.open(version.getStorageKey());
    audit.recordAloneFor(
        version.getSubmission().getMunicipality().getId(),
        account.getUsername(),
        "DOCUMENT_DOWNLOADED",
        "DocumentVersion",
        version.getId(),
        version.getFileName() + " v" + version.getVersionNumber());
    return in;
  }
}
