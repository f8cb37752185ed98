package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.storage.StoredFileInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

  @Embedded private StoredFileInfo file;

  protected WorkshopMaterial() {}

  public WorkshopMaterial(Workshop workshop, String originalFileName, StoredFileInfo file) {
    this.workshop = Objects.requireNonNull(workshop, "workshop");
    this.originalFileName = Objects.requireNonNull(originalFileName, "originalFileName");
    this.file = Objects.requireNonNull(file, "file");
  }

  public Long getId() {
    return id;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public StoredFileInfo getFile() {
    return file;
  }
}
