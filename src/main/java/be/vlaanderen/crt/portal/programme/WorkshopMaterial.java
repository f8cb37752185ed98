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
 * A document handed out at a workshop (slides, templates, exercises). Immutable, stored like
 * submissions.
 */
@Entity
@Table(name = "workshop_material")
public class WorkshopMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id", updatable = false)
  private Workshop workshop;

  @Column(name = "original_file_name", nullable = false, updatable = false, length = 500)
  private String originalFileName;

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

  protected WorkshopMaterial() {}

  public WorkshopMaterial(
      Workshop workshop,
      String originalFileName,
      String fileName,
      long size,
      String sha256,
      String mediaType,
      String storageKey,
      String uploadedBy,
      Instant uploadedAt) {
    this.workshop = Objects.requireNonNull(workshop, "workshop");
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

  public Workshop getWorkshop() {
    return workshop;
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
