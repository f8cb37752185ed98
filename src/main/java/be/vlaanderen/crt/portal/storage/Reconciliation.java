package be.vlaanderen.crt.portal.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Compares the database (the source of truth) with the bucket. Every feature that keeps files
 * contributes its references ({@link StoredObjectOwner}).
 *
 * <p>An <em>orphan</em> is an object no row points to: the trace of an upload whose database commit
 * failed after the object was written. It is harmless (no page shows it) and may be removed: only
 * when older than a grace period (an upload in progress writes its object before its row) and after
 * a dry run. A <em>missing</em> object is a row without its bytes: that must never happen and is
 * reported loudly. The deep check reads every referenced object and compares its size and SHA-256
 * with what the rows say, in key order, with progress, resumable after a given key.
 */
@ApplicationScoped
public class Reconciliation {

  private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

  @Inject @Any Instance<StoredObjectOwner> owners;

  @Inject ObjectStore store;

  @Resource private ManagedExecutorService executor;

  private volatile DeepCheck deep;

  /** The outcome of one reconciliation run; {@code owners} counts the references per owner. */
  public record Report(
      int referencedObjects,
      int storedObjects,
      Set<String> orphans,
      Set<String> missing,
      Map<String, Integer> owners) {}

  /** Progress and findings of the deep check. */
  public record DeepProgress(
      String state,
      int total,
      int checked,
      long bytesRead,
      String lastKey,
      List<String> mismatched,
      List<String> missing,
      Instant startedAt,
      Instant finishedAt,
      String error) {}

  /** What an orphan removal did (or, in a dry run, would do). */
  public record OrphanRemoval(
      boolean dryRun,
      long graceHours,
      List<String> removable,
      List<String> tooYoung,
      int removed) {}

  public Report run() {
    Map<String, StoredObjectOwner.Reference> referenced = new TreeMap<>();
    Map<String, Integer> perOwner = new LinkedHashMap<>();
    for (StoredObjectOwner owner : owners) {
      List<StoredObjectOwner.Reference> references = owner.references();
      perOwner.put(owner.name(), references.size());
      references.forEach(r -> referenced.putIfAbsent(r.key(), r));
    }
    Set<String> stored = new TreeSet<>(store.keys(ContentKeys.PREFIX));
    Set<String> orphans = new TreeSet<>(stored);
    orphans.removeAll(referenced.keySet());
    Set<String> missing = new TreeSet<>(referenced.keySet());
    missing.removeAll(stored);
    return new Report(referenced.size(), stored.size(), orphans, missing, perOwner);
  }

  private Map<String, StoredObjectOwner.Reference> references() {
    Map<String, StoredObjectOwner.Reference> referenced = new TreeMap<>();
    for (StoredObjectOwner owner : owners) {
      owner.references().forEach(r -> referenced.putIfAbsent(r.key(), r));
    }
    return referenced;
  }

  // ---- deep check

  /**
   * Starts the deep check (after {@code afterKey}, to resume) unless one runs; answers progress.
   */
  public synchronized DeepProgress startDeep(String afterKey) {
    if (deep != null && deep.running()) {
      return deep.progress();
    }
    Map<String, StoredObjectOwner.Reference> referenced = references();
    List<StoredObjectOwner.Reference> todo =
        referenced.values().stream()
            .filter(r -> afterKey == null || afterKey.isBlank() || r.key().compareTo(afterKey) > 0)
            .toList();
    DeepCheck check = new DeepCheck(todo);
    deep = check;
    executor.submit(check::run);
    return check.progress();
  }

  /** The last or current deep check ("NONE" when none ran on this node). */
  public DeepProgress deepProgress() {
    DeepCheck check = deep;
    return check == null
        ? new DeepProgress("NONE", 0, 0, 0, null, List.of(), List.of(), null, null, null)
        : check.progress();
  }

  /** One run of the deep check. */
  private final class DeepCheck {
    private final List<StoredObjectOwner.Reference> todo;
    private final Instant startedAt = Instant.now();
    private final List<String> mismatched = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private volatile String state = "RUNNING";
    private volatile int checked;
    private volatile long bytesRead;
    private volatile String lastKey;
    private volatile Instant finishedAt;
    private volatile String error;

    DeepCheck(List<StoredObjectOwner.Reference> todo) {
      this.todo = todo;
    }

    boolean running() {
      return "RUNNING".equals(state);
    }

    void run() {
      try {
        for (StoredObjectOwner.Reference reference : todo) {
          verify(reference);
          lastKey = reference.key();
          checked++;
        }
        state = "DONE";
      } catch (StorageUnavailableException e) {
        LOG.log(Level.WARNING, "Deep check stopped: the object store failed", e);
        error = "De objectopslag antwoordde niet meer; hervat na " + lastKey + ".";
        state = "FAILED";
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Deep check stopped", e);
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
        state = "FAILED";
      } finally {
        finishedAt = Instant.now();
      }
    }

    private void verify(StoredObjectOwner.Reference reference) {
      MessageDigest sha256;
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      long size = 0;
      try (InputStream in = store.open(reference.key())) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
          sha256.update(buffer, 0, read);
          size += read;
          bytesRead += read;
        }
      } catch (ObjectMissingException e) {
        synchronized (this) {
          missing.add(reference.key());
        }
        return;
      } catch (IOException e) {
        throw new StorageUnavailableException("read " + reference.key(), e);
      }
      String digest = HexFormat.of().formatHex(sha256.digest());
      if (size != reference.size() || !digest.equalsIgnoreCase(reference.sha256())) {
        synchronized (this) {
          mismatched.add(reference.key());
        }
      }
    }

    synchronized DeepProgress progress() {
      return new DeepProgress(
          state,
          todo.size(),
          checked,
          bytesRead,
          lastKey,
          List.copyOf(mismatched),
          List.copyOf(missing),
          startedAt,
          finishedAt,
          error);
    }
  }

  // ---- orphan removal

  /**
   * Removes the orphans older than {@code grace}; with {@code dryRun} only lists them. The
   * references are read again right before removing, so an object that became referenced meanwhile
   * stays.
   */
  public OrphanRemoval removeOrphans(boolean dryRun, Duration grace) {
    Set<String> referenced = references().keySet();
    Instant cutoff = Instant.now().minus(grace);
    List<String> removable = new ArrayList<>();
    List<String> tooYoung = new ArrayList<>();
    for (StoredObject object : store.list(ContentKeys.PREFIX)) {
      if (referenced.contains(object.key())) {
        continue;
      }
      if (object.lastModified() != null && object.lastModified().isBefore(cutoff)) {
        removable.add(object.key());
      } else {
        tooYoung.add(object.key());
      }
    }
    int removed = 0;
    if (!dryRun && !removable.isEmpty()) {
      Set<String> again = references().keySet();
      for (String key : removable) {
        if (!again.contains(key)) {
          store.delete(key);
          removed++;
          LOG.info(() -> "Removed orphan object " + key);
        }
      }
    }
    return new OrphanRemoval(dryRun, grace.toHours(), removable, tooYoung, removed);
  }
}
