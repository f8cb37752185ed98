package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.documents.VersionRecorded;
import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carry-over: when a version is recorded, the open remarks made on earlier versions (and, for a BCP
 * update, on the BCP) are placed on it, so reviewers see at once what the municipality changed.
 *
 * <p>It observes {@link VersionRecorded} after the recording transaction committed and runs in a
 * transaction of its own: a failure here is logged and never undoes an upload.
 */
@ApplicationScoped
@be.vlaanderen.crt.portal.platform.RetryOnDeadlock
public class CarryOver {

  private static final Logger LOG = Logger.getLogger(CarryOver.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject RemarkPlacement placement;

  @Inject DocumentTexts texts;

  /** Itself, so that {@link #carryOver} runs through its transaction and deadlock retry. */
  @Inject CarryOver self;

  /**
   * Makes the thread the carry-over runs on: the recording transaction has completed but is still
   * bound to the request's thread, and a new transaction there could not resume it afterwards. A
   * thread of the factory, not a task of the managed executor: the executor's task shares the
   * request's invocation, and ending the task closed the request's entity managers.
   */
  @Resource ManagedThreadFactory threads;

  void versionRecorded(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VersionRecorded recorded) {
    RuntimeException[] failure = new RuntimeException[1];
    Thread worker =
        threads.newThread(
            () -> {
              try {
                self.carryOver(recorded.versionId());
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            });
    worker.setName("crt-carry-over-" + recorded.versionId());
    worker.start();
    try {
      // Waited for, so the uploader's answer comes after the remarks are placed (as before).
      worker.join(TimeUnit.MINUTES.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] != null) {
      LOG.log(
          Level.WARNING,
          "Carry-over of remarks to version " + recorded.versionId() + " failed",
          failure[0]);
    }
  }

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
