package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.organisation.Municipality;
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

/** From this moment the round's municipality-visible feedback is shown to the municipality. */
@Entity
@Table(name = "round_release")
public class RoundRelease {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id")
  private FeedbackRound round;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "released_at", nullable = false)
  private Instant releasedAt;

  @Column(name = "released_by", nullable = false, length = 64)
  private String releasedBy;

  protected RoundRelease() {}

  public RoundRelease(
      FeedbackRound round, Municipality municipality, Instant releasedAt, String releasedBy) {
    this.round = Objects.requireNonNull(round, "round");
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
    this.releasedBy = Objects.requireNonNull(releasedBy, "releasedBy");
  }

  public FeedbackRound getRound() {
    return round;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Instant getReleasedAt() {
    return releasedAt;
  }

  public String getReleasedBy() {
    return releasedBy;
  }
}
