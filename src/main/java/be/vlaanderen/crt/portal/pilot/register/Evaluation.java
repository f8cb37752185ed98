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

/**
 * A municipality's evaluation at one moment of its integration: satisfaction 1 to 5 (before,
 * during, after), and after go-live also its eagerness to integrate more, 1 to 5.
 */
@Entity
@Table(name = "pilot_evaluation")
public class Evaluation {

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

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private EvaluationMoment moment;

  int satisfaction;

  Integer eagerness;

  String comments;

  @Column(name = "submitted_at")
  Instant submittedAt;

  @Column(name = "submitted_by")
  String submittedBy;

  protected Evaluation() {}

  Evaluation(Municipality municipality, EvaluationMoment moment) {
    this.municipality = municipality;
    this.moment = moment;
  }

  void rate(int satisfaction, Integer eagerness, String comments, Instant at, String by) {
    this.satisfaction = satisfaction;
    this.eagerness = eagerness;
    this.comments = comments;
    this.submittedAt = at;
    this.submittedBy = by;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public int getSatisfaction() {
    return satisfaction;
  }

  public EvaluationMoment getMoment() {
    return moment;
  }

  /** Null before and during the integration. */
  public Integer getEagerness() {
    return eagerness;
  }

  public String getComments() {
    return comments;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
