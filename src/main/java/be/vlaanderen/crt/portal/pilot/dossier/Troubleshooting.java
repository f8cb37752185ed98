package be.vlaanderen.crt.portal.pilot.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A logged troubleshooting session of a dossier. */
@Entity
@Table(name = "troubleshooting_session")
public class Troubleshooting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_id")
  private long dossierId;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private String problem;

  private String resolution;

  @Column(name = "logged_at")
  private Instant loggedAt;

  @Column(name = "logged_by")
  private String loggedBy;

  protected Troubleshooting() {}

  Troubleshooting(
      long dossierId,
      LocalDate heldOn,
      String problem,
      String resolution,
      Instant loggedAt,
      String loggedBy) {
    this.dossierId = dossierId;
    this.heldOn = heldOn;
    this.problem = problem;
    this.resolution = resolution;
    this.loggedAt = loggedAt;
    this.loggedBy = loggedBy;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getProblem() {
    return problem;
  }

  public String getResolution() {
    return resolution;
  }

  public String getLoggedBy() {
    return loggedBy;
  }
}
