package be.vlaanderen.crt.portal.pilot;

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

/** An intake meeting or a course session of a group. */
@Entity
@Table(name = "pilot_meeting")
public class PilotMeeting {

  /** What kind of meeting. */
  public enum Kind {
    INTAKE,
    COURSE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private PilotGroup group;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "held_at")
  private LocalDateTime heldAt;

  private String place;

  private String participants;

  protected PilotMeeting() {}

  public PilotMeeting(
      PilotGroup group, Kind kind, LocalDateTime heldAt, String place, String participants) {
    this.group = group;
    this.kind = kind;
    this.heldAt = heldAt;
    this.place = place;
    this.participants = participants;
  }

  public Long getId() {
    return id;
  }

  public PilotGroup getGroup() {
    return group;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDateTime getHeldAt() {
    return heldAt;
  }

  public String getPlace() {
    return place;
  }

  public String getParticipants() {
    return participants;
  }
}
