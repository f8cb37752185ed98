package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * The BCP track's waves as filters and lists show them (with their number of municipalities), for
 * the CRT and the steering committee: the programme's vocabulary that progress, rounds, import and
 * the municipalities' list share.
 */
@ApplicationScoped
public class Waves {

  @PersistenceContext private EntityManager em;

  /** A wave as the filters and the API list it. */
  public record WaveSummary(long id, String programme, int number, String name, long municipalities)
      implements Serializable {}

  public List<WaveSummary> list(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException(
          "The progress of other municipalities is not for municipalities");
    }
    return em
        .createQuery(
            "SELECT w.id, w.programme.name, w.number, w.name, COUNT(e.id) FROM Wave w LEFT JOIN"
                + " Enrollment e ON e.wave = w WHERE w.programme.track ="
                + " be.vlaanderen.crt.portal.programme.Track.BCP"
                + " GROUP BY w.id, w.programme.name, w.number, w.name"
                + " ORDER BY w.programme.name, w.number",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            r ->
                new WaveSummary(
                    (Long) r[0], (String) r[1], (Integer) r[2], (String) r[3], (Long) r[4]))
        .toList();
  }
}
