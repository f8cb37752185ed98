package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.storage.StoredObjectOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The objects of toolkit resources (templates, checklists, good practices). */
@ApplicationScoped
public class ToolkitObjects implements StoredObjectOwner {

  @PersistenceContext private EntityManager em;

  @Override
  public String name() {
    return "toolkit files";
  }

  @Override
  public List<Reference> references() {
    return em
        .createQuery(
            "SELECT DISTINCT r.file.storageKey, r.file.size, r.file.sha256 FROM ToolkitResource r",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Reference((String) r[0], ((Number) r[1]).longValue(), (String) r[2]))
        .toList();
  }
}
