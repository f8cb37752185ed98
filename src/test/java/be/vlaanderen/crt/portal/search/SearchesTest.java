package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.search.Searches.Request;
import be.vlaanderen.crt.portal.search.Searches.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search quality on a small checked-in Dutch corpus ({@code src/test/resources/toolkit-corpus}),
 * with the exact hit counts, hits and facet counts its author worked out per query (stemming,
 * accents, phrases, AND, exclusion, prefixes), plus spelling suggestions, autocomplete and the
 * access filter.
 */
class SearchesTest {

  private static IndexApplier index;
  private static IndexSearcher searcher;
  private static Completions completions;

  @BeforeAll
  static void build() throws IOException {
    List<IndexedDoc> docs = new ArrayList<>(JudgedSearchTest.corpus());
    // Internal documents of two municipalities, which the public search must never count.
    docs.add(
        new IndexedDoc(
            "SUBMISSION:1",
            "BCP",
            false,
            1L,
            "Aalst BCP",
            "",
            "Onze leverancier van de cloud levert binnen vier uur.",
            List.of(),
            "",
            ""));
    docs.add(
        new IndexedDoc(
            "SUBMISSION:2",
            "BCP",
            false,
            2L,
            "Brugge BCP",
            "",
            "De leverancier van het netwerk is contractueel gebonden.",
            List.of(),
            "",
            ""));
    index = new IndexApplier(new ByteBuffersDirectory());
    index.rebuild(docs, docs.size());
    searcher = index.searchers().acquire();
    completions = new Completions();
    completions.rebuild(searcher);
  }

  @AfterAll
  static void close() throws IOException {
    index.searchers().release(searcher);
    completions.close();
    index.close();
  }

  private static Result publicSearch(String q) {
    return Searches.search(
        searcher, new Request(q, null, null, null, 0, 100), Searches.publicOnly());
  }

