package be.vlaanderen.crt.portal.submission;

import be.vlaanderen.crt.portal.organisation.Municipality;
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
 * DocumentVersion}s. There is at most one submission per (assignment, municipality, slot); it is
 * created by the first upload. The slot is empty for the BCP track's documents; a pilot dossier has
 * one slot per attachment (dossier document, SAML metadata, diagram, test evidence).
 */
@Entity
@Table(name = "submission")
@NamedQuery(
    name = "Submission.byAssignmentAndMunicipality",
    query =
        "SELECT s FROM Submission s WHERE s.assignment.id = :assignmentId AND s.municipality.id = :municipalityId AND s.slot = :slot")
public class Submission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

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

  @Column(nullable = false, length = 80)
  private String slot = "";

  protected Submission() {}

  public Submission(Assignment assignment, Municipality municipality, Instant createdAt) {
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    this.municipality = Objects.requireNonNull(municipality, "municipality");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * A submission in a named slot: one of several documents of the same assignment, such as the
   * attachments of a pilot dossier. The owner chooses the slot's name, which refers to it.
   */
  public static Submission inSlot(
      Assignment assignment, Municipality municipality, Instant createdAt, String slot) {
    Submission s = new Submission(assignment, municipality, createdAt);
    s.slot = Objects.requireNonNull(slot, "slot");
    return s;
  }

  public String getSlot() {
    return slot;
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

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
