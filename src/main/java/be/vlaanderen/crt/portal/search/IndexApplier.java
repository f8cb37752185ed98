package be.vlaanderen.crt.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Applies logged changes to a Lucene index, in order, and keeps the id of the last change applied
 * in the commit's user data ({@value #LAST_CHANGE}). A change only names a document; its current
 * state is loaded when it is applied, so applying a change twice is harmless: after a crash, the
 * changes since the last commit are simply applied again.
 */
public final class IndexApplier implements Closeable {

  public static final String LAST_CHANGE = "lastChange";

  /** Field names. */
  public static final String UID = "uid";

  public static final String TYPE = "type";
  public static final String VISIBILITY = "visibility";
  public static final String MUNICIPALITY = "municipality";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String BODY = "body";
  public static final String SPELL = "spell";

  /** Title, summary and body again, with compounds split into their parts (weighted lower). */
  public static final String PARTS = "parts";

  /** The names of the document's themes and of its kind, searchable as text. */
  public static final String TOPICS = "topics";

  /** The commit data key of the analysis the index was built with ({@link NlAnalyzer#VERSION}). */
  public static final String ANALYSIS = "analysis";

  public static final String THEME = "theme";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String THEMES_STORED = "themes";

  public static final String PUBLIC = "public";
  public static final String INTERNAL = "internal";

  /** A logged change: its id in the log and the document it concerns. */
  public record Change(long id, String uid) {}

  /** A document that could not be loaded; the index keeps what it had of it. */
  public record Failure(String uid, RuntimeException error) {}

  /**
   * What applying did: documents written or removed, those that failed to load (left as they were
   * in the index), and those indexed without their text, with the reason.
   */
  public record Outcome(int applied, List<Failure> failures, Map<String, String> withoutText) {}

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = facetsConfig();

