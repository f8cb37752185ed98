package be.vlaanderen.crt.portal.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One of the CRT's programmes (the BCP track or the ACM/IDM pilot) over a period. */
@Entity
@Table(name = "programme")
public class Programme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Track track;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected Programme() {}

  public Programme(String name, Track track, LocalDate startsOn, LocalDate endsOn) {
    this.name = Objects.requireNonNull(name, "name");
    this.track = Objects.requireNonNull(track, "track");
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Track getTrack() {
    return track;
  }
}
