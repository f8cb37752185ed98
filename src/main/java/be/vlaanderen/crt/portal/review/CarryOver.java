package be.vlaanderen.crt.portal.review;

import be.vlaanderen.crt.portal.documents.VersionRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
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
public class CarryOver {

  private static final Logger LOG = Logger.getLogger(CarryOver.class.getName());

  /**
   * The placing itself, in a bean of its own: this one is first made when the first upload's
   * transaction completes, and a persistence context injected there was missing (the demo's seeded
   * versions failed with a null entity manager); the work bean is first made on the job's thread.
   */
  @Inject CarryOverWork work;

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
        work.carryOver(next.versionId());
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
}
