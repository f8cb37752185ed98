package be.vlaanderen.crt.portal.pilot.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded move of an integration status; never changed. */
@Entity
@Table(name = "integration_transition")
public class IntegrationTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_id")
  private long dossierId;

  @Enumerated(EnumType.STRING)
  private Block block;

  @Enumerated(EnumType.STRING)
  private Env environment;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private IntegrationState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private IntegrationState toState;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  private String note;

  protected IntegrationTransition() {}

  IntegrationTransition(
      long dossierId,
      Block block,
      Env environment,
      IntegrationState from,
      IntegrationState to,
      Instant at,
      String actor,
      String note) {
    this.dossierId = dossierId;
    this.block = block;
    this.environment = environment;
    this.fromState = from;
    this.toState = to;
    this.occurredAt = at;
    this.actor = actor;
    this.note = note;
  }

  public Block getBlock() {
    return block;
  }

  public Env getEnvironment() {
    return environment;
  }

  public IntegrationState getFromState() {
    return fromState;
  }

  public IntegrationState getToState() {
    return toState;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getNote() {
    return note;
  }
}
