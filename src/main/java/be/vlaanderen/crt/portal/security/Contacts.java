package be.vlaanderen.crt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who receives a municipality's mail: its enabled contact persons with an address. */
@ApplicationScoped
public class Contacts {

  @PersistenceContext private EntityManager em;

  public List<String> of(long municipalityId) {
    return em.createQuery(
            "SELECT u.email FROM UserAccount u WHERE u.municipality.id = :m AND u.role = :role"
                + " AND u.enabled = TRUE AND u.email IS NOT NULL",
            String.class)
        .setParameter("m", municipalityId)
        .setParameter("role", Role.MUNICIPALITY)
        .getResultList();
  }
}
