package be.vlaanderen.crt.portal.programme;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.ProgrammeTime;
import be.vlaanderen.crt.portal.platform.RetryOnDeadlock;
import be.vlaanderen.crt.portal.programme.WorkshopPlanning.WorkshopView;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The participants' feedback on a wave, captured at its fifth workshop: per municipality a rating
 * of each workshop (1 to 5, or none for a workshop it did not follow), what helped, what was
 * missing, and recommendations for future workshops. Open from the day of workshop 5 on; the
 * municipality can correct its answers. The CRT reads every answer, the steering committee the
 * figures and the texts without the municipalities' names.
 */
@ApplicationScoped
public class WorkshopFeedback {

  @PersistenceContext private EntityManager em;

  @Inject WorkshopPlanning workshopPlanning;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.security.AccessPolicy access;

  /** What a municipality gives: five ratings (null = not rated) and three texts. */
  public record Answers(
      List<Integer> ratings, String helped, String missing, String recommendations)
      implements Serializable {}

  /** The questionnaire as a municipality sees it. */
  public record Form(
      long waveId,
      String wave,
      List<WorkshopView> workshops,
      LocalDateTime opensAt,
      boolean open,
      Answers mine,
      Instant submittedAt)
      implements Serializable {}

  /** One municipality's answers (municipality null for the steering committee). */
  public record Response(String municipality, Answers answers, Instant submittedAt)
      implements Serializable {}

  /** A workshop's average rating (two decimals, null without ratings) and number of ratings. */
  public record Rating(int number, String title, BigDecimal average, int ratings)
      implements Serializable {}

  /** A wave's results. */
  public record Results(
      long waveId,
      String wave,
      int enrolled,
      int responded,
      List<Rating> ratings,
      List<Response> responses,
      LocalDateTime opensAt)
      implements Serializable {}

  /** The questionnaire for the caller's municipality in a wave it takes part in. */
  public Form form(UserAccount account, long waveId) {
    long municipality = participant(account, waveId);
    List<WorkshopView> workshops = workshopPlanning.workshops(account, waveId);
    LocalDateTime opensAt = opensAt(workshops);
    Object[] row = row(waveId, municipality);
    return new Form(
        waveId,
        waveName(waveId),
        workshops,
        opensAt,
        isOpen(opensAt),
        row == null ? null : answers(row),
        row == null ? null : ((Timestamp) row[8]).toInstant());
  }

  /** Stores (or corrects) the municipality's answers. */
  @Transactional
  @RetryOnDeadlock
  public void submit(UserAccount account, long waveId, Answers in) {
    long municipality = participant(account, waveId);
    if (!isOpen(opensAt(workshopPlanning.workshops(account, waveId)))) {
      throw new InvalidInputException("feedback.notOpen");
    }
    if (in == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    List<Integer> ratings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Integer r = in.ratings() == null || in.ratings().size() <= i ? null : in.ratings().get(i);
      if (r != null && (r < 1 || r > 5)) {
        throw new InvalidInputException("feedback.rating");
      }
      ratings.add(r);
    }
    if (in.ratings() != null && in.ratings().size() > 5) {
      throw new InvalidInputException("feedback.rating");
    }
    String helped = text(in.helped());
    String missing = text(in.missing());
    String recommendations = text(in.recommendations());
    if (ratings.stream().allMatch(r -> r == null)
        && helped == null
        && missing == null
        && recommendations == null) {
      throw new InvalidInputException("feedback.empty");
    }
    Timestamp now = Timestamp.from(Instant.now());
    em.createNativeQuery(
            "INSERT INTO workshop_feedback (wave_id, municipality_id, rating_1, rating_2, rating_3,"
                + " rating_4, rating_5, helped, missing, recommendations, submitted_at, submitted_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " rating_1 = VALUES(rating_1), rating_2 = VALUES(rating_2),"
                + " rating_3 = VALUES(rating_3), rating_4 = VALUES(rating_4),"
                + " rating_5 = VALUES(rating_5), helped = VALUES(helped),"
                + " missing = VALUES(missing), recommendations = VALUES(recommendations),"
                + " submitted_at = VALUES(submitted_at), submitted_by = VALUES(submitted_by),"
                + " row_version = row_version + 1")
        .setParameter(1, waveId)
        .setParameter(2, municipality)
        .setParameter(3, ratings.get(0))
        .setParameter(4, ratings.get(1))
        .setParameter(5, ratings.get(2))
        .setParameter(6, ratings.get(3))
        .setParameter(7, ratings.get(4))
        .setParameter(8, helped)
        .setParameter(9, missing)
        .setParameter(10, recommendations)
        .setParameter(11, now)
        .setParameter(12, account.getUsername())
        .executeUpdate();
    // Not on the municipality's trail: the steering committee reads the answers without names,
    // and a dated trail entry would name them again.
    audit.record(
        account.getUsername(),
        "WORKSHOP_FEEDBACK_GIVEN",
        "Wave",
        waveId,
        ratings.stream().filter(r -> r != null).count() + " ratings");
  }

