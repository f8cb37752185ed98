package be.vlaanderen.crt.portal.submission.internal;

import be.vlaanderen.crt.portal.storage.StoredObjectOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The objects of document versions (submissions and pilot dossier attachments). */
@ApplicationScoped
public class VersionObjects implements StoredObjectOwner {

  @PersistenceContext private EntityManager em;

  @Override
  public String name() {
    return "document versions";
  }

  @Override
  public List<Reference> references() {
    return em
        .createQuery(
            "SELECT DISTINCT v.storageKey, v.size, v.sha256 FROM DocumentVersion v", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Reference((String) r[0], ((Number) r[1]).longValue(), (String) r[2]))
        .toList();
  }
}
