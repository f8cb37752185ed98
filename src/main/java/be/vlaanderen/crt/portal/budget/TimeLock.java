package be.vlaanderen.crt.portal.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A month approved by the coordinator; its time entries no longer change. */
@Entity
@Table(name = "time_lock")
public class TimeLock {

  @Id private String month;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "locked_by")
  private String lockedBy;

  protected TimeLock() {}

  TimeLock(String month, Instant lockedAt, String lockedBy) {
    this.month = month;
    this.lockedAt = lockedAt;
    this.lockedBy = lockedBy;
  }

  public String getMonth() {
    return month;
  }

  public Instant getLockedAt() {
    return lockedAt;
  }

  public String getLockedBy() {
    return lockedBy;
  }
}
