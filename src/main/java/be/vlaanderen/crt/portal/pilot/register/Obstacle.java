package be.vlaanderen.crt.portal.pilot.register;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question, obstacle or feature request raised by or about a municipality. */
@Entity
@Table(name = "pilot_obstacle")
public class Obstacle {

  /** What was raised. */
  public enum Kind {
    QUESTION,
    OBSTACLE,
    FEATURE_REQUEST
  }

  /** Operational (process, people) or technical. */
  public enum Nature {
    OPERATIONAL,
    TECHNICAL
  }

  /** Where it stands. */
  public enum Status {
    OPEN,
    ANSWERED,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id", updatable = false)
  private Municipality municipality;

  @Column(name = "dossier_id")
  Long dossierId;

  @Enumerated(EnumType.STRING)
  Kind kind;

  @Enumerated(EnumType.STRING)
  Nature nature;

  String title;

  String description;

  @Enumerated(EnumType.STRING)
  Status status = Status.OPEN;

  String answer;

  @Column(name = "raised_at")
  private Instant raisedAt;

  @Column(name = "raised_by")
  private String raisedBy;

  protected Obstacle() {}

  Obstacle(Municipality municipality, Instant raisedAt, String raisedBy) {
    this.municipality = municipality;
    this.raisedAt = raisedAt;
    this.raisedBy = raisedBy;
  }

  /** Sets what the item says (on creation). */
  void describe(Long dossierId, Kind kind, Nature nature, String title, String description) {
    this.dossierId = dossierId;
    this.kind = kind;
    this.nature = nature;
    this.title = title;
    this.description = description;
  }

  /** An analyst's answer and the new status. */
  void answer(String answer, Status status) {
    this.answer = answer;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Long getDossierId() {
    return dossierId;
  }

  public Kind getKind() {
    return kind;
  }

  public Nature getNature() {
    return nature;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Status getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
