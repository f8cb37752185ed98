package be.vlaanderen.crt.portal.lesson;

import be.vlaanderen.crt.portal.audit.AuditLog;
import be.vlaanderen.crt.portal.platform.ConflictException;
import be.vlaanderen.crt.portal.platform.InvalidInputException;
import be.vlaanderen.crt.portal.platform.NotPermittedException;
import be.vlaanderen.crt.portal.platform.NotVisibleException;
import be.vlaanderen.crt.portal.programme.Theme;
import be.vlaanderen.crt.portal.search.SearchChanges;
import be.vlaanderen.crt.portal.security.Role;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lessons learned through their lifecycle: DRAFT → APPROVED (a coordinator) → PUBLISHED (in the
 * public toolkit) → RETIRED. Every save is a new version kept in {@code lesson_revision}; every
 * change that the toolkit may show is logged for the search index in the same transaction.
 */
@ApplicationScoped
public class LessonService {

  static final int MAX_BODY = 20_000;

  @PersistenceContext private EntityManager em;

  @Inject SearchChanges searchChanges;

  @Inject AuditLog audit;

  /** What an author sends. */
  public record Draft(
      String title,
      String summary,
      String body,
      List<String> themes,
      String source,
      List<Long> resources) {

    /** A draft without source and resources. (A factory, not a constructor: JSON-B needs one.) */
    public static Draft of(String title, String summary, String body, List<String> themes) {
      return new Draft(title, summary, body, themes, null, null);
    }
  }

  /** A saved lesson and the municipality names it still contains (a warning, never a refusal). */
  public record Saved(Lesson lesson, List<String> municipalityNames) {}

  public List<Lesson> all(UserAccount account) {
    requireCrt(account);
    return em.createQuery("SELECT l FROM Lesson l ORDER BY l.createdAt DESC", Lesson.class)
        .getResultList();
  }

  public Lesson lesson(UserAccount account, long id) {
    requireCrt(account);
    return find(id);
  }

  /** A published lesson, for anyone. */
  public Lesson published(long id) {
    Lesson lesson = em.find(Lesson.class, id);
    if (lesson == null || lesson.getStatus() != LessonStatus.PUBLISHED) {
      throw new NotVisibleException("Lesson " + id);
    }
    return lesson;
  }

  public List<Lesson> publishedLessons() {
    return em.createQuery(
            "SELECT l FROM Lesson l WHERE l.status = :s ORDER BY l.publishedAt DESC, l.id DESC",
            Lesson.class)
        .setParameter("s", LessonStatus.PUBLISHED)
        .getResultList();
  }

  @Transactional
  public Saved create(UserAccount account, Draft draft, String sourceLabel) {
    requireCrt(account);
    Draft valid = validate(draft);
    checkResources(valid.resources());
    Lesson lesson =
        new Lesson(
            valid.title(),
            valid.body(),
            String.join(",", valid.themes()),
            null,
            null,
            account.getUsername(),
            Instant.now());
    lesson.summarise(valid.summary());
    lesson.describeSource(valid.source() != null ? valid.source() : sourceLabel);
    lesson.relateTo(valid.resources());
    em.persist(lesson);
    em.flush();
    revision(lesson, account.getUsername());
    audit.record(account.getUsername(), "LESSON_CREATED", "Lesson", lesson.getId(), valid.title());
    return new Saved(lesson, municipalityNames(valid));
  }

  /**
   * Saves a new version. An approved lesson goes back to draft; a published one stays published.
   */
  @Transactional
  public Saved edit(UserAccount account, long id, Draft draft) {
    return edit(account, id, draft, null);
  }

  /**
   * Saves a new version of the lesson as it was at {@code expectedRowVersion} (null: as it is now).
   * A form opened before someone else saved is refused instead of overwriting that save.
   *
   * @throws ConflictException the lesson changed since the form was opened
   */
  @Transactional
  public Saved edit(UserAccount account, long id, Draft draft, Long expectedRowVersion) {
    requireCrt(account);
    Lesson lesson = find(id);
    if (expectedRowVersion != null && expectedRowVersion != lesson.getRowVersion()) {
      throw new ConflictException("error.changedMeanwhile");
    }
    if (lesson.getStatus() == LessonStatus.RETIRED) {
      throw new ConflictException("lesson.conflict.retired");
    }
    if (lesson.getStatus() == LessonStatus.PUBLISHED && account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator changes a published lesson");
    }
    Draft valid = validate(draft);
    checkResources(valid.resources());
    lesson.edit(
        valid.title(),
        valid.summary(),
        valid.body(),
        String.join(",", valid.themes()),
        account.getUsername(),
        Instant.now());
    if (valid.source() != null) {
      lesson.describeSource(valid.source());
    }
    lesson.relateTo(valid.resources());
    if (lesson.getStatus() == LessonStatus.APPROVED) {
      lesson.moveTo(LessonStatus.DRAFT, account.getUsername(), Instant.now());
    }
    revision(lesson, account.getUsername());
    if (lesson.getStatus() == LessonStatus.PUBLISHED) {
      searchChanges.changed(SearchChanges.LESSON, id);
    }
    audit.record(
        account.getUsername(), "LESSON_EDITED", "Lesson", id, "version " + lesson.getVersion());
    em.flush(); // raises the row version now, so the page keeps editing the saved state
    return new Saved(lesson, municipalityNames(valid));
  }

