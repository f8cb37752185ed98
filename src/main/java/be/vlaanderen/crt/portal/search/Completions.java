package be.vlaanderen.crt.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete as you type: an infix suggester over the titles of everything public, so "rto"
 * completes to "Een realistische RTO kiezen", "backu" to "Offline back-ups tegen ransomware" and
 * "communicatie" to "Sjabloon crisiscommunicatieplan" (the titles' compounds are split as the
 * search splits them). Rebuilt (in memory) whenever the public documents change; a few hundred
 * titles take milliseconds.
 */
public final class Completions implements Closeable {

  private final AnalyzingInfixSuggester suggester;
  private volatile boolean built;

  public Completions() {
    try {
      suggester =
          new AnalyzingInfixSuggester(
              new ByteBuffersDirectory(),
              new NlAnalyzer(NlAnalyzer.Mode.SUGGEST),
              new NlAnalyzer(NlAnalyzer.Mode.WORDS),
              AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS,
              false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds from the public documents of the searcher. */
  public synchronized void rebuild(IndexSearcher searcher) throws IOException {
    List<String> titles = new ArrayList<>();
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    for (ScoreDoc sd : searcher.search(Searches.publicOnly(), max).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc);
      String title = d.get(IndexApplier.TITLE);
      if (title != null && !title.isBlank()) {
        titles.add(title);
      }
    }
    suggester.build(new Titles(titles));
    built = true;
  }

  /** Up to {@code count} titles matching what was typed (every word, the last as a prefix). */
  public List<String> complete(String typed, int count) {
    if (!built || typed == null || typed.isBlank()) {
      return List.of();
    }
    try {
      List<String> out = new ArrayList<>();
      for (Lookup.LookupResult r : suggester.lookup(typed.strip(), count, true, false)) {
        out.add(r.key.toString());
      }
      return out;
    } catch (IOException | IllegalStateException e) {
      return List.of();
    }
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  /** The titles as the suggester's input, each with weight 1. */
  private static final class Titles implements InputIterator {
    private final java.util.Iterator<String> it;

    Titles(List<String> titles) {
      this.it = titles.stream().distinct().iterator();
    }

    @Override
    public BytesRef next() {
      return it.hasNext() ? new BytesRef(it.next()) : null;
    }

    @Override
    public long weight() {
      return 1;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }

  static TermQuery uid(String uid) {
    return new TermQuery(new Term(IndexApplier.UID, uid));
  }
}
