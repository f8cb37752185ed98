package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.municipality.Municipality;
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
}
