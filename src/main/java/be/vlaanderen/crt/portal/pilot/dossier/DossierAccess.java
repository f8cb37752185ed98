package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.security.AccessPolicy;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may do what with an integration dossier. The municipality's own contact persons, the analysts
 * assigned to it and coordinators read and fill a dossier; only analysts and coordinators move its
 * status; the steering committee sees the list (for the KPIs), not the content. A dossier the
 * caller may not read answers {@link NotVisibleException}, exactly like an unknown id.
 */
@ApplicationScoped
public class DossierAccess {

  @PersistenceContext private EntityManager em;

  @Inject AccessPolicy access;

  /** The dossier, when the account may read it (steering: no). */
  public IntegrationDossier readable(UserAccount account, long dossierId) {
    IntegrationDossier d = em.find(IntegrationDossier.class, dossierId);
    if (d == null || !access.mayReadDocuments(account, d.getMunicipality().getId())) {
      throw new NotVisibleException("Dossier " + dossierId);
    }
    return d;
  }

  /** The dossier, when the account may add to it: readable, and not by the steering committee. */
  public IntegrationDossier writable(UserAccount account, long dossierId) {
    IntegrationDossier d = readable(account, dossierId);
    if (account.getRole() == Role.STEERING) {
      throw new NotPermittedException("The steering committee reads only");
    }
    return d;
  }

  /** The dossier, when the account may move its statuses (analysts and coordinators). */
  public IntegrationDossier statusEditable(UserAccount account, long dossierId) {
    IntegrationDossier d = readable(account, dossierId);
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("Analysts and coordinators move the status");
    }
    return d;
  }

  /** Whether the account may move statuses (pages hide the controls otherwise). */
  public static boolean movesStatus(UserAccount account) {
    return account.getRole() == Role.REVIEWER || account.getRole() == Role.COORDINATOR;
  }
}
