package be.vlaanderen.crt.portal.toolkit;

import be.vlaanderen.crt.portal.search.Completions;
import be.vlaanderen.crt.portal.search.IndexApplier;
import be.vlaanderen.crt.portal.search.IndexApplier.Change;
import be.vlaanderen.crt.portal.search.Searches;
import be.vlaanderen.crt.portal.search.Searches.Hit;
import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
  private static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Resource TimerService timers;

  @Inject ToolkitDocs docs;

  @Inject
  @ConfigProperty(name = "crt.search.dir", defaultValue = "data/index")
  String directory;

  private IndexApplier applier;
  private final Completions completions = new Completions();
  private final Object writeLock = new Object();
  private volatile long lastApplied;

  @PostConstruct
  void open() {
    try {
      Path path = Path.of(directory).toAbsolutePath();
      Files.createDirectories(path);
      applier = new IndexApplier(FSDirectory.open(path));
      lastApplied = applier.lastApplied();
      long newest = newestChange();
      if (lastApplied > newest || (lastApplied == 0 && newest > 0)) {
        // An index of another database (restored backup, recreated test database) or a new one.
        LOG.info(() -> "Search index at " + path + " does not match the database: rebuilding");
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
    timers.createIntervalTimer(1000, 500, new TimerConfig("search-indexer", false));
  }

  @Timeout
  void tick(Timer timer) {
    try {
      applyPending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Applying search changes failed; will try again", e);
    }
  }

  /** Applies logged changes up to now; answers how many were applied. */
  public int applyPending() {
    synchronized (writeLock) {
      int applied = 0;
      while (true) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
            em.createNativeQuery(
                    "SELECT id, doc_type, doc_id FROM search_change WHERE id > ? ORDER BY id LIMIT "
                        + BATCH)
                .setParameter(1, lastApplied)
                .getResultList();
        if (rows.isEmpty()) {
          return applied;
        }
        List<Change> changes =
            rows.stream()
                .map(
                    r ->
                        new Change(
                            ((Number) r[0]).longValue(), r[1] + ":" + ((Number) r[2]).longValue()))
                .toList();
        try {
          applier.apply(changes, docs::load);
          lastApplied = changes.get(changes.size() - 1).id();
          if (changes.stream().anyMatch(c -> !c.uid().startsWith("SUBMISSION:"))) {
            withSearcher(
                s -> {
                  completions.rebuild(s);
                  return null;
                });
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        applied += changes.size();
      }
    }
  }

  /** Rebuilds the whole index from MariaDB and object storage; answers the documents indexed. */
  public int rebuild() {
    synchronized (writeLock) {
      try {
        long upTo = newestChange();
        List<be.vlaanderen.crt.portal.search.IndexedDoc> all = docs.all();
        applier.rebuild(all, upTo);
        lastApplied = upTo;
        withSearcher(
            s -> {
              completions.rebuild(s);
              return null;
            });
        return all.size();
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
