package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.documents.VersionRecorded;
import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.submission.DocumentVersion;
import be.vlaanderen.crt.portal.submission.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carry-over: when a version is recorded, the open remarks made on earlier versions (and, for a BCP
 * update, on the BCP) are placed on it, so reviewers see at once what the municipality changed.
 *
 * <p>It observes {@link VersionRecorded} after the recording transaction committed, and a
 * background job ({@link CarryOverJob}) places the remarks in a transaction of its own: a failure
 * here is logged and never undoes an upload.
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

  /** A version waiting for its carry-over: how often it was tried and when to try it next. */
  private record Pending(long versionId, int attempts, Instant notBefore) {}

  /** Tries per version before it is parked (logged; readers place its remarks themselves). */
  static final int ATTEMPTS = 4;

  private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();

  private final AtomicInteger parked = new AtomicInteger();

  /**
   * Queues the version once its recording transaction committed. Not done in the request: the
   * upload is answered as soon as its version is recorded (the carry-over downloaded and parsed the
   * new version inside the upload before). Until the anchors are stored, a reader of the version
   * finds the passages in its text itself and finds the same places, so a carry-over that is late,
   * or lost with its node, loses nothing.
   */
  void versionRecorded(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VersionRecorded recorded) {
    pending.add(new Pending(recorded.versionId(), 0, Instant.EPOCH));
  }

  /**
   * Carries over every queued version that is due (the background job, every half second). One
   * version failing is logged and tried again later, with a longer wait each time; after {@value
   * #ATTEMPTS} tries it is parked. Answers how many versions were carried over.
   */
  public int drain() {
    int done = 0;
    Instant now = Instant.now();
    List<Pending> later = new ArrayList<>();
    for (Pending next = pending.poll(); next != null; next = pending.poll()) {
      if (next.notBefore().isAfter(now)) {
        later.add(next);
        continue;
      }
      try {
        self.carryOver(next.versionId());
        done++;
      } catch (RuntimeException e) {
        int attempts = next.attempts() + 1;
        if (attempts >= ATTEMPTS) {
          parked.incrementAndGet();
          LOG.log(
              Level.WARNING,
              "Carry-over of remarks to version "
                  + next.versionId()
                  + " failed "
                  + attempts
                  + " times; parked (readers place its remarks themselves)",
              e);
        } else {
          LOG.log(
              Level.WARNING,
              "Carry-over of remarks to version " + next.versionId() + " failed; tried again",
              e);
          later.add(
              new Pending(
                  next.versionId(), attempts, now.plusSeconds((long) Math.pow(4, attempts))));
        }
      }
    }
    pending.addAll(later);
    return done;
  }

  /** Versions waiting for their carry-over on this node. */
  public int waiting() {
    return pending.size();
  }

  /** Versions whose carry-over was given up since the node started. */
  public int parked() {
    return parked.get();
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
