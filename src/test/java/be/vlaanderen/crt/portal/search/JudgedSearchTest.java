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
 * Search quality measured on a judged query set (issue 17): what a municipality's employee types
 * ({@code toolkit-corpus/judgements.tsv}, judged before looking at results) against the checked-in
 * corpus. Recall@10 is the share of the relevant documents among the first ten, averaged over the
 * queries; MRR the mean of 1/rank of the first relevant document. The floors are the figures
 * measured after the Dutch analysis, so a change that makes search worse fails here.
 */
class JudgedSearchTest {

  static final double RECALL_FLOOR = 0.97;
  static final double MRR_FLOOR = 0.98;

  @Test
  void recallAtTenAndMrrStayAboveTheirFloors() throws IOException {
    IndexApplier index = new IndexApplier(new ByteBuffersDirectory());
    List<IndexedDoc> docs = corpus();
    index.rebuild(docs, docs.size());
    IndexSearcher searcher = index.searchers().acquire();
    double recall = 0;
    double reciprocal = 0;
    int queries = 0;
    List<String> misses = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/toolkit-corpus/judgements.tsv")) {
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
    double recallAt10 = recall / queries;
    double mrr = reciprocal / queries;
    String figures =
        String.format(
            Locale.ROOT,
            "%d queries: recall@10 %.3f, MRR %.3f; not perfect:%n  %s",
            queries,
            recallAt10,
            mrr,
            String.join("\n  ", misses));
    System.out.println(figures);
    assertTrue(queries >= 60, "at least 60 judged queries");
    assertTrue(recallAt10 >= RECALL_FLOOR, figures);
    assertTrue(mrr >= MRR_FLOOR, figures);
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
