package be.vlaanderen.crt.portal.completeness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Keeps completeness reports with their document versions. */
@ApplicationScoped
public class CompletenessResults {

  @PersistenceContext private EntityManager em;

  /**
   * In the transaction that records the version: the report exists exactly when the version does.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void save(long versionId, CompletenessReport report) {
    em.persist(new CompletenessResult(versionId, report));
  }

  /** The reports of the given versions, by version id (versions without a check are absent). */
  public Map<Long, CompletenessReport> of(Collection<Long> versionIds) {
    Map<Long, CompletenessReport> reports = new HashMap<>();
    if (versionIds.isEmpty()) {
      return reports;
    }
    em.createQuery(
            "SELECT r FROM CompletenessResult r WHERE r.versionId IN :ids",
            CompletenessResult.class)
        .setParameter("ids", versionIds)
        .getResultList()
        .forEach(r -> reports.put(r.getVersionId(), r.report()));
    return reports;
  }
}
