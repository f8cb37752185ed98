package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A municipality taking part in a wave; it receives the wave's assignments. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "wave_id")
  private Wave wave;

  @ManyToOne(optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  protected Enrollment() {}

  public Enrollment(Wave wave, Municipality municipality) {
    this.wave = Objects.requireNonNull(wave, "wave");
    this.municipality = Objects.requireNonNull(municipality, "municipality");
  }

  public Wave getWave() {
    return wave;
  }

  public Municipality getMunicipality() {
    return municipality;
  }
}
