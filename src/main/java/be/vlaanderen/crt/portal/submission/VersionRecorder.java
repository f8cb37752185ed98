package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.completeness.CompletenessReport;
import be.vlaanderen.crt.portal.completeness.CompletenessResults;
import be.vlaanderen.crt.portal.documents.VersionRecorded;
import be.vlaanderen.crt.portal.organisation.Municipality;
import be.vlaanderen.crt.portal.programme.Assignment;
import be.vlaanderen.crt.portal.submission.internal.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records a stored object as the next version of a submission, in one transaction: the submission
 * (created on the first upload), the version row, its completeness report and its audit event
 * commit together or not at all, and so do the observers of {@link VersionRecorded} (the search
 * change).
 *
 * <p>The submission row is locked while the next number is chosen, so two simultaneous uploads get
 * consecutive numbers rather than a clash.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class VersionRecorder {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject CompletenessResults completenessResults;

  @Inject SubmissionMails notifications;

  @Inject Event<VersionRecorded> recorded;

  @Inject IdempotencyKeys keys;

  /** What is known of a stored upload when its row is written. */
  public record StoredUpload(
      String originalFileName,
      String fileName,
      long size,
      String sha256,
      String mediaType,
      String storageKey,
      CompletenessReport completeness) {

    /** What the intake accepted and stored, with its completeness report (null: none). */
    public static StoredUpload of(
        be.vlaanderen.crt.portal.documents.DocumentIntake.Accepted<?> accepted,
        CompletenessReport completeness) {
      return new StoredUpload(
          accepted.originalFileName(),
          accepted.fileName(),
          accepted.size(),
          accepted.sha256(),
          accepted.type().mediaType(),
          accepted.storageKey(),
          completeness);
    }
  }

  @Transactional
  public DocumentVersion record(
      long assignmentId, long municipalityId, StoredUpload upload, String uploadedBy) {
    return recordInSlot(assignmentId, municipalityId, "", upload, uploadedBy);
  }

  /**
   * Records the version and remembers the client's idempotency key with it (null: none); a second
   * upload under the same key fails on the key's uniqueness and records nothing.
   */
  @Transactional
  public DocumentVersion record(
      long assignmentId,
      long municipalityId,
      StoredUpload upload,
      String uploadedBy,
      String idempotencyKey) {
    DocumentVersion version = recordInSlot(assignmentId, municipalityId, "", upload, uploadedBy);
    if (idempotencyKey != null) {
      keys.remember(uploadedBy, idempotencyKey, version.getId());
    }
    return version;
  }

  /**
   * Records the next version in a slot of a submission (a pilot dossier's attachment, its slot
   * named by the pilot); the empty slot is the assignment's own document, acknowledged by e-mail.
   */
  @Transactional
  public DocumentVersion recordInSlot(
      long assignmentId, long municipalityId, String slot, StoredUpload upload, String uploadedBy) {
    Instant now = Instant.now();
    // The submission's row exists before it is locked: a locking read of a row that is not there
    // yet takes only a gap lock, which does not make a second first upload wait, and the two
    // inserts into the shared gap then deadlock (14 retries in the full-size scenario's 200 first
    // uploads). The upsert takes the unique key's record lock, and the read below locks that row.
    em.createNativeQuery(
            "INSERT INTO submission (assignment_id, municipality_id, created_at, slot)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, assignmentId)
        .setParameter(2, municipalityId)
        .setParameter(3, java.sql.Timestamp.from(now))
        .setParameter(4, slot)
        .executeUpdate();
    Submission submission =
        em.createNamedQuery("Submission.byAssignmentAndMunicipality", Submission.class)
            .setParameter("assignmentId", assignmentId)
            .setParameter("municipalityId", municipalityId)
            .setParameter("slot", slot)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (submission == null) {
      submission =
          Submission.inSlot(
              em.getReference(Assignment.class, assignmentId),
              em.getReference(Municipality.class, municipalityId),
              now,
              slot);
      em.persist(submission);
      em.flush();
    }
    Integer latest =
        em.createNamedQuery("DocumentVersion.latestNumber", Integer.class)
            .setParameter("submissionId", submission.getId())
            .getSingleResult();
    int next = latest == null ? 1 : latest + 1;
    DocumentVersion version =
        new DocumentVersion(
            submission,
            next,
            upload.originalFileName(),
            upload.fileName(),
            upload.size(),
            upload.sha256(),
            upload.mediaType(),
            upload.storageKey(),
            uploadedBy,
            now);
    em.persist(version);
    em.flush();
    if (upload.completeness() != null) {
      completenessResults.save(version.getId(), upload.completeness());
    }
    if (slot.isEmpty()) {
      notifications.submissionReceived(version);
    }
    recorded.fire(new VersionRecorded(version.getId(), submission.getId()));
    audit.recordFor(
        municipalityId,
        uploadedBy,
        "DOCUMENT_UPLOADED",
        "DocumentVersion",
        version.getId(),
        "submission " + submission.getId() + " version " + next + " sha256 " + upload.sha256());
    return version;
  }
}
