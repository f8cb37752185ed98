package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** Places the open remarks of earlier versions on a new version: one version, one transaction. */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class CarryOverWork {

  private static final Logger LOG = Logger.getLogger(CarryOverWork.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject RemarkPlacement placement;

  @Inject DocumentTexts texts;

  /** Places the open remarks of earlier versions on the version. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void carryOver(long versionId) {
    DocumentVersion version = em.find(DocumentVersion.class, versionId);
    if (version == null) {
      return;
    }
    Submission submission = version.getSubmission();
    List<Remark> open = new ArrayList<>(placement.remarksOf(submission.getId()));
    Submission earlier = placement.carriedFrom(submission);
    if (earlier != null) {
      open.addAll(placement.remarksOf(earlier.getId()));
    }
    ExtractedText[] read = new ExtractedText[1];
    Supplier<ExtractedText> text = () -> read[0] != null ? read[0] : (read[0] = texts.of(version));
    int placed = 0;
    for (Remark remark : open) {
      if (!remark.isProcessed()
          && remark.passage() != null
          && RemarkPlacement.precedes(remark.getVersion(), version)) {
        placement.store(remark, version, text);
        placed++;
      }
    }
    if (placed > 0) {
      int count = placed;
      LOG.info(() -> "Carried " + count + " remarks over to version " + versionId);
    }
  }
}