  public IndexApplier(Directory directory) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Per-field analysis for indexing: stemmed Dutch everywhere, whole words in the spelling field,
   * compounds split in the parts field.
   */
  public static org.apache.lucene.analysis.Analyzer analyzer() {
    return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
        new NlAnalyzer(NlAnalyzer.Mode.INDEX),
        Map.of(
            SPELL,
            new NlAnalyzer(NlAnalyzer.Mode.WORDS),
            PARTS,
            new NlAnalyzer(NlAnalyzer.Mode.PARTS)));
  }

  /** The analysis version of the last commit; null for a new index or one from before versions. */
  public String analysisVersion() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (ANALYSIS.equals(entry.getKey())) {
          return entry.getValue();
        }
      }
    }
    return null;
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(THEME, true);
    return config;
  }

  /** The id of the last change in the last commit, 0 for a new index. */
  public long lastApplied() {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (LAST_CHANGE.equals(entry.getKey())) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
  }

  /**
   * Applies the changes (in the given order) and commits them with the last id. {@code load}
   * answers the document's current state, or empty when it is gone or no longer searchable. A
   * document whose loading throws is left as it was and reported; the others are applied all the
   * same, so one bad document never holds up the rest.
   */
  public Outcome apply(List<Change> changes, Function<String, Optional<IndexedDoc>> load)
      throws IOException {
    if (changes.isEmpty()) {
      return new Outcome(0, List.of(), Map.of());
    }
    Outcome outcome = write(changes.stream().map(Change::uid).toList(), load);
    commit(changes.get(changes.size() - 1).id());
    return outcome;
  }

  /**
   * Applies the current state of these documents again (retries of earlier failures) and commits
   * without moving the position in the change log.
   */
  public Outcome reapply(List<String> uids, Function<String, Optional<IndexedDoc>> load)
      throws IOException {
    if (uids.isEmpty()) {
      return new Outcome(0, List.of(), Map.of());
    }
    Outcome outcome = write(uids, load);
    commit(lastApplied());
    return outcome;
  }

  private Outcome write(List<String> uids, Function<String, Optional<IndexedDoc>> load)
      throws IOException {
    int applied = 0;
    List<Failure> failures = new java.util.ArrayList<>();
    Map<String, String> withoutText = new java.util.LinkedHashMap<>();
    for (String uid : uids) {
      Optional<IndexedDoc> doc;
      try {
        doc = load.apply(uid);
      } catch (RuntimeException e) {
        failures.add(new Failure(uid, e));
        continue;
      }
      if (doc.isPresent()) {
        writer.updateDocument(new Term(UID, uid), facets.build(document(doc.get())));
        if (doc.get().textProblem() != null) {
          withoutText.put(uid, doc.get().textProblem());
        }
      } else {
        writer.deleteDocuments(new Term(UID, uid));
      }
      applied++;
    }
    return new Outcome(applied, List.copyOf(failures), withoutText);
  }

  /**
   * Replaces the whole index by the current state of the given documents, as of change {@code
   * upTo}; readers see the old index until the new one is committed.
   */
  public Outcome rebuild(List<String> uids, Function<String, Optional<IndexedDoc>> load, long upTo)
      throws IOException {
    writer.deleteAll();
    Outcome outcome = write(uids, load);
    commit(upTo);
    return outcome;
  }

  /** Replaces the whole index by the given documents, as of change {@code upTo}. */
  public void rebuild(Iterable<IndexedDoc> docs, long upTo) throws IOException {
    writer.deleteAll();
    for (IndexedDoc doc : docs) {
      writer.addDocument(facets.build(document(doc)));
    }
    commit(upTo);
  }

  private void commit(long lastChange) throws IOException {
    writer.setLiveCommitData(
        Map.of(LAST_CHANGE, Long.toString(lastChange), ANALYSIS, NlAnalyzer.VERSION).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Drops what was applied since the last commit (what a crash does) and closes. */
  public void crash() throws IOException {
    searchers.close();
    writer.rollback();
  }

  public SearcherManager searchers() {
    return searchers;
  }

  public int documentCount() {
    return writer.getDocStats().numDocs;
  }

  static Document document(IndexedDoc doc) {
    Document d = new Document();
    d.add(new StringField(UID, doc.uid(), Field.Store.YES));
    d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(TYPE, doc.type()));
    d.add(new StringField(VISIBILITY, doc.publicDoc() ? PUBLIC : INTERNAL, Field.Store.NO));
    if (doc.municipalityId() != null) {
      d.add(new StringField(MUNICIPALITY, doc.municipalityId().toString(), Field.Store.YES));
      d.add(new LongPoint(MUNICIPALITY + "_point", doc.municipalityId()));
    }
    d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    d.add(new TextField(SUMMARY, doc.summary(), Field.Store.YES));
    d.add(new TextField(BODY, doc.body(), Field.Store.YES));
    if (doc.publicDoc()) {
      // Spelling suggestions come from public texts only: anyone may be offered them, so a word
      // that stands only in a municipality's document must never be suggested ("Bedoelde u …?").
      d.add(
          new TextField(
              SPELL, doc.title() + "\n" + doc.summary() + "\n" + doc.body(), Field.Store.NO));
    }
    d.add(
        new TextField(
            PARTS, doc.title() + "\n" + doc.summary() + "\n" + doc.body(), Field.Store.NO));
    d.add(new TextField(TOPICS, topics(doc), Field.Store.NO));
    for (String theme : doc.themes()) {
      d.add(new StringField(THEME, theme, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(THEME, theme));
    }
    d.add(new StoredField(THEMES_STORED, String.join(",", doc.themes())));
    if (!doc.source().isEmpty()) {
      d.add(new StringField(SOURCE, doc.source(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(SOURCE, doc.source()));
    }
    d.add(new StoredField(URL, doc.url()));
    return d;
  }

  /** The Dutch names of the document's themes and kind ("Crisiscommunicatie", "Checklist"). */
  static String topics(IndexedDoc doc) {
    StringBuilder text = new StringBuilder();
    for (String theme : doc.themes()) {
      String key = "theme." + theme.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      if (be.vlaanderen.crt.portal.platform.Messages.has(
          be.vlaanderen.crt.portal.platform.Messages.DUTCH, key)) {
        text.append(
                be.vlaanderen.crt.portal.platform.Messages.get(
                    be.vlaanderen.crt.portal.platform.Messages.DUTCH, key))
            .append('\n');
      }
    }
    String kind = "toolkit.type." + doc.type();
    if (be.vlaanderen.crt.portal.platform.Messages.has(
        be.vlaanderen.crt.portal.platform.Messages.DUTCH, kind)) {
      text.append(
          be.vlaanderen.crt.portal.platform.Messages.get(
              be.vlaanderen.crt.portal.platform.Messages.DUTCH, kind));
    }
    return text.toString();
  }

  /** Opens a reader on the last commit of a directory (for checks and tests). */
  public static DirectoryReader committed(Directory directory) throws IOException {
    return DirectoryReader.open(directory);
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }
}
