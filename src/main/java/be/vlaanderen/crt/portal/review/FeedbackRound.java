package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.programme.Wave;
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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the three feedback rounds of a wave: 1 on the BIA, 2 on the BCP, 3 on the BCP update. The
 * dates plan the round; what makes feedback visible is a {@link RoundRelease} per municipality.
 */
@Entity
@Table(name = "feedback_round")
public class FeedbackRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "wave_id")
  private Wave wave;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "assignment_kind", nullable = false)
  private AssignmentKind assignmentKind;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Column(name = "release_on")
  private LocalDate releaseOn;

  protected FeedbackRound() {}

  public FeedbackRound(Wave wave, int number) {
    this.wave = Objects.requireNonNull(wave, "wave");
    this.assignmentKind = kindOf(number);
    this.number = number;
  }

  /** The document a round gives feedback on. */
  public static AssignmentKind kindOf(int number) {
    return switch (number) {
      case 1 -> AssignmentKind.BIA;
      case 2 -> AssignmentKind.BCP;
      case 3 -> AssignmentKind.BCP_UPDATE;
      default -> throw new IllegalArgumentException("Rounds are numbered 1 to 3");
    };
  }

  /** The round that gives feedback on a kind of document, or 0 when none does. */
  public static int numberOf(AssignmentKind kind) {
    return switch (kind) {
      case BIA -> 1;
      case BCP -> 2;
      case BCP_UPDATE -> 3;
      // The pilot's wave has a single review round for its dossier attachments.
      case INTEGRATION_DOSSIER -> 1;
      default -> 0;
    };
  }

  public void plan(LocalDate opensOn, LocalDate closesOn, LocalDate releaseOn) {
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.releaseOn = releaseOn;
  }

  /** Whether the date falls within the round's opening and closing dates (open-ended if unset). */
  public boolean isCurrent(LocalDate date) {
    return (opensOn == null || !date.isBefore(opensOn))
        && (closesOn == null || !date.isAfter(closesOn))
        && (opensOn != null || closesOn != null);
  }

  public Long getId() {
    return id;
  }

  public Wave getWave() {
    return wave;
  }

  public int getNumber() {
    return number;
  }

  public AssignmentKind getAssignmentKind() {
    return assignmentKind;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public LocalDate getReleaseOn() {
    return releaseOn;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
