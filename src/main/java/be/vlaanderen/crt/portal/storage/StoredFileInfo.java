package be.vlaanderen.crt.portal.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a row knows of a stored file: its name for downloads, size, hash, detected type, object key,
 * and who stored it when. Embedded (same column names) in every entity that points at an object
 * outside the submissions: workshop materials and assignment templates.
 */
@Embeddable
public class StoredFileInfo {

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

  protected StoredFileInfo() {}

  public StoredFileInfo(
      String fileName,
      long size,
      String sha256,
      String mediaType,
      String storageKey,
      String uploadedBy,
      Instant uploadedAt) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
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
