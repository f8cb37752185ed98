package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.pilot.selection.Criteria;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The pilot's call for participation: sign-up window, places and selection criteria (one row). */
@Entity
@Table(name = "pilot_call")
public class PilotCall {

  public static final long ID = 1L;

  @Id private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "signup_opens")
  private LocalDate signupOpens;

  @Column(name = "signup_closes")
  private LocalDate signupCloses;

  private int places;

  @Column(name = "groups_count")
  private int groupsCount;

  @Column(name = "min_per_province")
  private int minPerProvince;

  @Column(name = "weight_maturity")
  private BigDecimal weightMaturity;

  @Column(name = "weight_audit")
  private BigDecimal weightAudit;

  @Column(name = "weight_hacking")
  private BigDecimal weightHacking;

  @Column(name = "weight_size_spread")
  private BigDecimal weightSizeSpread;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  protected PilotCall() {}

  public Criteria criteria() {
    return new Criteria(
        places, minPerProvince, weightMaturity, weightAudit, weightHacking, weightSizeSpread);
  }

  public void setCriteria(Criteria c) {
    places = c.places();
    minPerProvince = c.minPerProvince();
    weightMaturity = c.maturity();
    weightAudit = c.audit();
    weightHacking = c.hacking();
    weightSizeSpread = c.sizeSpread();
  }

  public void setWindow(LocalDate opens, LocalDate closes) {
    this.signupOpens = opens;
    this.signupCloses = closes;
  }

  /** Open on a day when it has opened and not yet closed; never open without dates. */
  public boolean isOpenOn(LocalDate day) {
    return signupOpens != null
        && !day.isBefore(signupOpens)
        && (signupCloses == null || !day.isAfter(signupCloses));
  }

  public void confirm(Instant at, String by) {
    this.confirmedAt = at;
    this.confirmedBy = by;
  }

  public LocalDate getSignupOpens() {
    return signupOpens;
  }

  public LocalDate getSignupCloses() {
    return signupCloses;
  }

  public int getGroupsCount() {
    return groupsCount;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