  @Test
  void everyQueryFindsExactlyTheExpectedDocuments() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String[] line : tsv("expected.tsv")) {
      String query = line[0];
      long expected = Long.parseLong(line[1]);
      Set<String> ids =
          line.length > 2 && !line[2].isBlank()
              ? new TreeSet<>(Arrays.asList(line[2].split(",")))
              : Set.of();
      Result result = publicSearch(query);
      Set<String> found =
          result.hits().stream()
              .map(Searches.Hit::uid)
              .collect(Collectors.toCollection(TreeSet::new));
      if (result.total() != expected || !found.equals(ids)) {
        wrong.add(
            query + ": expected " + expected + " " + ids + ", got " + result.total() + " " + found);
      }
      checked++;
    }
    assertTrue(checked >= 20, "the corpus has its queries");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void facetCountsAreExact() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] line : tsv("facets.tsv")) {
      Result result = publicSearch(line[0]);
      Integer count = result.facets().get(line[1]).get(line[2]);
      if (count == null || count != Integer.parseInt(line[3])) {
        wrong.add(String.join(" / ", line) + " -> " + count);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void aFacetNarrowsTheHitsButKeepsTheCounts() {
    Result all = publicSearch("leverancier");
    Result suppliers =
        Searches.search(
            searcher,
            new Request("leverancier", "SUPPLIERS", null, null, 0, 100),
            Searches.publicOnly());
    assertEquals(5, all.total());
    assertEquals(3, suppliers.total());
    assertEquals(all.facets(), suppliers.facets(), "the other choices stay visible");
  }

  @Test
  void snippetsMarkTheMatchesAndEscapeTheText() {
    Result result = publicSearch("continuiteit");
    // The three with the whole word come first and mark it; the compound's part (T01,
    // bedrijfscontinuïteitsplan) is found too, weighted lower, and last.
    assertEquals(
        "T01", result.hits().get(result.hits().size() - 1).uid(), result.hits().toString());
    assertTrue(
        result.hits().stream()
            .filter(h -> !h.uid().equals("T01"))
            .allMatch(h -> h.snippet().contains("<mark>")),
        result.hits().toString());
    assertTrue(
        result.hits().stream().anyMatch(h -> h.snippet().contains("<mark>continuïteit</mark>")));
  }

  /**
   * Zero results never end the road (issue 17): nothing has "noodstroom", so the search falls back
   * to its parts ("nood" finds the noodprocedures) and says so, with the theme most hits share; a
   * word with no part anywhere still finds nothing.
   */
  @Test
  void withoutHitsTheSearchFallsBackToSomeOfTheWords() {
    Result fallback = publicSearch("noodstroom");
    assertEquals(Result.SOME_WORDS, fallback.fallback());
    assertTrue(fallback.total() > 0, fallback.toString());
    assertTrue(
        fallback.hits().stream().map(Searches.Hit::uid).toList().containsAll(List.of("C02", "L11")),
        fallback.hits().toString());
    assertTrue(fallback.fallbackTheme() != null);
    Result exact = publicSearch("noodprocedure");
    assertNull(exact.fallback(), "no fallback when every word is found");
    Result nothing = publicSearch("aardbeving");
    assertEquals(0, nothing.total());
    assertNull(nothing.fallback());
  }

  /** A joined or hyphenated spelling marks the whole word as it is written, not a letter of it. */
  @Test
  void aSpellingVariantIsMarkedWhole() {
    Result result = publicSearch("backup");
    String l05 =
        result.hits().stream()
            .filter(h -> h.uid().equals("L05"))
            .findFirst()
            .orElseThrow()
            .snippet();
    assertTrue(l05.contains("<mark>back-ups</mark>") || l05.contains("<mark>back-up</mark>"), l05);
    assertFalse(l05.contains("back-u<mark>"), l05);
  }

  @Test
  void aHitOnAPartOfACompoundIsMarkedOnTheWholeWord() {
    // T02 has "cyberaanval" and "stroomonderbreking" but neither "aanval" nor "onderbreking" alone:
    // found through the parts field, and the snippet shows where.
    for (String[] q :
        new String[][] {{"aanval", "cyberaanval"}, {"onderbreking", "stroomonderbreking"}}) {
      String t02 =
          publicSearch(q[0]).hits().stream()
              .filter(h -> h.uid().equals("T02"))
              .findFirst()
              .orElseThrow()
              .snippet();
      assertTrue(t02.contains("<mark>" + q[1] + "</mark>"), q[0] + ": " + t02);
    }
    // A whole-word hit is still marked as itself, not as a compound it is part of.
    String l05 =
        publicSearch("ransomware").hits().stream()
            .filter(h -> h.uid().equals("L05"))
            .findFirst()
            .orElseThrow()
            .snippet();
    assertTrue(l05.contains("<mark>ransomware</mark>"), l05);
  }

  @Test
  void wholeWordsRankAbovePartsOfCompounds() {
    // Whole word in L05 and C01, only inside "cyberaanval" in T02; "plan" whole in four lessons,
    // only inside compounds (bedrijfscontinuïteitsplan, crisiscommunicatieplan) in T01 and T02.
    for (String[] q :
        new String[][] {{"aanval", "L05,C01", "T02"}, {"plan", "L02,L08,L10,L13", "T01,T02"}}) {
      List<String> order = publicSearch(q[0]).hits().stream().map(Searches.Hit::uid).toList();
      int lastWhole =
          List.of(q[1].split(",")).stream().mapToInt(order::indexOf).max().orElseThrow();
      int firstPart =
          List.of(q[2].split(",")).stream().mapToInt(order::indexOf).min().orElseThrow();
      assertTrue(firstPart >= 0 && lastWhole >= 0 && lastWhole < firstPart, q[0] + ": " + order);
    }
  }

  @Test
  void theSpellingSuggestionsNeverRevealAWordOfAnInternalDocument() {
    // "contractueel" and "gebonden" stand only in Brugge's BCP: a visitor who types something close
    // gets no suggestion from it and no search for it (what the public texts have is still found).
    for (String typed : List.of("contractueell", "gebondn")) {
      Result r = publicSearch(typed);
      assertNull(r.suggestion(), typed + ": " + r);
      assertNotEquals(Result.SPELLING, r.fallback(), typed + ": " + r);
    }
  }

  @Test
  void misspellingsGetADidYouMean() {
    assertEquals("leverancier", publicSearch("leverancir").suggestion());
    assertEquals("draaiboek", publicSearch("draaiboak").suggestion());
    assertEquals("intercommunale", publicSearch("intercomunale").suggestion());
    assertEquals("noodprocedure papier", publicSearch("noodprocedure papeir").suggestion());
    assertNull(publicSearch("leverancier").suggestion(), "no suggestion when there are hits");
    assertEquals(0, publicSearch("aardbeving").total());
  }

  @Test
  void aMisspellingWithoutHitsShowsWhatTheClosestSpellingFinds() {
    Result typo = publicSearch("ransomwere");
    assertEquals(Result.SPELLING, typo.fallback(), typo.toString());
    assertEquals("ransomware", typo.suggestion());
    assertEquals("ransomware", typo.searchedFor("ransomwere"));
    assertEquals(
        publicSearch("ransomware").hits().stream().map(Searches.Hit::uid).toList(),
        typo.hits().stream().map(Searches.Hit::uid).toList());
    // A word that is spelled right but found nowhere keeps its own road (some of the words).
    assertEquals(Result.SOME_WORDS, publicSearch("noodstroom").fallback());
    assertNull(publicSearch("ransomware").fallback(), "no fallback when the spelling is right");
  }

  @Test
  void autocompleteOffersMatchingTitles() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String[] line : tsv("complete.tsv")) {
      List<String> offered = completions.complete(line[0], 5);
      if (!offered.contains(line[1])) {
        wrong.add(line[0] + " -> " + offered);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theAccessFilterIsPartOfTheQuery() {
    Result publicOnly = publicSearch("leverancier");
    assertEquals(5, publicOnly.total(), "internal documents are not counted publicly");
    assertTrue(publicOnly.facets().get("type").keySet().stream().noneMatch("BCP"::equals));
    Result aalst =
        Searches.search(
            searcher,
            new Request("leverancier", null, null, null, 0, 10),
            Searches.internalOf(List.of(1L)));
    assertEquals(1, aalst.total());
    assertEquals("SUBMISSION:1", aalst.hits().get(0).uid());
    assertEquals(
        Integer.valueOf(1),
        aalst.facets().get("type").get("BCP"),
        "facets count only what may be seen");
    assertEquals(
        2,
        Searches.search(
                searcher,
                new Request("leverancier", null, null, null, 0, 10),
                Searches.internalOf(null))
            .total());
    assertEquals(
        0,
        Searches.search(
                searcher,
                new Request("leverancier", null, null, null, 0, 10),
                Searches.internalOf(List.of()))
            .total());
  }

  @Test
  void relatedDocumentsArePublicAndNotTheDocumentItself() {
    List<Searches.Hit> related = Searches.related(searcher, "L03", 4);
    assertTrue(!related.isEmpty());
    assertTrue(
        related.stream().noneMatch(h -> h.uid().equals("L03") || h.uid().startsWith("SUBMISSION")));
  }

  @Test
  void pagesHoldTheRightHits() {
    Result first =
        Searches.search(
            searcher, new Request("gemeente", null, null, null, 0, 4), Searches.publicOnly());
    Result third =
        Searches.search(
            searcher, new Request("gemeente", null, null, null, 2, 4), Searches.publicOnly());
    assertEquals(12, first.total());
    assertEquals(3, first.pages());
    assertEquals(4, first.hits().size());
    assertEquals(4, third.hits().size());
  }

  private static List<String[]> tsv(String name) throws IOException {
    try (InputStream in = SearchesTest.class.getResourceAsStream("/toolkit-corpus/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .toList();
    }
  }
}