  /** Moves a lesson on: approve, publish, retire (coordinators only). */
  @Transactional
  public Lesson move(UserAccount account, long id, LessonStatus next) {
    if (account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only a coordinator approves, publishes and retires lessons");
    }
    Lesson lesson = find(id);
    LessonStatus from = lesson.getStatus();
    boolean allowed =
        switch (next) {
          case APPROVED -> from == LessonStatus.DRAFT;
          case PUBLISHED -> from == LessonStatus.APPROVED || from == LessonStatus.RETIRED;
          case RETIRED -> from == LessonStatus.PUBLISHED;
          case DRAFT -> from == LessonStatus.APPROVED || from == LessonStatus.RETIRED;
        };
    if (!allowed) {
      throw new ConflictException("lesson.conflict.transition", from.name(), next.name());
    }
    lesson.moveTo(next, account.getUsername(), Instant.now());
    revision(lesson, account.getUsername());
    searchChanges.changed(SearchChanges.LESSON, id);
    audit.record(
        account.getUsername(), "LESSON_" + next.name(), "Lesson", id, from + " -> " + next);
    return lesson;
  }

  /**
   * The municipality names (from the database) that occur in the text, for the author's warning.
   */
  public List<String> municipalityNames(Draft draft) {
    String text = String.join("\n", nz(draft.title()), nz(draft.summary()), nz(draft.body()));
    Set<String> found = new LinkedHashSet<>();
    for (String name :
        em.createQuery("SELECT m.name FROM Municipality m", String.class).getResultList()) {
      Pattern word =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (word.matcher(text).find()) {
        found.add(name);
      }
    }
    return found.stream().sorted(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))).toList();
  }

  private void checkResources(List<Long> ids) {
    for (Long id : ids) {
      if (id == null
          || em.find(be.vlaanderen.crt.portal.lesson.ToolkitResource.class, id) == null) {
        throw new InvalidInputException("lesson.invalid.resource", String.valueOf(id));
      }
    }
  }

  private void revision(Lesson lesson, String by) {
    em.flush();
    em.createNativeQuery(
            "INSERT INTO lesson_revision (lesson_id, version, status, title, summary, body, themes, saved_by, saved_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, lesson.getId())
        .setParameter(2, lesson.getVersion())
        .setParameter(3, lesson.getStatus().name())
        .setParameter(4, lesson.getTitle())
        .setParameter(5, lesson.getSummary())
        .setParameter(6, lesson.getBody())
        .setParameter(7, lesson.getThemes())
        .setParameter(8, by)
        .setParameter(9, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  private Lesson find(long id) {
    Lesson lesson = em.find(Lesson.class, id);
    if (lesson == null) {
      throw new NotVisibleException("Lesson " + id);
    }
    return lesson;
  }

  static Draft validate(Draft draft) {
    if (draft == null) {
      throw new InvalidInputException("error.invalidJson");
    }
    String title = nz(draft.title()).strip();
    String summary = nz(draft.summary()).strip();
    String body = nz(draft.body()).strip();
    if (title.isEmpty() || title.length() > 200) {
      throw new InvalidInputException("lesson.invalid.title");
    }
    if (summary.length() > 1000) {
      throw new InvalidInputException("lesson.invalid.summary");
    }
    if (body.isEmpty() || body.length() > MAX_BODY) {
      throw new InvalidInputException("lesson.invalid.body", MAX_BODY);
    }
    List<String> themes = draft.themes() == null ? List.of() : draft.themes();
    if (themes.isEmpty()) {
      throw new InvalidInputException("lesson.invalid.noTheme");
    }
    List<String> names =
        themes.stream()
            .map(
                t -> {
                  Theme theme = Theme.parse(t);
                  if (theme == null) {
                    throw new InvalidInputException("annotation.invalid.theme", String.valueOf(t));
                  }
                  return theme.name();
                })
            .distinct()
            .collect(Collectors.toList());
    String source =
        draft.source() == null || draft.source().isBlank() ? null : draft.source().strip();
    if (source != null && source.length() > 120) {
      throw new InvalidInputException("lesson.invalid.source");
    }
    List<Long> resources =
        draft.resources() == null ? List.of() : draft.resources().stream().distinct().toList();
    return new Draft(title, summary, body, names, source, resources);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void requireCrt(UserAccount account) {
    if (account.getRole() != Role.REVIEWER && account.getRole() != Role.COORDINATOR) {
      throw new NotPermittedException("Only the CRT writes lessons");
    }
  }
}
