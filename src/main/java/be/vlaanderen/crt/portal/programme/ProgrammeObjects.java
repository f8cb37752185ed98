package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.storage.StoredObjectOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** The objects of workshop materials and assignment templates. */
@ApplicationScoped
public class ProgrammeObjects implements StoredObjectOwner {

  @PersistenceContext private EntityManager em;

  @Override
  public String name() {
    return "workshop materials and templates";
  }

  @Override
  public List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    for (String entity : List.of("WorkshopMaterial", "AssignmentTemplate")) {
      em.createQuery(
              "SELECT DISTINCT m.file.storageKey, m.file.size, m.file.sha256 FROM " + entity + " m",
              Object[].class)
          .getResultList()
          .forEach(
              r ->
                  references.add(
                      new Reference((String) r[0], ((Number) r[1]).longValue(), (String) r[2])));
    }
    return references;
  }
}
