package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.submission.Submission;
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

/** The reviewer's overall assessment of a submission in its round; released with the remarks. */
@Entity
@Table(name = "round_assessment")
public class RoundAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "submission_id", updatable = false)
  private Submission submission;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private FeedbackRound round;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RoundAssessment() {}

  public RoundAssessment(Submission submission, FeedbackRound round) {
    this.submission = Objects.requireNonNull(submission, "submission");
    this.round = Objects.requireNonNull(round, "round");
  }

  public void write(String body, String author, Instant at) {
    this.body = Objects.requireNonNull(body, "body");
    this.author = Objects.requireNonNull(author, "author");
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public String getBody() {
    return body;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
