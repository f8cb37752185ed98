package be.vlaanderen.crt.portal.pilot;

import be.vlaanderen.crt.portal.organisation.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A municipality's expression of interest in the pilot, and what became of it. */
@Entity
@Table(name = "pilot_application")
public class PilotApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @OneToOne(optional = false)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  private String applications;

  private int population;

  private int maturity;

  @Column(name = "audit_cofinanced")
  private boolean auditCofinanced;

  @Column(name = "ethical_hacking")
  private boolean ethicalHacking;

  private String contacts;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "applied_by")
  private String appliedBy;

  @Enumerated(EnumType.STRING)
  private Decision decision = Decision.PENDING;

  @Column(name = "decision_reason")
  private String decisionReason;

  /** The coordinator's choice against the proposal: SELECTED or NOT_SELECTED, or null. */
  @Enumerated(EnumType.STRING)
  @Column(name = "override_choice")
  private Decision overrideChoice;

  @Column(name = "override_reason")
  private String overrideReason;

  @ManyToOne
  @JoinColumn(name = "group_id")
  private PilotGroup group;

  protected PilotApplication() {}

  public PilotApplication(Municipality municipality, Instant appliedAt, String appliedBy) {
    this.municipality = municipality;
    this.appliedAt = appliedAt;
    this.appliedBy = appliedBy;
  }

  public void describe(
      String applications,
      int population,
      int maturity,
      boolean auditCofinanced,
      boolean ethicalHacking,
      String contacts) {
    this.applications = applications;
    this.population = population;
    this.maturity = maturity;
    this.auditCofinanced = auditCofinanced;
    this.ethicalHacking = ethicalHacking;
    this.contacts = contacts;
  }

  public void override(Decision choice, String reason) {
    this.overrideChoice = choice;
    this.overrideReason = choice == null ? null : reason;
  }

  public void decide(Decision decision, String reason) {
    this.decision = decision;
    this.decisionReason = reason;
  }

  public void placeIn(PilotGroup group) {
    this.group = group;
  }

  public Long getId() {
    return id;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public String getApplications() {
    return applications;
  }

  public int getPopulation() {
    return population;
  }

  public int getMaturity() {
    return maturity;
  }

  public boolean isAuditCofinanced() {
    return auditCofinanced;
  }

  public boolean isEthicalHacking() {
    return ethicalHacking;
  }

  public String getContacts() {
    return contacts;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Decision getOverrideChoice() {
    return overrideChoice;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public PilotGroup getGroup() {
    return group;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
