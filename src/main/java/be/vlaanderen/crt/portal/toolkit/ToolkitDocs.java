package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.extraction.TextUnavailableException;
import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonStatus;
import be.vlaanderen.crt.portal.lesson.LightMarkup;
import be.vlaanderen.crt.portal.lesson.ToolkitResource;
import be.vlaanderen.crt.portal.review.DocumentTexts;
import be.vlaanderen.crt.portal.search.IndexedDoc;
import be.vlaanderen.crt.portal.search.SearchChanges;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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

  /**
   * The document's current state, or empty when it is gone or not searchable; in a transaction of
   * its own, so one document's failure never touches another's.
   *
   * @throws RuntimeException the document could not be read now (try again later)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
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

  /** Everything that may be searchable, for a full rebuild. */
  public List<String> allUids() {
    List<String> uids = new ArrayList<>();
    em.createQuery("SELECT l.id FROM Lesson l WHERE l.status = :s", Long.class)
        .setParameter("s", LessonStatus.PUBLISHED)
        .getResultList()
        .forEach(id -> uids.add(IndexedDoc.uid(SearchChanges.LESSON, id)));
    em.createQuery("SELECT r.id FROM ToolkitResource r", Long.class)
        .getResultList()
        .forEach(id -> uids.add(IndexedDoc.uid(SearchChanges.RESOURCE, id)));
    em.createQuery("SELECT DISTINCT v.submission.id FROM DocumentVersion v", Long.class)
        .getResultList()
        .forEach(id -> uids.add(IndexedDoc.uid(SearchChanges.SUBMISSION, id)));
    return uids;
  }

  /**
   * Forgets the recorded extraction failure of a submission's latest version, so its text is
   * extracted again when it is next indexed.
   */
  public void forgetTextFailure(String uid) {
    if (!uid.startsWith(SearchChanges.SUBMISSION + ":")) {
      return;
    }
    long submissionId = Long.parseLong(uid.substring(uid.indexOf(':') + 1));
    em.createNamedQuery("DocumentVersion.bySubmission", DocumentVersion.class)
        .setParameter("submissionId", submissionId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(v -> texts.forgetFailure(v.getId()));
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
    // An outage (object store, database) propagates: the change is retried later and the index
    // keeps what it had. Only a document whose text truly cannot be extracted goes in without it.
    String text;
    String problem = null;
    try {
      text = texts.of(latest).plain();
    } catch (TextUnavailableException e) {
      LOG.log(Level.INFO, () -> "Submission " + s.getId() + " indexed without text: " + e.reason());
      text = "";
      problem = "Tekst niet beschikbaar (versie " + latest.getVersionNumber() + "): " + e.reason();
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
            "/review/document.xhtml?submission=" + s.getId(),
            problem));
  }
}
