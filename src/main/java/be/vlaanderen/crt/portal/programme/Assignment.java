package be.vlaanderen.crt.portal.programme;

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
import java.time.LocalDateTime;
import java.util.Objects;

/** A task given to every municipality of a wave, with a deadline: hand in a BIA, a BCP, ... */
@Entity
@Table(name = "assignment")
public class Assignment {

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssignmentKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String description;

  @Column(nullable = false)
  private LocalDateTime deadline;

  protected Assignment() {}

  public Assignment(
      Wave wave, AssignmentKind kind, String title, String description, LocalDateTime deadline) {
    this.wave = Objects.requireNonNull(wave, "wave");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /** Moves the deadline (a wave's planning changes). */
  public void moveDeadline(LocalDateTime deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  public Long getId() {
    return id;
  }

  public Wave getWave() {
    return wave;
  }

  public AssignmentKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public LocalDateTime getDeadline() {
    return deadline;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
