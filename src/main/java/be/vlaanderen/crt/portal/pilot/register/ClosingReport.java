package be.vlaanderen.crt.portal.pilot.register;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pilot's closing evaluation: what the portal measured (integrations per environment,
 * satisfaction before, during and after, eagerness, the obstacles and how they were answered, the
 * municipalities' own words) bundled with the impact and the policy recommendations the coordinator
 * writes. The coordinator composes it; the steering committee reads it; both download it as DOCX or
 * PDF.
 */
@ApplicationScoped
public class ClosingReport {

  @PersistenceContext private EntityManager em;

  @Inject PilotKpis kpis;

  @Inject PilotRegister register;

  @Inject AuditLog audit;

  /** An answered obstacle as a lesson for policy (no municipality named). */
  public record Insight(String kind, String nature, String title, String answer)
      implements Serializable {}

  /** The report: the figures and the coordinator's texts. */
  public record Closing(
      PilotKpis.Kpis kpis,
      Map<String, Long> obstaclesByKind,
      Map<String, Long> obstaclesByStatus,
      List<Insight> insights,
      List<String> voices,
      String impact,
      String recommendations,
      long rowVersion,
      Instant updatedAt,
      String updatedBy)
      implements Serializable {}

  /** What the coordinator writes; {@code rowVersion} is the version the form was opened at. */
  public record Texts(String impact, String recommendations, Long rowVersion) {}

  public Closing closing(UserAccount account) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("Coordinator or steering committee");
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT impact, recommendations, row_version, updated_at, updated_by"
                        + " FROM pilot_closing WHERE id = 1")
                .getSingleResult();
    List<Object[]> answered =
        em.createNativeQuery(
                "SELECT kind, nature, title, answer FROM pilot_obstacle"
                    + " WHERE answer IS NOT NULL ORDER BY kind, raised_at")
            .getResultList();
    List<String> voices =
        em.createNativeQuery(
                "SELECT comments FROM pilot_evaluation WHERE comments IS NOT NULL"
                    + " ORDER BY FIELD(moment, 'BEFORE', 'DURING', 'AFTER'), submitted_at")
            .getResultList();
    return new Closing(
        kpis.kpis(account),
        counts("kind"),
        counts("status"),
        answered.stream()
            .map(r -> new Insight((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
            .toList(),
        voices,
        (String) row[0],
        (String) row[1],
        ((Number) row[2]).longValue(),
        row[3] == null ? null : ((Timestamp) row[3]).toInstant(),
        (String) row[4]);
  }

  /** Saves the coordinator's texts; refused when someone saved in between. */
  @Transactional
  public Closing save(UserAccount account, Texts in) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("The coordinator writes the closing evaluation");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    if (in.rowVersion() == null) {
      throw new InvalidInputException("closing.rowVersion");
    }
    String impact = text(in.impact());
    String recommendations = text(in.recommendations());
    int changed =
        em.createNativeQuery(
                "UPDATE pilot_closing SET impact = ?, recommendations = ?, updated_at = ?,"
                    + " updated_by = ?, row_version = row_version + 1 WHERE id = 1"
                    + " AND row_version = ?")
            .setParameter(1, impact)
            .setParameter(2, recommendations)
            .setParameter(3, Timestamp.from(Instant.now()))
            .setParameter(4, account.getUsername())
            .setParameter(5, in.rowVersion())
            .executeUpdate();
    if (changed == 0) {
      throw new ConflictException("error.changedMeanwhile");
    }
    audit.record(account.getUsername(), "PILOT_CLOSING_SAVED", "PilotClosing", 1L, null);
    return closing(account);
  }

  private Map<String, Long> counts(String column) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + column
                    + ", COUNT(*) FROM pilot_obstacle GROUP BY "
                    + column
                    + " ORDER BY "
                    + column)
            .getResultList();
    rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
    return counts;
  }

  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > 20000) {
      throw new InvalidInputException("pilot.tooLong", 20000);
    }
    return value.strip();
  }
}
