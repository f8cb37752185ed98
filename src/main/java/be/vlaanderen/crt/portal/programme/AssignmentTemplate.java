package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.storage.StoredFileInfo;
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

  @Embedded private StoredFileInfo file;

  protected AssignmentTemplate() {}

  public AssignmentTemplate(Assignment assignment, StoredFileInfo file) {
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.file = Objects.requireNonNull(file, "file");
  }

  public Long getId() {
    return id;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public StoredFileInfo getFile() {
    return file;
  }
}
