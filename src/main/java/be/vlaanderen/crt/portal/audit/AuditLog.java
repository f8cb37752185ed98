package be.vlaanderen.crt.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its change does.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String objectType, Long objectId, String detail) {
    em.persist(new AuditEvent(Instant.now(), actor, action, objectType, objectId, detail));
  }

  /** For events with no other change (downloads): its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(
      String actor, String action, String objectType, Long objectId, String detail) {
    em.persist(new AuditEvent(Instant.now(), actor, action, objectType, objectId, detail));
  }
}
