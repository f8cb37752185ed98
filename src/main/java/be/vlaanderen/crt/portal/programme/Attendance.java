package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Whether a municipality attended a workshop. */
@Entity
@Table(name = "attendance")
public class Attendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workshop_id", updatable = false)
  private Workshop workshop;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", updatable = false)
  private Municipality municipality;

  @Column(nullable = false)
  private boolean present;

  protected Attendance() {}

  public Attendance(Workshop workshop, Municipality municipality, boolean present) {
    this.workshop = Objects.requireNonNull(workshop, "workshop");
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.present = present;
  }

  public void mark(boolean present) {
    this.present = present;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public boolean isPresent() {
    return present;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