  /** A wave's results: the CRT with the municipalities' names, the steering committee without. */
  public Results results(UserAccount account, long waveId) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("The CRT and the steering committee read the results");
    }
    // Names for the coordinator, and for a CRT expert those of the municipalities assigned to
    // them; the steering committee reads the answers without names, dates or alphabetical order.
    boolean steering = account.getRole() == Role.STEERING;
    return results(account, waveId, steering, access.namedFor(account), null);
  }

  /**
   * A wave's results as the steering report shows them, whoever downloads it: without names or
   * dates, only what was answered before {@code cutoff} (the end of the report's day).
   */
  public Results anonymousResults(UserAccount account, long waveId, Instant cutoff) {
    if (account.getRole() != Role.COORDINATOR && account.getRole() != Role.STEERING) {
      throw new NotPermittedException("The steering report is for the committee");
    }
    return results(account, waveId, true, java.util.Set.of(), cutoff);
  }

  /** A workshop's number, title and date. */
  public record Title(Integer number, String title, LocalDateTime heldAt) {}

  /** The wave's workshops without their materials (one statement). */
  private List<Title> titles(long waveId) {
    return em.createQuery(
            "SELECT NEW be.vlaanderen.crt.portal.programme.WorkshopFeedback$Title(w.number, w.title, w.heldAt)"
                + " FROM Workshop w WHERE w.wave.id = :w ORDER BY w.number",
            Title.class)
        .setParameter("w", waveId)
        .getResultList();
  }

  private Results results(
      UserAccount account,
      long waveId,
      boolean steering,
      java.util.Set<Long> named,
      Instant cutoff) {
    List<Title> workshops = titles(waveId);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT f.rating_1, f.rating_2, f.rating_3, f.rating_4, f.rating_5, f.helped,"
                    + " f.missing, f.recommendations, f.submitted_at, m.name, m.id"
                    + " FROM workshop_feedback f JOIN municipality m ON m.id = f.municipality_id"
                    + " WHERE f.wave_id = ? AND f.submitted_at < ? ORDER BY "
                    + (steering ? "f.id" : "m.name"))
            .setParameter(1, waveId)
            .setParameter(
                2, Timestamp.from(cutoff == null ? Instant.parse("9999-12-31T00:00:00Z") : cutoff))
            .getResultList();
    List<Rating> ratings = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      int number = n;
      String title =
          workshops.stream()
              .filter(w -> w.number() == number)
              .map(Title::title)
              .findFirst()
              .orElse(null);
      int sum = 0;
      int count = 0;
      for (Object[] r : rows) {
        if (r[n - 1] != null) {
          sum += ((Number) r[n - 1]).intValue();
          count++;
        }
      }
      ratings.add(
          new Rating(
              n,
              title,
              count == 0
                  ? null
                  : BigDecimal.valueOf(sum)
                      .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP),
              count));
    }
    List<Response> responses =
        rows.stream()
            .map(
                r ->
                    new Response(
                        named.contains(((Number) r[10]).longValue()) ? (String) r[9] : null,
                        answers(r),
                        steering ? null : ((Timestamp) r[8]).toInstant()))
            .toList();
    int enrolled =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM enrollment WHERE wave_id = ?")
                    .setParameter(1, waveId)
                    .getSingleResult())
            .intValue();
    return new Results(
        waveId,
        waveName(waveId),
        enrolled,
        rows.size(),
        ratings,
        responses,
        workshops.stream()
            .filter(w -> w.number() == 5 && w.heldAt() != null)
            .map(w -> w.heldAt().toLocalDate().atStartOfDay())
            .findFirst()
            .orElse(null));
  }

  /**
   * Whether the account is a municipality of a wave whose questionnaire is open: only they see the
   * lessons that wait for publication.
   */
  public boolean participatesNow(UserAccount account) {
    if (account.getRole() != Role.MUNICIPALITY) {
      return false;
    }
    List<Long> waves =
        em.createQuery(
                "SELECT e.wave.id FROM Enrollment e WHERE e.municipality.id = :m", Long.class)
            .setParameter("m", account.getMunicipality().getId())
            .getResultList();
    return waves.stream().anyMatch(w -> isOpen(opensAt(workshopPlanning.workshops(w))));
  }

  private long participant(UserAccount account, long waveId) {
    if (account.getRole() != Role.MUNICIPALITY) {
      throw new NotPermittedException("Only participating municipalities answer");
    }
    long municipality = account.getMunicipality().getId();
    long enrolled =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM enrollment WHERE wave_id = ? AND municipality_id = ?")
                    .setParameter(1, waveId)
                    .setParameter(2, municipality)
                    .getSingleResult())
            .longValue();
    if (enrolled == 0) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return municipality;
  }

  private Object[] row(long waveId, long municipality) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rating_1, rating_2, rating_3, rating_4, rating_5, helped, missing,"
                    + " recommendations, submitted_at FROM workshop_feedback"
                    + " WHERE wave_id = ? AND municipality_id = ?")
            .setParameter(1, waveId)
            .setParameter(2, municipality)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static Answers answers(Object[] r) {
    List<Integer> ratings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ratings.add(r[i] == null ? null : ((Number) r[i]).intValue());
    }
    return new Answers(ratings, (String) r[5], (String) r[6], (String) r[7]);
  }

  /** The questionnaire opens on the day of workshop 5 (null while it has no date). */
  static LocalDateTime opensAt(List<WorkshopView> workshops) {
    return workshops.stream()
        .filter(w -> w.number() == 5 && w.heldAt() != null)
        .map(w -> w.heldAt().toLocalDate().atStartOfDay())
        .findFirst()
        .orElse(null);
  }

  private static boolean isOpen(LocalDateTime opensAt) {
    return opensAt != null && !ProgrammeTime.now().isBefore(opensAt);
  }

  private String waveName(long waveId) {
    Wave wave = em.find(Wave.class, waveId);
    if (wave == null) {
      throw new NotVisibleException("Wave " + waveId);
    }
    return wave.getName();
  }

  private static String text(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > 4000) {
      throw new InvalidInputException("pilot.tooLong", 4000);
    }
    return value.strip();
  }
}
