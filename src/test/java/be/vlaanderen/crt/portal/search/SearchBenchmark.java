package be.vlaanderen.crt.portal.search;

import be.vlaanderen.crt.portal.search.IndexApplier.Change;
import be.vlaanderen.crt.portal.search.Searches.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Search figures for docs/benchmarks.md (not a test): indexes N generated Dutch paragraphs through
 * the change-log applier (batches of 500, one commit each, as the indexer does), rebuilds the same
 * index in one go, then times queries with highlighting and facets.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * be.vlaanderen.crt.portal.search.SearchBenchmark 100000}
 */
public final class SearchBenchmark {

  private static final String[] WORDS =
      ("gemeente dienst proces burgerzaken leefloon rto mtpd rpo herstel continuïteit plan oefening "
              + "leverancier contract sla back-up server netwerk cloud intercommunale crisiscel coördinator "
              + "communicatie website bevolking personeel sleutelpersoon vervanger noodprocedure papier "
              + "ransomware aanval brand stroomuitval datacenter toepassing afhankelijkheid inventaris "
              + "college burgemeester directeur diensthoofd budget planning evaluatie tafeloefening scenario "
              + "contactlijst telefoon sms verantwoordelijk mandaat goedkeuring risico impact analyse uren "
              + "dagen week maanden binnen na voor tijdens zonder met van de het een en of niet ook altijd")
          .split(" ");
  private static final String[] THEMES = {
    "GOVERNANCE",
    "BIA_METHOD",
    "MTPD_RTO_RPO",
    "ICT_DEPENDENCIES",
    "SUPPLIERS",
    "CRISIS_ORGANISATION",
    "CRISIS_COMMUNICATION",
    "EXERCISE_MAINTENANCE",
    "INFORMATION_SECURITY"
  };

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Random random = new Random(42);
    List<IndexedDoc> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      docs.add(doc(i, random));
    }
    Path dir = Path.of("target/bench-index");
    delete(dir);
    Map<String, IndexedDoc> byUid = new java.util.HashMap<>();
    docs.forEach(d -> byUid.put(d.uid(), d));
    long t0 = System.nanoTime();
    try (IndexApplier applier = new IndexApplier(FSDirectory.open(dir))) {
      List<Change> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        batch.add(new Change(i + 1, docs.get(i).uid()));
        if (batch.size() == 500) {
          applier.apply(batch, uid -> Optional.ofNullable(byUid.get(uid)));
          batch.clear();
        }
      }
      applier.apply(batch, uid -> Optional.ofNullable(byUid.get(uid)));
      double incremental = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "incremental indexing: %d paragraphs in %.1f s = %.0f paragraphs/s (batches of 500, commit each)%n",
          n, incremental, n / incremental);

      long t1 = System.nanoTime();
      applier.rebuild(docs, n);
      double rebuild = (System.nanoTime() - t1) / 1e9;
      System.out.printf("full rebuild: %d paragraphs in %.1f s%n", n, rebuild);

      IndexSearcher searcher = applier.searchers().acquire();
      try {
        String[] queries = {
          "leverancier", "rto", "back-up server", "\"crisiscel coördinator\"", "continuiteit plan",
          "oefening -papier", "ransomware", "leefloon burgerzaken", "intercommunale cloud",
              "noodprocedure*"
        };
        for (int warm = 0; warm < 200; warm++) {
          Searches.search(
              searcher,
              new Request(queries[warm % queries.length], null, null, null, 0, 10),
              Searches.publicOnly());
        }
        long[] times = new long[1000];
        long hits = 0;
        for (int i = 0; i < times.length; i++) {
          String theme = i % 3 == 0 ? THEMES[i % THEMES.length] : null;
          long s = System.nanoTime();
          var r =
              Searches.search(
                  searcher,
                  new Request(queries[i % queries.length], theme, null, null, i % 5, 10),
                  Searches.publicOnly());
          times[i] = System.nanoTime() - s;
          hits += r.total();
        }
        Arrays.sort(times);
        System.out.printf(
            "search with highlighting and facets over %d paragraphs: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (1000 queries, %d hits counted)%n",
            n, times[500] / 1e6, times[950] / 1e6, times[990] / 1e6, hits);
      } finally {
        applier.searchers().release(searcher);
      }
    }
  }

  private static IndexedDoc doc(int i, Random random) {
    StringBuilder body = new StringBuilder();
    int words = 40 + random.nextInt(60);
    for (int w = 0; w < words; w++) {
      body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
    return new IndexedDoc(
        "LESSON:" + i,
        "LESSON",
        true,
        null,
        title,
        "",
        body.toString(),
        List.of(THEMES[random.nextInt(THEMES.length)]),
        "ronde " + (1 + random.nextInt(3)),
        "/les/" + i);
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
