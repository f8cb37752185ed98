package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.platform.NodeName;
import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import be.vlaanderen.crt.portal.search.Completions;
import be.vlaanderen.crt.portal.search.IndexApplier;
import be.vlaanderen.crt.portal.search.IndexApplier.Change;
import be.vlaanderen.crt.portal.search.SearchFailures;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Hit;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import be.vlaanderen.crt.portal.storage.StorageUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the search index of this node: opens it on start (rebuilding it when it does not belong to
 * this database), applies the change log every half second (near-real-time: a published lesson is
 * findable within a second or two), and answers searches. Searches run concurrently with indexing.
 *
 * <p>One document never holds up the others: a document that fails to load (object store down, lock
 * timeout) keeps its previous entry and is retried with back-off, then parked with its reason
 * ({@link SearchFailures}); a document whose text cannot be extracted is indexed without it and
 * parked at once. The applier runs as a {@link BackgroundJobs} job, which nothing can switch off.
 *
 * <p>Change ids are handed out when a transaction inserts its change, not when it commits, so a
 * change may become visible after a later one was applied. Such holes are remembered for {@link
 * #GAP_PATIENCE} and applied when their change appears; after a restart the changes of that last
 * stretch of time are applied once more (applying twice is harmless).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
  private static final int BATCH = 500;
  private static final int RETRY_BATCH = 50;
  static final Duration GAP_PATIENCE = Duration.ofMinutes(10);
  public static final String JOB = "search-index";

  @PersistenceContext private EntityManager em;

  @Resource SessionContext context;

  @Inject ToolkitDocs docs;

  @Inject SearchFailures failures;

  @Inject BackgroundJobs jobs;

  @Inject NodeName node;

  @Inject
  @ConfigProperty(name = "crt.search.dir", defaultValue = "data/index")
  String directory;

  @Inject
  @ConfigProperty(name = "crt.search.retry.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "crt.search.retry.base-seconds", defaultValue = "5")
  long baseSeconds;

  @Inject
  @ConfigProperty(name = "crt.search.retry.max-seconds", defaultValue = "600")
  long maxSeconds;

  private IndexApplier applier;
  private final Completions completions = new Completions();
  private final Object writeLock = new Object();
  private volatile long lastApplied;
  private volatile Instant lastCaughtUp = Instant.now();
  private final Map<Long, Instant> gaps = new HashMap<>();
  private volatile boolean recentReapplied;

  @PostConstruct
  void open() {
    try {
      Path path = Path.of(directory).toAbsolutePath();
      Files.createDirectories(path);
      applier = new IndexApplier(FSDirectory.open(path));
      lastApplied = applier.lastApplied();
      long newest = newestChange();
      boolean otherAnalysis =
          applier.documentCount() > 0
              && !be.vlaanderen.crt.portal.search.NlAnalyzer.VERSION.equals(
                  applier.analysisVersion());
      if (lastApplied > newest || (lastApplied == 0 && newest > 0) || otherAnalysis) {
        // An index of another database (restored backup, recreated test database), a new one, or
        // one built with an earlier analysis (its terms would not match today's queries).
        LOG.info(
            () ->
                "Search index at "
                    + path
                    + (otherAnalysis
                        ? " was built with another analysis: rebuilding"
                        : " does not match the database: rebuilding"));
        rebuild();
      } else {
        withSearcher(
            s -> {
              completions.rebuild(s);
              return null;
            });
      }
      LOG.info(() -> "Search index open at " + path + ", last change applied " + lastApplied);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jobs.every(
        JOB,
        Duration.ofSeconds(1),
        Duration.ofMillis(500),
        () -> context.getBusinessObject(SearchService.class).tick());
  }

  /** One round of the applier: new changes, holes that filled, retries that are due. */
  public void tick() {
    if (!recentReapplied) {
      reapplyRecent();
      recentReapplied = true;
    }
    applyPending();
    applyFilledGaps();
    retryDue();
    if (lag() == 0) {
      lastCaughtUp = Instant.now();
    }
  }

  /** Applies logged changes up to now; answers how many were applied. */
  public int applyPending() {
    synchronized (writeLock) {
      int applied = 0;
      while (true) {
        List<Change> changes = changes("id > ? ORDER BY id LIMIT " + BATCH, lastApplied);
        if (changes.isEmpty()) {
          return applied;
        }
        noteGaps(changes);
        try {
          IndexApplier.Outcome outcome = applier.apply(changes, loader());
          record(changes.stream().map(Change::uid).distinct().toList(), outcome);
          lastApplied = changes.get(changes.size() - 1).id();
          lastCaughtUp = Instant.now();
          refreshCompletions(changes.stream().map(Change::uid).toList());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        applied += changes.size();
      }
    }
  }

  /** Changes whose id was skipped because their transaction had not committed yet. */
  private void noteGaps(List<Change> changes) {
    long expected = lastApplied + 1;
    Instant now = Instant.now();
    for (Change change : changes) {
      for (long id = expected; id < change.id() && gaps.size() < 10_000; id++) {
        gaps.put(id, now);
      }
      expected = change.id() + 1;
    }
  }

  private void applyFilledGaps() {
    synchronized (writeLock) {
      if (gaps.isEmpty()) {
        return;
      }
      Instant now = Instant.now();
      gaps.values().removeIf(seen -> seen.plus(GAP_PATIENCE).isBefore(now));
      List<Long> ids = gaps.keySet().stream().sorted().limit(BATCH).toList();
      if (ids.isEmpty()) {
        return;
      }
      String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
      List<Change> filled = changes("id IN (" + marks + ") ORDER BY id", ids.toArray());
      if (!filled.isEmpty()) {
        reapply(filled.stream().map(Change::uid).distinct().toList());
        filled.forEach(c -> gaps.remove(c.id()));
      }
    }
  }

  /** After a restart: the changes of the last minutes once more, for holes the crash forgot. */
  private void reapplyRecent() {
    synchronized (writeLock) {
      List<Change> recent =
          changes(
              "id <= ? AND created_at >= ? ORDER BY id LIMIT 5000",
              lastApplied,
              java.sql.Timestamp.from(Instant.now().minus(GAP_PATIENCE)));
      reapply(recent.stream().map(Change::uid).distinct().toList());
    }
  }

  /** Tries the documents whose retry is due. */
  public void retryDue() {
    synchronized (writeLock) {
      reapply(failures.due(node.get(), RETRY_BATCH));
    }
  }

  private void reapply(List<String> uids) {
    if (uids.isEmpty()) {
      return;
    }
    try {
      IndexApplier.Outcome outcome = applier.reapply(uids, loader());
      record(uids, outcome);
      refreshCompletions(uids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads documents for one round; once the object store failed in it, the other submissions of the
   * round are not tried (each would wait for the store's timeout) but recorded for a retry.
   */
  private java.util.function.Function<
          String, java.util.Optional<be.vlaanderen.crt.portal.search.IndexedDoc>>
      loader() {
    boolean[] storeDown = {false};
    return uid -> {
      if (storeDown[0] && uid.startsWith("SUBMISSION:")) {
        throw new StorageUnavailableException(
            "Not tried: the object store failed earlier in this round", null);
      }
      try {
        return docs.load(uid);
      } catch (RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof StorageUnavailableException) {
            storeDown[0] = true;
          }
        }
        throw e;
      }
    };
  }

  /** Keeps the books of what was applied: failures retried later, successes forgotten. */
  private void record(List<String> uids, IndexApplier.Outcome outcome) {
    String here = node.get();
    SearchFailures.Policy policy = new SearchFailures.Policy(maxAttempts, baseSeconds, maxSeconds);
    java.util.Set<String> failed = new java.util.HashSet<>();
    for (IndexApplier.Failure failure : outcome.failures()) {
      failed.add(failure.uid());
      LOG.log(
          Level.WARNING,
          "Search change for " + failure.uid() + " failed; it is retried later",
          failure.error());
      failures.failed(here, failure.uid(), reason(failure.error()), policy);
    }
    outcome
        .withoutText()
        .forEach(
            (uid, reason) -> {
              failed.add(uid);
              failures.withoutText(here, uid, reason);
            });
    failures.succeeded(here, uids.stream().filter(uid -> !failed.contains(uid)).toList());
  }

  private static String reason(Throwable error) {
    StringBuilder reason = new StringBuilder();
    for (Throwable t = error; t != null && reason.length() < 800; t = t.getCause()) {
      if (reason.length() > 0) {
        reason.append(" ← ");
      }
      reason.append(t.getClass().getSimpleName());
      if (t.getMessage() != null) {
        reason.append(": ").append(t.getMessage());
      }
    }
    return reason.toString();
  }

  private void refreshCompletions(List<String> uids) throws IOException {
    if (uids.stream().anyMatch(uid -> !uid.startsWith("SUBMISSION:"))) {
      withSearcher(
          s -> {
            completions.rebuild(s);
            return null;
          });
    }
  }

  private List<Change> changes(String condition, Object... parameters) {
    var query =
        em.createNativeQuery("SELECT id, doc_type, doc_id FROM search_change WHERE " + condition);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(r -> new Change(((Number) r[0]).longValue(), r[1] + ":" + ((Number) r[2]).longValue()))
        .toList();
  }

  /**
   * Makes a failure due again. A document recorded without text gets its extraction tried again.
   */
  public boolean retry(long failureId) {
    return failures
        .find(failureId)
        .map(
            entry -> {
              if (SearchFailures.TEXT_UNAVAILABLE.equals(entry.kind())) {
                docs.forgetTextFailure(entry.uid());
              }
              return failures.retry(failureId, node.get());
            })
        .orElse(false);
  }

  /** Parked and waiting failures on this node. */
  public SearchFailures.Counts failureCounts() {
    return failures.counts(node.get());
  }

  /** When the applier last had nothing left to do (or last moved on). */
  public Instant lastCaughtUp() {
    return lastCaughtUp;
  }

  /** Rebuilds the whole index from MariaDB and object storage; answers the documents indexed. */
  public int rebuild() {
    synchronized (writeLock) {
      try {
        long upTo = newestChange();
        List<String> uids = docs.allUids();
        IndexApplier.Outcome outcome = applier.rebuild(uids, loader(), upTo);
        lastApplied = upTo;
        gaps.clear();
        record(uids, outcome);
        withSearcher(
            s -> {
              completions.rebuild(s);
              return null;
            });
        return applier.documentCount();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Changes logged but not yet searchable. */
  public long lag() {
    return Math.max(0, newestChange() - lastApplied);
  }

  public long lastApplied() {
    return lastApplied;
  }

  public Result search(Request request, Query access) {
    return withSearcher(s -> Searches.search(s, request, access));
  }

  public List<Hit> related(String uid, int count) {
    return withSearcher(s -> Searches.related(s, uid, count));
  }

  public List<String> complete(String typed, int count) {
    return completions.complete(typed, count);
  }

  private long newestChange() {
    Number max =
        (Number)
            em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_change")
                .getSingleResult();
    return max.longValue();
  }

  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = applier.searchers().acquire();
      try {
        return work.run(searcher);
      } finally {
        applier.searchers().release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    try {
      completions.close();
      applier.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    }
  }
}
