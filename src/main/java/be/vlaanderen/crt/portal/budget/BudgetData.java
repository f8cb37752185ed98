package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.pilot.Decision;
import be.vlaanderen.crt.portal.programme.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lookups the budget needs from the rest of the portal, in one place. */
@ApplicationScoped
public class BudgetData {

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject be.vlaanderen.crt.portal.platform.TransactionMemo memo;

  /** An id and a name. */
  public record Named(Long id, String name) {}

  /** Every profile's dated rates (read once per transaction). */
  public Rates rates() {
    return memo.remember("budget.rates", this::readRates);
  }

  private Rates readRates() {
    List<Object[]> rows =
        em.createNativeQuery("SELECT profile_code, valid_from, day_rate FROM profile_rate")
            .getResultList();
    return new Rates(
        rows.stream()
            .map(
                r ->
                    new Rates.Rate(
                        (String) r[0],
                        r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1],
                        (BigDecimal) r[2]))
            .toList());
  }

  public String groupName(long groupId) {
    return em.createQuery("SELECT g.name FROM PilotGroup g WHERE g.id = :g", String.class)
        .setParameter("g", groupId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The id of the pilot group with this number (as in its name "Groep 2"), or null. */
  public Long groupIdOf(int number) {
    return em.createQuery("SELECT g.id FROM PilotGroup g WHERE g.number = :n", Long.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * A municipality's name. In a transaction, all names are read with the first one asked (a report
   * names dozens of municipalities: one statement instead of one each).
   */
  public String municipalityName(long municipalityId) {
    if (memo.active()) {
      Map<Long, String> names =
          memo.remember(
              "budget.municipalityNames",
              () -> {
                Map<Long, String> all = new HashMap<>();
                em.createQuery(
                        "SELECT NEW be.vlaanderen.crt.portal.budget.BudgetData$Named(m.id, m.name)"
                            + " FROM Municipality m",
                        Named.class)
                    .getResultList()
                    .forEach(n -> all.put(n.id(), n.name()));
                return all;
              });
      return names.get(municipalityId);
    }
    return em.createQuery("SELECT m.name FROM Municipality m WHERE m.id = :m", String.class)
        .setParameter("m", municipalityId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The group of a selected pilot municipality, or null when it is not in the pilot. */
  public Long pilotGroupOf(long municipalityId) {
    return em.createQuery(
            "SELECT a.group.id FROM PilotApplication a WHERE a.municipality.id = :m AND a.decision = :d"
                + " AND a.group IS NOT NULL",
            Long.class)
        .setParameter("m", municipalityId)
        .setParameter("d", Decision.SELECTED)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Whether a profile is one of the programme's own (internal) profiles. */
  public boolean isInternal(String profile) {
    List<?> rows =
        em.createNativeQuery("SELECT internal FROM profile WHERE code = ?")
            .setParameter(1, profile)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object v = rows.get(0);
    return v instanceof Boolean b ? b : ((Number) v).intValue() == 1;
  }

  /** The day the first programme began; no time is booked before it. */
  public LocalDate programmeStart() {
    return em.createQuery("SELECT MIN(p.startsOn) FROM Programme p", LocalDate.class)
        .getSingleResult();
  }

  /** Whether the municipality is enrolled in a wave of the BCP track. */
  public boolean inBcpTrack(long municipalityId) {
    return !em.createQuery(
            "SELECT e.id FROM Enrollment e WHERE e.municipality.id = :m AND e.wave.programme.track = :t",
            Long.class)
        .setParameter("m", municipalityId)
        .setParameter("t", Track.BCP)
        .getResultList()
        .isEmpty();
  }
}
