package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.municipality.Municipality;
import be.vlaanderen.crt.portal.programme.Assignment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * What one municipality hands in for one assignment: a series of immutable {@link
 * DocumentVersion}s. There is at most one submission per (assignment, municipality); it is created
 * by the first upload.
 */
@Entity
@Table(name = "submission")
@NamedQuery(
    name = "Submission.byAssignmentAndMunicipality",
    query =
        "SELECT s FROM Submission s WHERE s.assignment.id = :assignmentId AND s.municipality.id = :municipalityId")
public class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignment_id")
  private Assignment assignment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "review_state", length = 20)
  private ReviewState reviewState;

  @Column(name = "review_state_at")
  private Instant reviewStateAt;

  protected Submission() {}

  public Submission(Assignment assignment, Municipality municipality, Instant createdAt) {
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public Assignment getAssignment() {
    return assignment;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The reviewer moves the submission on: in review, feedback available, accepted. */
  public void review(ReviewState state, Instant at) {
    this.reviewState = Objects.requireNonNull(state, "state");
    this.reviewStateAt = Objects.requireNonNull(at, "at");
  }

  public ReviewState getReviewState() {
    return reviewState;
  }

  public Instant getReviewStateAt() {
    return reviewStateAt;
  }
}
