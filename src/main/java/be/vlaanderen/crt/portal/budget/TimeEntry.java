package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.programme.Track;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Days a person spent on an activity. Never changed; a correction deletes (softly, so reports for
 * earlier dates stay the same) and adds a new entry.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  private String person;

  @Column(name = "profile_code")
  private String profile;

  @Column(name = "work_date")
  private LocalDate workDate;

  private BigDecimal days;

  @Enumerated(EnumType.STRING)
  private Activity activity;

  @Enumerated(EnumType.STRING)
  private Track track;

  @Column(name = "group_id")
  private Long groupId;

  @Column(name = "municipality_id")
  private Long municipalityId;

  private String note;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private String deletedBy;

  protected TimeEntry() {}

  TimeEntry(
      String person,
      String profile,
      LocalDate workDate,
      BigDecimal days,
      Activity activity,
      Track track,
      Long groupId,
      Long municipalityId,
      String note,
      Instant createdAt,
      String createdBy) {
    this.person = person;
    this.profile = profile;
    this.workDate = workDate;
    this.days = days;
    this.activity = activity;
    this.track = track;
    this.groupId = groupId;
    this.municipalityId = municipalityId;
    this.note = note;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void delete(Instant at, String by) {
    this.deletedAt = at;
    this.deletedBy = by;
  }

  public Long getId() {
    return id;
  }

  public String getPerson() {
    return person;
  }

  public String getProfile() {
    return profile;
  }

  public LocalDate getWorkDate() {
    return workDate;
  }

  public BigDecimal getDays() {
    return days;
  }

  public Activity getActivity() {
    return activity;
  }

  public Track getTrack() {
    return track;
  }

  public Long getGroupId() {
    return groupId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
