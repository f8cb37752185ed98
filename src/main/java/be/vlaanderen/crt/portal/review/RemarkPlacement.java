package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.review.anchoring.Anchor;
import be.vlaanderen.crt.portal.review.anchoring.AnchorState;
import be.vlaanderen.crt.portal.review.anchoring.Reanchor;
import be.vlaanderen.crt.portal.review.anchoring.TextQuote;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a remark's passage lies on a version other than the one it was made on: the anchor stored
 * by the carry-over, or, for a read, the place found now without storing it. Also knows which
 * remarks travel to a submission: its own and, for a BCP update, those of the BCP.
 */
@ApplicationScoped
class RemarkPlacement {

  @PersistenceContext private EntityManager em;

  @Inject DocumentTexts texts;

  /** Where a remark stands on a version: the state of its passage and its offsets, if found. */
  record Placement(AnchorState state, Integer start, Integer end, double similarity) {}

  /** The remarks made on a submission, oldest first. */
  @Transactional(Transactional.TxType.MANDATORY)
  List<Remark> remarksOf(long submissionId) {
    return em.createQuery(
            "SELECT r FROM Remark r JOIN FETCH r.author WHERE r.submission.id = :s ORDER BY r.id",
            Remark.class)
        .setParameter("s", submissionId)
        .getResultList();
  }

  /** For a BCP update: the same municipality's BCP in the same wave, whose remarks carry over. */
  @Transactional(Transactional.TxType.MANDATORY)
  Submission carriedFrom(Submission submission) {
    if (submission.getAssignment().getKind() != AssignmentKind.BCP_UPDATE) {
      return null;
    }
    return em.createQuery(
            "SELECT s FROM Submission s WHERE s.municipality.id = :m AND s.assignment.wave.id = :w"
                + " AND s.assignment.kind = :k ORDER BY s.id DESC",
            Submission.class)
        .setParameter("m", submission.getMunicipality().getId())
        .setParameter("w", submission.getAssignment().getWave().getId())
        .setParameter("k", AssignmentKind.BCP)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Whether a remark made on {@code made} can be placed on {@code shown} (a later version). */
  static boolean precedes(DocumentVersion made, DocumentVersion shown) {
    if (made.getSubmission().getId().equals(shown.getSubmission().getId())) {
      return made.getVersionNumber() < shown.getVersionNumber();
    }
    return made.getUploadedAt().isBefore(shown.getUploadedAt());
  }

  /** The anchor the carry-over stored for the remark on the version, or null. */
  @Transactional(Transactional.TxType.MANDATORY)
  RemarkAnchor stored(Remark remark, DocumentVersion version) {
    return em.createQuery(
            "SELECT a FROM RemarkAnchor a WHERE a.remark.id = :r AND a.version.id = :v",
            RemarkAnchor.class)
        .setParameter("r", remark.getId())
        .setParameter("v", version.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The anchors the carry-over stored on the version for these remarks, by remark id. */
  @Transactional(Transactional.TxType.MANDATORY)
  Map<Long, RemarkAnchor> storedOn(List<Remark> remarks, DocumentVersion version) {
    Map<Long, RemarkAnchor> byRemark = new HashMap<>();
    if (remarks.isEmpty()) {
      return byRemark;
    }
    em.createQuery(
            "SELECT a FROM RemarkAnchor a WHERE a.version.id = :v AND a.remark.id IN :r",
            RemarkAnchor.class)
        .setParameter("v", version.getId())
        .setParameter("r", remarks.stream().map(Remark::getId).toList())
        .getResultList()
        .forEach(a -> byRemark.put(a.getRemark().getId(), a));
    return byRemark;
  }

  /**
   * Where the remark's passage is on the version: the stored anchor (as read with {@link
   * #storedOn}, null when none), or else found in the version's text now. A read never stores what
   * it found (the carry-over does, when the version arrives).
   */
  static Placement placement(Remark remark, RemarkAnchor stored, Supplier<ExtractedText> text) {
    if (stored != null) {
      return new Placement(
          stored.getState(), stored.getStart(), stored.getEnd(), stored.getSimilarity());
    }
    return locate(remark, text.get());
  }

  /** The place of the remark's passage in a text, found by its quote and context. */
  static Placement locate(Remark remark, ExtractedText text) {
    Remark.Passage p = remark.passage();
    Anchor found =
        Reanchor.find(
            new TextQuote(p.exact(), p.prefix(), p.suffix(), p.start(), p.end()), text.plain());
    boolean located = found.state() != AnchorState.NOT_FOUND;
    return new Placement(
        found.state(),
        located ? found.start() : null,
        located ? found.end() : null,
        found.similarity());
  }

  /** Stores where the remark's passage is on the version (once). */
  @Transactional(Transactional.TxType.MANDATORY)
  void store(Remark remark, DocumentVersion version, Supplier<ExtractedText> text) {
    if (stored(remark, version) != null) {
      return;
    }
    Placement found = locate(remark, text.get());
    em.persist(
        new RemarkAnchor(
            remark,
            version,
            found.state(),
            found.start(),
            found.end(),
            found.similarity(),
            Instant.now()));
  }
}
