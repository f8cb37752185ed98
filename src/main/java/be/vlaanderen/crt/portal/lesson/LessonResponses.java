package be.vlaanderen.crt.portal.lesson;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.platform.RetryOnDeadlock;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The participants' say on the lessons learned before they are published: a lesson the coordinator
 * approved (checked for names, not yet public) can be confirmed by a participating municipality, or
 * commented on. The CRT sees how many confirmed and every comment, with the lesson version it was
 * given on.
 */
@ApplicationScoped
public class LessonResponses {

  @PersistenceContext private EntityManager em;

  @Inject AuditLog audit;

  @Inject be.vlaanderen.crt.portal.security.AccessPolicy access;

  /** An approved lesson as a participant sees it, with its own response (null: none yet). */
  public record ForParticipant(
      long lessonId, String title, String summary, String body, String verdict, String comment)
      implements Serializable {}

  /** A comment on a lesson (municipality null for the steering committee). */
  public record Comment(String municipality, int lessonVersion, String comment, Instant at)
      implements Serializable {}

  /** What the participants said about one lesson. */
  public record Summary(
      long lessonId, String title, int version, int confirmed, List<Comment> comments)
      implements Serializable {}

  /** The approved, not yet published lessons with the municipality's own responses. */
  public List<ForParticipant> forParticipant(UserAccount account) {
    long municipality = municipality(account);
    Map<Long, Object[]> mine = new HashMap<>();
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT lesson_id, verdict, comment FROM lesson_response WHERE municipality_id = ?")
            .setParameter(1, municipality)
            .getResultList();
    rows.forEach(r -> mine.put(((Number) r[0]).longValue(), r));
    return approved().stream()
        .map(
            l -> {
              Object[] r = mine.get(l.getId());
              return new ForParticipant(
                  l.getId(),
                  l.getTitle(),
                  l.getSummary(),
                  l.getBody(),
                  r == null ? null : (String) r[1],
                  r == null ? null : (String) r[2]);
            })
        .toList();
  }

  /** Confirms a lesson or comments on it (a comment is required then); a new answer replaces. */
  @Transactional
  @RetryOnDeadlock
  public void respond(UserAccount account, long lessonId, String verdict, String comment) {
    long municipality = municipality(account);
    Lesson lesson = em.find(Lesson.class, lessonId);
    if (lesson == null || lesson.getStatus() != LessonStatus.APPROVED) {
      throw new NotVisibleException("Lesson " + lessonId);
    }
    if (!"CONFIRMED".equals(verdict) && !"COMMENTED".equals(verdict)) {
      throw new InvalidInputException("lessonResponse.verdict");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if ("COMMENTED".equals(verdict) && text == null) {
      throw new InvalidInputException("lessonResponse.commentRequired");
    }
    if (text != null && text.length() > 2000) {
      throw new InvalidInputException("pilot.tooLong", 2000);
    }
    em.createNativeQuery(
            "INSERT INTO lesson_response (lesson_id, municipality_id, lesson_version, verdict,"
                + " comment, responded_at, responded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE lesson_version = VALUES(lesson_version),"
                + " verdict = VALUES(verdict), comment = VALUES(comment),"
                + " responded_at = VALUES(responded_at), responded_by = VALUES(responded_by)")
        .setParameter(1, lessonId)
        .setParameter(2, municipality)
        .setParameter(3, lesson.getVersion())
        .setParameter(4, verdict)
        .setParameter(5, text)
        .setParameter(6, Timestamp.from(Instant.now()))
        .setParameter(7, account.getUsername())
        .executeUpdate();
    // Not on the municipality's trail: the steering committee reads the comments without names.
    audit.record(account.getUsername(), "LESSON_RESPONDED", "Lesson", lessonId, verdict);
  }

  /** Per approved or published lesson with responses: confirmations and comments. */
  public List<Summary> summaries(UserAccount account) {
    if (account.getRole() == Role.MUNICIPALITY) {
      throw new NotPermittedException("The CRT and the steering committee read the responses");
    }
    boolean steering = account.getRole() == Role.STEERING;
    java.util.Set<Long> named = access.namedFor(account);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.lesson_id, r.verdict, r.comment, r.lesson_version, r.responded_at, m.name,"
                    + " m.id FROM lesson_response r JOIN municipality m ON m.id = r.municipality_id"
                    + " ORDER BY r.lesson_id, "
                    + (steering ? "r.id" : "m.name"))
            .getResultList();
    List<Summary> result = new ArrayList<>();
    List<Lesson> lessons =
        em.createQuery(
                "SELECT l FROM Lesson l WHERE l.status IN :s ORDER BY l.status, l.title",
                Lesson.class)
            .setParameter("s", List.of(LessonStatus.APPROVED, LessonStatus.PUBLISHED))
            .getResultList();
    for (Lesson lesson : lessons) {
      int confirmed = 0;
      List<Comment> comments = new ArrayList<>();
      for (Object[] r : rows) {
        if (((Number) r[0]).longValue() != lesson.getId()) {
          continue;
        }
        if ("CONFIRMED".equals(r[1])) {
          confirmed++;
        } else {
          comments.add(
              new Comment(
                  named.contains(((Number) r[6]).longValue()) ? (String) r[5] : null,
                  ((Number) r[3]).intValue(),
                  (String) r[2],
                  steering ? null : ((Timestamp) r[4]).toInstant()));
        }
      }
      if (lesson.getStatus() == LessonStatus.APPROVED || confirmed > 0 || !comments.isEmpty()) {
        result.add(
            new Summary(
                lesson.getId(), lesson.getTitle(), lesson.getVersion(), confirmed, comments));
      }
    }
    return result;
  }

  private List<Lesson> approved() {
    return em.createQuery(
            "SELECT l FROM Lesson l WHERE l.status = :s ORDER BY l.title", Lesson.class)
        .setParameter("s", LessonStatus.APPROVED)
        .getResultList();
  }

  private static long municipality(UserAccount account) {
    if (account.getRole() != Role.MUNICIPALITY) {
      throw new NotPermittedException("Participants respond");
    }
    return account.getMunicipality().getId();
  }
}
