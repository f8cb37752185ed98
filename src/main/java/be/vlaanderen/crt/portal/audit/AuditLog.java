package be.vlaanderen.crt.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its change does.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String objectType, Long objectId, String detail) {
    em.persist(new AuditEvent(Instant.now(), actor, action, objectType, objectId, null, detail));
  }

  /** An event that concerns one municipality: it appears in that municipality's audit trail. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFor(
      Long municipalityId,
      String actor,
      String action,
      String objectType,
      Long objectId,
      String detail) {
    em.persist(
        new AuditEvent(Instant.now(), actor, action, objectType, objectId, municipalityId, detail));
  }

  /** For events with no other change (downloads): its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAloneFor(
      Long municipalityId,
      String actor,
      String action,
      String objectType,
      Long objectId,
      String detail) {
    em.persist(
        new AuditEvent(Instant.now(), actor, action, objectType, objectId, municipalityId, detail));
  }

  /** A municipality's trail, newest first (at most {@code limit} events). */
  public List<AuditEvent> trail(long municipalityId, int limit) {
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.municipalityId = :m ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setParameter("m", municipalityId)
        .setMaxResults(limit)
        .getResultList();
  }
}
