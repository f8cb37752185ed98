package be.vlaanderen.crt.portal.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The coordinator's general feedback on a round, for the wave's next workshop. */
@Entity
@Table(name = "group_feedback")
public class GroupFeedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @OneToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private FeedbackRound round;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected GroupFeedback() {}

  public GroupFeedback(FeedbackRound round) {
    this.round = Objects.requireNonNull(round, "round");
  }

  public void write(String body, String by, Instant at) {
    this.body = Objects.requireNonNull(body, "body");
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public String getBody() {
    return body;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
