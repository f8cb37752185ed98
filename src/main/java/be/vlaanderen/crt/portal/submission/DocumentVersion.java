package be.vlaanderen.crt.portal.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file of a submission. Immutable: there are no setters and no update path; a new
 * upload is a new version with the next number. The bytes live in object storage under {@link
 * #getStorageKey()}, which is derived from the SHA-256, so identical content is stored once and
 * never overwritten.
 */
@Entity
@Table(name = "document_version")
@NamedQuery(
    name = "DocumentVersion.bySubmission",
    query =
        "SELECT v FROM DocumentVersion v WHERE v.submission.id = :submissionId ORDER BY v.versionNumber DESC")
@NamedQuery(
    name = "DocumentVersion.latestNumber",
    query =
        "SELECT MAX(v.versionNumber) FROM DocumentVersion v WHERE v.submission.id = :submissionId")
@NamedQuery(
    name = "DocumentVersion.storageKeys",
    query = "SELECT DISTINCT v.storageKey FROM DocumentVersion v")
public class DocumentVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id", updatable = false)
  private Submission submission;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  /**
   * The name as the user's browser sent it, with control characters made visible; for display only.
   */
  @Column(name = "original_file_name", nullable = false, updatable = false, length = 500)
  private String originalFileName;

  /** The sanitised name used for downloads. */
  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  /** The type detected from the content, never the one the browser claimed. */
  @Column(name = "media_type", nullable = false, updatable = false, length = 120)
  private String mediaType;

  @Column(name = "storage_key", nullable = false, updatable = false, length = 200)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected DocumentVersion() {}

  public DocumentVersion(
      Submission submission,
      int versionNumber,
      String originalFileName,
      String fileName,
      long size,
      String sha256,
      String mediaType,
      String storageKey,
      String uploadedBy,
      Instant uploadedAt) {
    this.submission = Objects.requireNonNull(submission, "submission");
    if (versionNumber < 1) {
      throw new IllegalArgumentException("Version numbers start at 1");
    }
    if (size <= 0) {
      throw new IllegalArgumentException("A document version is never empty");
    }
    this.versionNumber = versionNumber;
    this.originalFileName = Objects.requireNonNull(originalFileName, "originalFileName");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  public Long getId() {
    return id;
  }

  public Submission getSubmission() {
    return submission;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getOriginalFileName() {
    return originalFileName;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
