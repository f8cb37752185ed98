package be.vlaanderen.crt.portal.pilot.dossier;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.Inputs;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The troubleshooting sessions held for a dossier: when, the problem and how it was solved. */
@ApplicationScoped
public class TroubleshootingLog {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject DossierAccess rights;

  /** A troubleshooting session. */
  public record TroubleView(long id, LocalDate heldOn, String problem, String resolution, String by)
      implements Serializable {}

  @Transactional
  public long logTroubleshooting(
      UserAccount account, long dossierId, LocalDate heldOn, String problem, String resolution) {
    IntegrationDossier d = rights.writable(account, dossierId);
    if (heldOn == null) {
      throw new InvalidInputException("pilot.trouble.dateRequired");
    }
    if (heldOn.isAfter(be.vlaanderen.crt.portal.platform.ProgrammeTime.today().plusDays(1))) {
      throw new InvalidInputException("pilot.trouble.future");
    }
    Troubleshooting t =
        new Troubleshooting(
            d.getId(),
            heldOn,
            Inputs.required(problem, 2000, "pilot.trouble.problemRequired"),
            Inputs.optional(resolution, 2000),
            Instant.now(),
            account.getUsername());
    em.persist(t);
    em.flush();
    audit.recordFor(
        d.getMunicipality().getId(),
        account.getUsername(),
        "TROUBLESHOOTING_LOGGED",
        "IntegrationDossier",
        d.getId(),
        heldOn.toString());
    return t.getId();
  }

  public List<TroubleView> troubleshooting(UserAccount account, long dossierId) {
    rights.readable(account, dossierId);
    return em
        .createQuery(
            "SELECT t FROM Troubleshooting t WHERE t.dossierId = :d ORDER BY t.heldOn DESC, t.id DESC",
            Troubleshooting.class)
        .setParameter("d", dossierId)
        .getResultList()
        .stream()
        .map(
            t ->
                new TroubleView(
                    t.getId(), t.getHeldOn(), t.getProblem(), t.getResolution(), t.getLoggedBy()))
        .toList();
  }
}
