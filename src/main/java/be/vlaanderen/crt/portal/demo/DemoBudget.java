package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.pilot.Decision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's time registration: three months of work by the analyst (functional analyst, per pilot
 * municipality), the coordinator (business analyst / PM, per group) and the BCP track's external
 * consultants, each entry recorded on the evening of its day, and the two months before the current
 * one approved. Only with {@code crt.demo.samples=true}, after the demo pilot.
 */
@ApplicationScoped
public class DemoBudget {

  @PersistenceContext private EntityManager em;

  void create() {
    List<Object[]> members =
        em.createQuery(
                "SELECT a.municipality.id, a.group.id FROM PilotApplication a WHERE a.decision = :d"
                    + " AND a.group IS NOT NULL ORDER BY a.group.number, a.municipality.name",
                Object[].class)
            .setParameter("d", Decision.SELECTED)
            .getResultList();
    List<Long> bcp =
        em.createQuery(
                "SELECT e.municipality.id FROM Enrollment e WHERE e.wave.programme.track ="
                    + " be.vlaanderen.crt.portal.programme.Track.BCP ORDER BY e.municipality.name",
                Long.class)
            .getResultList();
    LocalDate today = be.vlaanderen.crt.portal.platform.ProgrammeTime.today();
    LocalDate day = today.minusDays(90);
    int n = 0;
    String[] pilotActivities = {"INTAKE", "DOSSIER", "INTEGRATION_SUPPORT", "TESTING", "DOSSIER"};
    while (day.isBefore(today)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        if (!members.isEmpty()) {
          Object[] m = members.get(n % members.size());
          insert(
              "analist",
              "FA",
              day,
              n % 3 == 0 ? "0.5" : "1.0",
              pilotActivities[n % pilotActivities.length],
              "ACM_IDM",
              null,
              (Long) m[0]);
          if (n % 4 == 0) {
            insert(
                "coordinator",
                "BA_PM",
                day,
                "0.5",
                n % 8 == 0 ? "INTAKE" : "REPORTING",
                "ACM_IDM",
                (Long) m[1],
                null);
          }
        }
        if (n % 2 == 0) {
          String activity =
              n % 6 == 0 ? "WORKSHOP" : n % 6 == 2 ? "WORKSHOP_PREPARATION" : "FEEDBACK_ROUND";
          Long municipality =
              activity.equals("FEEDBACK_ROUND") && !bcp.isEmpty() ? bcp.get(n % bcp.size()) : null;
          insert(
              "Extern consultant (profiel B)",
              "EXT_B",
              day,
              "1.0",
              activity,
              "BCP",
              null,
              municipality);
          if (n % 10 == 0) {
            insert("Extern expert (profiel D)", "EXT_D", day, "0.5", "WORKSHOP", "BCP", null, null);
          }
        }
        n++;
      }
      day = day.plusDays(1);
    }
    for (int back = 2; back >= 1; back--) {
      em.createNativeQuery(
              "INSERT IGNORE INTO time_lock (month, locked_at, locked_by) VALUES (?, ?, 'coordinator')")
          .setParameter(
              1,
              be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth()
                  .minusMonths(back)
                  .toString())
          .setParameter(
              2,
              Timestamp.valueOf(
                  be.vlaanderen.crt.portal.platform.ProgrammeTime.thisMonth()
                      .minusMonths(back - 1)
                      .atDay(3)
                      .atTime(9, 0)))
          .executeUpdate();
    }
  }

  private void insert(
      String person,
      String profile,
      LocalDate day,
      String days,
      String activity,
      String track,
      Long group,
      Long municipality) {
    em.createNativeQuery(
            "INSERT INTO time_entry (person, profile_code, work_date, days, activity, track, group_id,"
                + " municipality_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, person)
        .setParameter(2, profile)
        .setParameter(3, Date.valueOf(day))
        .setParameter(4, new java.math.BigDecimal(days))
        .setParameter(5, activity)
        .setParameter(6, track)
        .setParameter(7, group)
        .setParameter(8, municipality)
        .setParameter(9, Timestamp.valueOf(day.atTime(18, 0)))
        .setParameter(10, person.startsWith("Extern") ? "coordinator" : person)
        .executeUpdate();
    // The day's total that registration checks (V24).
    em.createNativeQuery(
            "INSERT INTO time_entry_day (person, work_date, days) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE days = days + VALUES(days)")
        .setParameter(1, person)
        .setParameter(2, Date.valueOf(day))
        .setParameter(3, new java.math.BigDecimal(days))
        .executeUpdate();
  }
}
