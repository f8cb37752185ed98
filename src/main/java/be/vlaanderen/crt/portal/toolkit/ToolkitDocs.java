package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonStatus;
import be.vlaanderen.crt.portal.review.DocumentTexts;
import be.vlaanderen.crt.portal.search.IndexedDoc;
import be.vlaanderen.crt.portal.search.SearchChanges;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the index holds of each document, read from MariaDB (and, for submissions, the extracted
 * text): the one place that decides what is public.
 */
@ApplicationScoped
public class ToolkitDocs {

  private static final Logger LOG = Logger.getLogger(ToolkitDocs.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject DocumentTexts texts;

  /** The document's current state, or empty when it is gone or not searchable. */
  public Optional<IndexedDoc> load(String uid) {
    int colon = uid.indexOf(':');
    String kind = uid.substring(0, colon);
    long id = Long.parseLong(uid.substring(colon + 1));
    return switch (kind) {
      case SearchChanges.LESSON ->
          Optional.ofNullable(em.find(Lesson.class, id)).flatMap(this::lesson);
      case SearchChanges.RESOURCE ->
          Optional.ofNullable(em.find(ToolkitResource.class, id)).flatMap(this::resource);
      case SearchChanges.SUBMISSION ->
          Optional.ofNullable(em.find(Submission.class, id)).flatMap(this::submission);
      default -> Optional.empty();
    };
  }

  /** Everything searchable, for a full rebuild. */
  public List<IndexedDoc> all() {
    List<IndexedDoc> docs = new ArrayList<>();
    em.createQuery("SELECT l FROM Lesson l WHERE l.status = :s", Lesson.class)
        .setParameter("s", LessonStatus.PUBLISHED)
        .getResultList()
        .forEach(l -> lesson(l).ifPresent(docs::add));
    em.createQuery("SELECT r FROM ToolkitResource r", ToolkitResource.class)
        .getResultList()
        .forEach(r -> resource(r).ifPresent(docs::add));
    em.createQuery("SELECT DISTINCT v.submission FROM DocumentVersion v", Submission.class)
        .getResultList()
        .forEach(s -> submission(s).ifPresent(docs::add));
    return docs;
  }

  private Optional<IndexedDoc> lesson(Lesson l) {
    if (l.getStatus() != LessonStatus.PUBLISHED) {
      return Optional.empty();
    }
    return Optional.of(
        new IndexedDoc(
            IndexedDoc.uid(SearchChanges.LESSON, l.getId()),
            "LESSON",
            true,
            null,
            l.getTitle(),
            l.getSummary(),
            LightMarkup.plain(l.getBody()),
            l.themeList(),
            l.getSourceLabel(),
            "/toolkit/les.xhtml?id=" + l.getId()));
  }

  private Optional<IndexedDoc> resource(ToolkitResource r) {
    if (!r.isPublished()) {
      return Optional.empty();
    }
    return Optional.of(
        new IndexedDoc(
            IndexedDoc.uid(SearchChanges.RESOURCE, r.getId()),
            r.getType().name(),
            true,
            null,
            r.getTitle(),
            r.getDescription(),
            r.getTextContent(),
            r.themeList(),
            null,
            "/toolkit/hulpmiddel.xhtml?id=" + r.getId()));
  }

  private Optional<IndexedDoc> submission(Submission s) {
    List<DocumentVersion> versions =
        em.createNamedQuery("DocumentVersion.bySubmission", DocumentVersion.class)
            .setParameter("submissionId", s.getId())
            .setMaxResults(1)
            .getResultList();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    DocumentVersion latest = versions.get(0);
    String text;
    try {
      text = texts.of(latest).plain();
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "No text to index for submission " + s.getId(), e);
      text = "";
    }
    return Optional.of(
        new IndexedDoc(
            IndexedDoc.uid(SearchChanges.SUBMISSION, s.getId()),
            s.getAssignment().getKind().name(),
            false,
            s.getMunicipality().getId(),
            s.getMunicipality().getName() + " \u2013 " + s.getAssignment().getTitle(),
            latest.getFileName() + " v" + latest.getVersionNumber(),
            text,
            List.of(),
            s.getAssignment().getWave().getName(),
            "/review/document.xhtml?submission=" + s.getId()));
  }
}
