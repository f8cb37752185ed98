package be.vlaanderen.crt.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Something a person did to an object. Append-only: never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(nullable = false, updatable = false, length = 40)
  private String action;

  @Column(name = "object_type", nullable = false, updatable = false, length = 40)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private Long objectId;

  @Column(name = "municipality_id", updatable = false)
  private Long municipalityId;

  @Column(updatable = false, length = 1000)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String objectType,
      Long objectId,
      Long municipalityId,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.objectId = objectId;
    this.municipalityId = municipalityId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public Long getObjectId() {
    return objectId;
  }

  public String getDetail() {
    return detail;
  }
}
