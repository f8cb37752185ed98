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

/** The current state of a dossier on one building block and environment. */
@Entity
@Table(name = "integration_status")
public class IntegrationStatus {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Optimistic lock: a change based on an older state is refused, never silently overwritten. */
  @jakarta.persistence.Version
  @jakarta.persistence.Column(name = "row_version", nullable = false)
  private long rowVersion;

  @Column(name = "dossier_id")
  private long dossierId;

  @Enumerated(EnumType.STRING)
  private Block block;

  @Enumerated(EnumType.STRING)
  private Env environment;

  @Enumerated(EnumType.STRING)
  private IntegrationState state;

  private Instant since;

  protected IntegrationStatus() {}

  IntegrationStatus(long dossierId, Block block, Env environment, Instant since) {
    this.dossierId = dossierId;
    this.block = block;
    this.environment = environment;
    this.state = IntegrationState.NOT_STARTED;
    this.since = since;
  }

  void move(IntegrationState to, Instant at) {
    this.state = to;
    this.since = at;
  }

  public long getDossierId() {
    return dossierId;
  }

  public Block getBlock() {
    return block;
  }

  public Env getEnvironment() {
    return environment;
  }

  public IntegrationState getState() {
    return state;
  }

  public Instant getSince() {
    return since;
  }

  /** The optimistic-lock version, raised by every committed change (ETags and forms carry it). */
  public long getRowVersion() {
    return rowVersion;
  }
}
