package be.vlaanderen.crt.portal.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A local government taking part in a programme. Its name is unique across the portal. */
@Entity
@Table(name = "municipality")
@NamedQuery(
    name = "Municipality.byName",
    query = "SELECT m FROM Municipality m WHERE m.name = :name")
public class Municipality {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Province province;

  /** Inhabitants, as imported; null when unknown. */
  private Integer population;

  /** The official code (NIS) by which ACM/IDM names the municipality in its claims; may be null. */
  @Column(name = "nis_code", length = 10)
  private String nisCode;

  /** Flagged by the coordinator to invite it as a speaker at a workshop. */
  @Column(name = "good_practice", nullable = false)
  private boolean goodPractice;

  @Column(name = "good_practice_note", length = 1000)
  private String goodPracticeNote;

  protected Municipality() {}

  public Municipality(String name, Province province) {
    this.name = Objects.requireNonNull(name, "name");
    this.province = Objects.requireNonNull(province, "province");
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Province getProvince() {
    return province;
  }

  public Integer getPopulation() {
    return population;
  }

  /** Sets the population when it is known; an import without the figure keeps the earlier one. */
  public void recordPopulation(Integer population) {
    if (population != null) {
      if (population < 0) {
        throw new IllegalArgumentException("A population is never negative");
      }
      this.population = population;
    }
  }

  public boolean isGoodPractice() {
    return goodPractice;
  }

  public String getGoodPracticeNote() {
    return goodPracticeNote;
  }

  /** Flags (or unflags) the municipality as good practice, with the coordinator's note. */
  public void markGoodPractice(boolean goodPractice, String note) {
    this.goodPractice = goodPractice;
    this.goodPracticeNote = note == null || note.isBlank() ? null : note.strip();
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }

  public String getNisCode() {
    return nisCode;
  }

  public void recordNisCode(String nisCode) {
    this.nisCode = nisCode == null || nisCode.isBlank() ? null : nisCode.strip();
  }
}
