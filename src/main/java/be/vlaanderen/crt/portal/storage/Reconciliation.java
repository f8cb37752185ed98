package be.vlaanderen.crt.portal.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the database (the source of truth) with the bucket.
 *
 * <p>An <em>orphan</em> is an object no row points to: the trace of an upload whose database commit
 * failed after the object was written. It is harmless (no page shows it) and may be removed by an
 * operator. A <em>missing</em> object is a row without its bytes: that must never happen and is
 * reported loudly.
 */
@ApplicationScoped
public class Reconciliation {

  @PersistenceContext private EntityManager em;

  @Inject ObjectStore store;

  public Report run() {
    // Every table that points at objects: document versions, workshop materials, templates.
    Set<String> referenced =
        new TreeSet<>(
            em.createNamedQuery("DocumentVersion.storageKeys", String.class).getResultList());
    referenced.addAll(
        em.createQuery("SELECT DISTINCT m.file.storageKey FROM WorkshopMaterial m", String.class)
            .getResultList());
    referenced.addAll(
        em.createQuery("SELECT DISTINCT t.file.storageKey FROM AssignmentTemplate t", String.class)
            .getResultList());
    Set<String> stored = new TreeSet<>(store.keys(ContentKeys.PREFIX));
    Set<String> orphans = new TreeSet<>(stored);
    orphans.removeAll(referenced);
    Set<String> missing = new TreeSet<>(referenced);
    missing.removeAll(stored);
    return new Report(referenced.size(), stored.size(), orphans, missing);
  }

  /** The outcome of one reconciliation run. */
  public record Report(
      int referencedObjects, int storedObjects, Set<String> orphans, Set<String> missing) {}
}
