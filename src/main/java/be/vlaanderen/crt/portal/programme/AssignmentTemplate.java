package be.vlaanderen.crt.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A template the coordinator attached to an assignment. The newest one is offered to
 * municipalities; without one, the portal's own template for the kind is offered.
 */
@Entity
@Table(name = "assignment_template")
public class AssignmentTemplate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id", updatable = false)
  private Assignment assignment;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "media_type", nullable = false, updatable = false, length = 120)
  private String mediaType;

  @Column(name = "storage_key", nullable = false, updatable = false, length = 200)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected AssignmentTemplate() {}

  public AssignmentTemplate(
      Assignment assignment,
      String fileName,
      long size,
      String sha256,
      String mediaType,
      String storageKey,
      String uploadedBy,
      Instant uploadedAt) {
    this.assignment = Objects.requireNonNull(assignment, "assignment");
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

  public Assignment getAssignment() {
    return assignment;
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
}
