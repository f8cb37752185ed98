package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Search quality measured on judged query sets (issue 17): what a municipality's employee types,
 * judged before looking at results, against two collections: the checked-in test corpus ({@code
 * toolkit-corpus/judgements.tsv}) and the demo toolkit the portal starts with ({@code
 * toolkit-demo/judgements.tsv} on {@code demo/toolkit-demo.json}). Recall@10 is the share of the
 * relevant documents among the first ten, averaged over the queries; MRR the mean of 1/rank of the
 * first relevant document. The floors are the figures measured after the Dutch analysis, so a
 * change that makes search worse fails here.
 */
class JudgedSearchTest {

  /** What one judged set gives. */
  record Figures(int queries, double recallAt10, double mrr, List<String> misses) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d queries: recall@10 %.3f, MRR %.3f; not perfect:%n  %s",
          queries,
          recallAt10,
          mrr,
          String.join("\n  ", misses));
    }
  }

  @Test
  void recallAtTenAndMrrStayAboveTheirFloorsOnTheTestCorpus() throws IOException {
    Figures f = measure(corpus(), "/toolkit-corpus/judgements.tsv");
    System.out.println("Test corpus: " + f);
    assertTrue(f.queries() >= 60, "at least 60 judged queries");
    assertTrue(f.recallAt10() >= 0.97, f.toString());
    assertTrue(f.mrr() >= 0.98, f.toString());
  }

  @Test
  void recallAtTenAndMrrStayAboveTheirFloorsOnTheDemoToolkit() throws IOException {
    Figures f = measure(demoToolkit(), "/toolkit-demo/judgements.tsv");
    System.out.println("Demo toolkit: " + f);
    assertTrue(f.queries() >= 60, "at least 60 judged queries");
    assertTrue(f.recallAt10() >= DEMO_RECALL_FLOOR, f.toString());
    assertTrue(f.mrr() >= DEMO_MRR_FLOOR, f.toString());
  }

  static final double DEMO_RECALL_FLOOR = 0.97;
  static final double DEMO_MRR_FLOOR = 0.97;

  /** Recall@10 and MRR of the judged queries in {@code judgements} on the documents. */
  static Figures measure(List<IndexedDoc> docs, String judgements) throws IOException {
    IndexApplier index = new IndexApplier(new ByteBuffersDirectory());
    index.rebuild(docs, docs.size());
    IndexSearcher searcher = index.searchers().acquire();
    double recall = 0;
    double reciprocal = 0;
    int queries = 0;
    List<String> misses = new ArrayList<>();
    try (InputStream in = JudgedSearchTest.class.getResourceAsStream(judgements)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        List<String> relevant = Arrays.asList(parts[1].split(","));
        List<String> top =
            Searches.search(
                    searcher,
                    new Searches.Request(parts[0], null, null, null, 0, 10),
                    Searches.publicOnly())
                .hits()
                .stream()
                .map(Searches.Hit::uid)
                .toList();
        long found = relevant.stream().filter(top::contains).count();
        recall += (double) found / relevant.size();
        int first = 0;
        for (int i = 0; i < top.size(); i++) {
          if (relevant.contains(top.get(i))) {
            first = i + 1;
            break;
          }
        }
        reciprocal += first == 0 ? 0 : 1.0 / first;
        if (found < relevant.size() || first != 1) {
          misses.add(parts[0] + " → " + top + " (relevant " + relevant + ")");
        }
        queries++;
      }
    } finally {
      index.searchers().release(searcher);
      index.close();
    }
    return new Figures(queries, recall / queries, reciprocal / queries, misses);
  }

  /**
   * The demo toolkit as the portal indexes it when the demo starts: lessons (their text without
   * markup) as L01..L26 and resources (description as summary, the paragraphs of their file as
   * text) as R01..R09, in the file's order.
   */
  static List<IndexedDoc> demoToolkit() throws IOException {
    List<IndexedDoc> docs = new ArrayList<>();
    try (InputStream in = JudgedSearchTest.class.getResourceAsStream("/demo/toolkit-demo.json");
        var reader = Json.createReader(in)) {
      JsonObject all = reader.readObject();
      int n = 0;
      for (JsonValue v : all.getJsonArray("lessons")) {
        JsonObject o = v.asJsonObject();
        String id = String.format(Locale.ROOT, "L%02d", ++n);
        docs.add(
            new IndexedDoc(
                id,
                "LESSON",
                true,
                null,
                o.getString("title"),
                o.getString("summary"),
                be.vlaanderen.crt.portal.lesson.LightMarkup.plain(o.getString("body")),
                strings(o, "themes"),
                "",
                "/toolkit/" + id));
      }
      n = 0;
      for (JsonValue v : all.getJsonArray("resources")) {
        JsonObject o = v.asJsonObject();
        String id = String.format(Locale.ROOT, "R%02d", ++n);
        docs.add(
            new IndexedDoc(
                id,
                o.getString("type"),
                true,
                null,
                o.getString("title"),
                o.getString("description"),
                String.join("\n\n", strings(o, "paragraphs")),
                strings(o, "themes"),
                "",
                "/toolkit/" + id));
      }
    }
    return docs;
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** The checked-in corpus as public documents (SearchesTest adds internal ones to it). */
  static List<IndexedDoc> corpus() throws IOException {
    List<IndexedDoc> docs = new ArrayList<>();
    try (InputStream in =
            JudgedSearchTest.class.getResourceAsStream("/toolkit-corpus/corpus.json");
        var reader = Json.createReader(in)) {
      for (JsonValue v : reader.readArray()) {
        JsonObject o = v.asJsonObject();
        docs.add(
            new IndexedDoc(
                o.getString("id"),
                o.getString("type"),
                true,
                null,
                o.getString("title"),
                o.getString("summary"),
                o.getString("body"),
                o.getJsonArray("themes").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList(),
                o.getString("source"),
                "/toolkit/" + o.getString("id")));
      }
    }
    return docs;
  }
}
