package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.vlaanderen.crt.portal.search.IndexApplier.Change;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The indexer's promise: changes are applied in order, the last one applied is in the commit, a
 * crash loses nothing (the changes after the last commit are applied again on restart), and the
 * result equals a full rebuild from the source of truth.
 */
class IndexApplierTest {

  /** The "database": documents by uid, and the change log. */
  private final Map<String, IndexedDoc> database = new LinkedHashMap<>();

  private final List<Change> log = new ArrayList<>();

  private void save(int id, String title) {
    String uid = IndexedDoc.uid("LESSON", id);
    database.put(
        uid,
        new IndexedDoc(
            uid,
            "LESSON",
            true,
            null,
            title,
            "",
            "Tekst van " + title,
            List.of("GOVERNANCE"),
            "",
            "/les/" + id));
    log.add(new Change(log.size() + 1, uid));
  }

  private void remove(int id) {
    String uid = IndexedDoc.uid("LESSON", id);
    database.remove(uid);
    log.add(new Change(log.size() + 1, uid));
  }

  private Function<String, Optional<IndexedDoc>> loader() {
    return uid -> Optional.ofNullable(database.get(uid));
  }

  private List<Change> after(long applied) {
    return log.stream().filter(c -> c.id() > applied).toList();
  }

  @Test
  void aCrashMidBatchLosesNothingAndTheResultEqualsARebuild() throws IOException {
    for (int i = 1; i <= 30; i++) {
      save(i, "Les " + i);
    }
    for (int i = 1; i <= 10; i++) {
      save(i, "Les " + i + " herwerkt");
    }
    for (int i = 21; i <= 25; i++) {
      remove(i);
    }
    Directory directory = new ByteBuffersDirectory();

    // First run: one batch applied and committed.
    IndexApplier first = new IndexApplier(directory);
    first.apply(log.subList(0, 15), loader());
    assertEquals(15, first.lastApplied());
    // Then the node dies in the middle of the next batch: nothing of it is committed.
    AtomicInteger loads = new AtomicInteger();
    Function<String, Optional<IndexedDoc>> dying =
        uid -> {
          if (loads.incrementAndGet() > 7) {
            throw new OutOfMemoryError("killed");
          }
          return loader().apply(uid);
        };
    assertThrows(OutOfMemoryError.class, () -> first.apply(after(15), dying));
    first.crash();

    // Restart: resume after the last committed change.
    IndexApplier second = new IndexApplier(directory);
    assertEquals(15, second.lastApplied(), "the commit says where to resume");
    second.apply(after(second.lastApplied()), loader());
    assertEquals(log.size(), second.lastApplied());
    assertEquals(25, second.documentCount());
    second.close();

    // A rebuild from the database gives exactly the same documents.
    Directory rebuilt = new ByteBuffersDirectory();
    try (IndexApplier fresh = new IndexApplier(rebuilt)) {
      fresh.rebuild(database.values(), log.size());
    }
    assertEquals(contents(rebuilt), contents(directory));
    assertEquals(expected(), contents(directory), "the index matches the database");
  }

  @Test
  void applyingTheSameChangesTwiceChangesNothing() throws IOException {
    for (int i = 1; i <= 5; i++) {
      save(i, "Les " + i);
    }
    Directory directory = new ByteBuffersDirectory();
    try (IndexApplier applier = new IndexApplier(directory)) {
      applier.apply(log, loader());
      applier.apply(log, loader());
      assertEquals(5, applier.documentCount());
    }
    assertEquals(expected(), contents(directory));
  }

  @Test
  void aDocumentThatFailsToLoadIsReportedAndTheOthersAreAppliedAndCommitted() throws IOException {
    for (int i = 1; i <= 6; i++) {
      save(i, "Les " + i);
    }
    Directory directory = new ByteBuffersDirectory();
    try (IndexApplier applier = new IndexApplier(directory)) {
      Function<String, Optional<IndexedDoc>> poisoned =
          uid -> {
            if (uid.endsWith(":3")) {
              throw new IllegalStateException("object store down");
            }
            return loader().apply(uid);
          };
      IndexApplier.Outcome outcome = applier.apply(log, poisoned);
      assertEquals(5, outcome.applied());
      assertEquals(1, outcome.failures().size());
      assertEquals("object store down", outcome.failures().get(0).error().getMessage());
      assertEquals(log.size(), applier.lastApplied(), "the log moves on past the bad document");
      assertEquals(5, applier.documentCount());

      // The retry, once the cause is gone, adds it without moving the position in the log.
      IndexApplier.Outcome retried =
          applier.reapply(List.of(outcome.failures().get(0).uid()), loader());
      assertEquals(0, retried.failures().size());
      assertEquals(log.size(), applier.lastApplied());
      assertEquals(6, applier.documentCount());
    }
    assertEquals(expected(), contents(directory));
  }

  private Map<String, String> expected() {
    Map<String, String> out = new TreeMap<>();
    database.values().forEach(d -> out.put(d.uid(), d.title() + "|" + d.body()));
    return out;
  }

  private static Map<String, String> contents(Directory directory) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (reader.hasDeletions()
            && !org.apache.lucene.index.MultiBits.getLiveDocs(reader).get(i)) {
          continue;
        }
        Document d = stored.document(i);
        out.put(
            d.get(IndexApplier.UID), d.get(IndexApplier.TITLE) + "|" + d.get(IndexApplier.BODY));
      }
    }
    return out;
  }
}
