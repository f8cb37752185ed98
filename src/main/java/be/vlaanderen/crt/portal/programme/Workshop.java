package be.vlaanderen.crt.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One of the five workshops of a wave. Its content is validated by the commissioning agency (ABB)
 * before it is given; the flag records when.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(optional = false)
  @JoinColumn(name = "wave_id", updatable = false)
  private Wave wave;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "held_at")
  private LocalDateTime heldAt;

  @Column(length = 200)
  private String place;

  @Column(name = "validated_by_abb", nullable = false)
  private boolean validatedByAbb;

  @Column(name = "validated_on")
  private LocalDate validatedOn;

  protected Workshop() {}

  public Workshop(Wave wave, int number, String title) {
    this.wave = Objects.requireNonNull(wave, "wave");
    if (number < 1 || number > 5) {
      throw new IllegalArgumentException("A wave has workshops 1 to 5");
    }
    this.number = number;
    this.title = Objects.requireNonNull(title, "title");
  }

  /** Plans (or re-plans) the workshop. */
  public void plan(String title, LocalDateTime heldAt, String place) {
    this.title = Objects.requireNonNull(title, "title");
    this.heldAt = heldAt;
    this.place = place;
  }

  /** Records ABB's validation of the content, or withdraws it. */
  public void validate(boolean validated, LocalDate on) {
    this.validatedByAbb = validated;
    this.validatedOn = validated ? Objects.requireNonNull(on, "on") : null;
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

  public String getTitle() {
    return title;
  }

  public LocalDateTime getHeldAt() {
    return heldAt;
  }

  public String getPlace() {
    return place;
  }

  public boolean isValidatedByAbb() {
    return validatedByAbb;
  }

  public LocalDate getValidatedOn() {
    return validatedOn;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
