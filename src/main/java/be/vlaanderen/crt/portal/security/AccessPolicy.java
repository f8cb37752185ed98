package be.vlaanderen.crt.portal.security;

import be.vlaanderen.crt.portal.platform.TransactionMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may see which municipality: the one place that decides it.
 *
 * <ul>
 *   <li>MUNICIPALITY: only its own municipality.
 *   <li>REVIEWER: the municipalities assigned to them.
 *   <li>COORDINATOR: all.
 *   <li>STEERING: all in overviews, but no documents.
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

  @PersistenceContext private EntityManager em;

  @Inject TransactionMemo memo;

  /** The key of a reviewer's document decision in the transaction's memo. */
  private record MayRead(long reviewer, long municipality) {}

  /** The municipalities whose assignments and status the account may see. */
  public List<Long> visibleMunicipalityIds(UserAccount account) {
    return switch (account.getRole()) {
      case MUNICIPALITY -> List.of(account.getMunicipality().getId());
      case REVIEWER ->
          em.createQuery(
                  "SELECT r.municipality.id FROM ReviewerAssignment r WHERE r.reviewer.id = :id ORDER BY r.municipality.name",
                  Long.class)
              .setParameter("id", account.getId())
              .getResultList();
      case COORDINATOR, STEERING ->
          em.createQuery("SELECT m.id FROM Municipality m ORDER BY m.name", Long.class)
              .getResultList();
    };
  }

  /**
   * Whether the account may see a municipality's progress (attendance, status), not its documents:
   * as {@link #mayReadDocuments}, and the steering committee for every municipality.
   */
  public boolean maySeeStatus(UserAccount account, long municipalityId) {
    return account.getRole() == Role.STEERING || mayReadDocuments(account, municipalityId);
  }

  /**
   * The municipalities whose names the account may see beside answers that are anonymous for the
   * steering committee (workshop feedback, lesson comments): none for the committee, the visible
   * ones for everybody else.
   */
  public java.util.Set<Long> namedFor(UserAccount account) {
    return account.getRole() == Role.STEERING
        ? java.util.Set.of()
        : new java.util.HashSet<>(visibleMunicipalityIds(account));
  }

  /** Whether the account may list and download the documents of a municipality. */
  public boolean mayReadDocuments(UserAccount account, long municipalityId) {
    return switch (account.getRole()) {
      case MUNICIPALITY -> account.getMunicipality().getId() == municipalityId;
      case REVIEWER ->
          memo.remember(
              new MayRead(account.getId(), municipalityId),
              () ->
                  !em.createQuery(
                          "SELECT r.id FROM ReviewerAssignment r WHERE r.reviewer.id = :id AND r.municipality.id = :m",
                          Long.class)
                      .setParameter("id", account.getId())
                      .setParameter("m", municipalityId)
                      .getResultList()
                      .isEmpty());
      case COORDINATOR -> true;
      case STEERING -> false;
    };
  }

  /** Only a municipality's own contact persons hand in its documents. */
  public boolean mayUpload(UserAccount account, long municipalityId) {
    return account.getRole() == Role.MUNICIPALITY
        && account.getMunicipality().getId() == municipalityId;
  }
}
