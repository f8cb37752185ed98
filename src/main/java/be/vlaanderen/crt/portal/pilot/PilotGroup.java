package be.vlaanderen.crt.portal.pilot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the pilot's groups of (about) six neighbouring municipalities. */
@Entity
@Table(name = "pilot_group")
public class PilotGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  private int number;

  private String name;

  protected PilotGroup() {}

  public PilotGroup(int number, String name) {
    this.number = number;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
