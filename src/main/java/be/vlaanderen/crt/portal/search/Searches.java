package be.vlaanderen.crt.portal.search;

import static be.vlaanderen.crt.portal.search.IndexApplier.BODY;
import static be.vlaanderen.crt.portal.search.IndexApplier.SOURCE;
import static be.vlaanderen.crt.portal.search.IndexApplier.SPELL;
import static be.vlaanderen.crt.portal.search.IndexApplier.SUMMARY;
import static be.vlaanderen.crt.portal.search.IndexApplier.THEME;
import static be.vlaanderen.crt.portal.search.IndexApplier.TITLE;
import static be.vlaanderen.crt.portal.search.IndexApplier.TYPE;
import static be.vlaanderen.crt.portal.search.IndexApplier.UID;

import be.vlaanderen.crt.portal.platform.Html;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Queries on an index built by {@link IndexApplier}: parsing (words are ANDed, "phrases", -not,
 * trailing * for prefixes), the access filter (always part of the query, so counts and facets never
 * include what the caller may not see), facets, highlighted snippets, "did you mean" and related
 * documents.
 */
public final class Searches {

  /** Whole words count most in the title; a theme's or kind's name as a summary; parts least. */
  private static final Map<String, Float> FIELDS =
      Map.of(TITLE, 3f, SUMMARY, 2f, BODY, 1f, IndexApplier.TOPICS, 2f, IndexApplier.PARTS, 0.3f);

  /** The index's analysis (MoreLikeThis reads documents with it). */
  private static final Analyzer ANALYZER = IndexApplier.analyzer();

  /** Marking matches in the text: stems of the text as the query sees it. */
  private static final Analyzer HIGHLIGHT = new NlAnalyzer(NlAnalyzer.Mode.HIGHLIGHT);

  /** The query's analysis: the same stems, with synonyms and abbreviations. */
  private static final Analyzer QUERY = new NlAnalyzer(NlAnalyzer.Mode.QUERY);

  private static final Analyzer WORDS = new NlAnalyzer(false);

  private Searches() {}

  /** One hit. {@code snippet} is HTML: the document's text escaped, matches in {@code <mark>}. */
  public record Hit(
      String uid, String title, String type, List<String> themes, String snippet, String url) {}

  /** A page of results with exact counts. */
  public record Result(
      long total,
      int page,
      int pageSize,
      List<Hit> hits,
      Map<String, Map<String, Integer>> facets,
      String suggestion,
      String fallback,
      String fallbackTheme) {

    /** A result of the query as asked (no fallback). */
    public Result(
        long total,
        int page,
        int pageSize,
        List<Hit> hits,
        Map<String, Map<String, Integer>> facets,
        String suggestion) {
      this(total, page, pageSize, hits, facets, suggestion, null, null);
    }

    /**
     * {@value #SOME_WORDS}: nothing had every word, so these hits have some of the words or of
     * their parts ("noodstroom" → "nood", "stroom").
     */
    public static final String SOME_WORDS = "SOME_WORDS";

    /**
     * {@value #SPELLING}: nothing matched what was typed, so these hits are for the closest
     * spelling ({@link #suggestion()}): "ransomwere" shows what "ransomware" finds.
     */
    public static final String SPELLING = "SPELLING";

    /** What the hits are for: the closest spelling when that was searched, else what was typed. */
    public String searchedFor(String typed) {
      return SPELLING.equals(fallback) ? suggestion : typed;
    }

    public int pages() {
      return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  /** What to look for: text, optional facet filters, page (0-based). */
  public record Request(
      String text, String theme, String type, String source, int page, int size) {}

  /** Only what everyone may see. */
  public static Query publicOnly() {
    return new TermQuery(new Term(IndexApplier.VISIBILITY, IndexApplier.PUBLIC));
  }

  /** Internal documents of these municipalities only (null: all, for coordinators). */
  public static Query internalOf(Collection<Long> municipalities) {
    BooleanQuery.Builder filter =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(IndexApplier.VISIBILITY, IndexApplier.INTERNAL)),
                Occur.FILTER);
    if (municipalities != null) {
      filter.add(
          new TermInSetQuery(
              IndexApplier.MUNICIPALITY,
              municipalities.stream().map(id -> new BytesRef(id.toString())).toList()),
          Occur.FILTER);
    }
    return filter.build();
  }

  public static Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(QUERY, FIELDS);
    parser.setDefaultOperator(Occur.MUST);
    Query parsed = parser.parse(SynonymPhrases.joined(text.strip()));
    return parsed == null ? new MatchAllDocsQuery() : parsed;
  }

  /**
   * Searches; when nothing matches, searches for the closest spelling ({@link Result#SPELLING}),
   * and when that finds nothing either, for any of the words and their compound parts ({@link
   * Result#SOME_WORDS}, with the theme most of those hits share). The result says which it did.
   */
  public static Result search(IndexSearcher searcher, Request request, Query access) {
    Result exact = search(searcher, request, access, parse(request.text()));
    if (exact.total() > 0 || !notBlank(request.text())) {
      return exact;
    }
    if (exact.suggestion() != null) {
      Result corrected = search(searcher, request, access, parse(exact.suggestion()));
      if (corrected.total() > 0) {
        return new Result(
            corrected.total(),
            corrected.page(),
            corrected.pageSize(),
            corrected.hits(),
            corrected.facets(),
            exact.suggestion(),
            Result.SPELLING,
            null);
      }
    }
    Query relaxed = someWords(request.text());
    if (relaxed == null) {
      return exact;
    }
    Result some = search(searcher, request, access, relaxed);
    if (some.total() == 0) {
      return exact;
    }
    String theme =
        some.facets().getOrDefault(THEME, Map.of()).entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    return new Result(
        some.total(),
        some.page(),
        some.pageSize(),
        some.hits(),
        some.facets(),
        exact.suggestion(),
        Result.SOME_WORDS,
        theme);
  }

  /** Any of the query's words or their parts, in any text field (null when there is none). */
  static Query someWords(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int terms = 0;
    try (var stream = PARTS_ANALYZER.tokenStream(IndexApplier.PARTS, text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms < 20) {
        String t = term.toString();
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
          any.add(
              new org.apache.lucene.search.BoostQuery(
                  new TermQuery(new Term(field.getKey(), t)), field.getValue()),
              Occur.SHOULD);
        }
        terms++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms == 0 ? null : any.build();
  }

  private static final Analyzer PARTS_ANALYZER = new NlAnalyzer(NlAnalyzer.Mode.PARTS);

  private static Result search(IndexSearcher searcher, Request request, Query access, Query text) {
    try {
      BooleanQuery.Builder base =
          new BooleanQuery.Builder().add(text, Occur.MUST).add(access, Occur.FILTER);
      Query unfiltered = base.build();
      if (notBlank(request.theme())) {
        base.add(new TermQuery(new Term(THEME, request.theme())), Occur.FILTER);
      }
      if (notBlank(request.type())) {
        base.add(new TermQuery(new Term(TYPE, request.type())), Occur.FILTER);
      }
      if (notBlank(request.source())) {
        base.add(new TermQuery(new Term(SOURCE, request.source())), Occur.FILTER);
      }
      Query query = base.build();
      int size = Math.max(1, Math.min(100, request.size()));
      int page = Math.max(0, request.page());
      long total = searcher.count(query);
      TopDocs top = searcher.search(query, (page + 1) * size);
      ScoreDoc[] all = top.scoreDocs;
      int from = Math.min(all.length, page * size);
      ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, from, all.length);
      String[] snippets = snippets(searcher, text, slice);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < slice.length; i++) {
        Document d = searcher.storedFields().document(slice[i].doc);
        String snippet = snippets[i];
        if (snippet == null) {
          String summary = d.get(SUMMARY);
          snippet =
              Html.escape(
                  shorten(summary == null || summary.isBlank() ? d.get(BODY) : summary, 240));
        }
        String themes = d.get(IndexApplier.THEMES_STORED);
        hits.add(
            new Hit(
                d.get(UID),
                d.get(TITLE),
                d.get(TYPE),
                themes == null || themes.isEmpty() ? List.of() : List.of(themes.split(",")),
                snippet,
                d.get(IndexApplier.URL)));
      }
      Map<String, Map<String, Integer>> facets = facets(searcher, unfiltered);
      String suggestion = total == 0 ? suggestion(searcher.getIndexReader(), request.text()) : null;
      return new Result(total, page, size, hits, facets, suggestion);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, HIGHLIGHT)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " \u2026 ", true))
            // The text is marked for the words of the query and for the compounds' parts it
            // found: a hit through the parts field alone shows where it is.
            .withFieldMatcher(f -> BODY.equals(f) || IndexApplier.PARTS.equals(f))
            .withMaxLength(200_000)
            .build();
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    Map<String, String[]> found =
        highlighter.highlightFields(new String[] {BODY}, query, ids, new int[] {2});
    String[] snippets = found.get(BODY);
    // Without a match in the text the highlighter gives the first sentences, unmarked: fine.
    return snippets == null ? new String[docs.length] : snippets;
  }

  private static Map<String, Map<String, Integer>> facets(IndexSearcher searcher, Query query)
      throws IOException {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String dim : List.of(THEME, TYPE, SOURCE)) {
      result.put(dim, new LinkedHashMap<>());
    }
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    DefaultSortedSetDocValuesReaderState state;
    try {
      state =
          new DefaultSortedSetDocValuesReaderState(
              searcher.getIndexReader(), IndexApplier.facetsConfig());
    } catch (IllegalArgumentException noFacetsYet) {
      return result;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : result.keySet()) {
      FacetResult top;
      try {
        top = counts.getTopChildren(50, dim);
      } catch (IllegalArgumentException absent) {
        top = null;
      }
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          result.get(dim).put(lv.label, lv.value.intValue());
        }
      }
    }
    return result;
  }

  /**
   * "Bedoelde u …?": each word the index does not know is replaced by the most similar known word
   * (edit distance, more frequent first); null when nothing better is known.
   */
  static String suggestion(IndexReader reader, String text) throws IOException {
    if (text == null || text.isBlank()) {
      return null;
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    int last = 0;
    String lower = text;
    try (TokenStream tokens = WORDS.tokenStream(SPELL, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        corrected.append(lower, last, offset.startOffset());
        String replacement = null;
        if (word.length() > 2 && reader.docFreq(new Term(SPELL, word)) == 0) {
          SuggestWord[] best =
              checker.suggestSimilar(
                  new Term(SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (best.length > 0) {
            replacement = best[0].string;
          }
        }
        corrected.append(
            replacement == null
                ? lower.substring(offset.startOffset(), offset.endOffset())
                : replacement);
        changed |= replacement != null;
        last = offset.endOffset();
      }
      tokens.end();
    }
    corrected.append(lower.substring(Math.min(last, lower.length())));
    return changed ? corrected.toString().strip() : null;
  }

  /** Up to {@code count} public documents most like the given one (MoreLikeThis). */
  public static List<Hit> related(IndexSearcher searcher, String uid, int count) {
    try {
      TopDocs self = searcher.search(new TermQuery(new Term(UID, uid)), 1);
      if (self.scoreDocs.length == 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(ANALYZER);
      mlt.setFieldNames(new String[] {TITLE, SUMMARY, BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(25);
      Query like = mlt.like(self.scoreDocs[0].doc);
      Query query =
          new BooleanQuery.Builder()
              .add(like, Occur.MUST)
              .add(publicOnly(), Occur.FILTER)
              .add(new TermQuery(new Term(UID, uid)), Occur.MUST_NOT)
              .build();
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, count).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        String themes = d.get(IndexApplier.THEMES_STORED);
        hits.add(
            new Hit(
                d.get(UID),
                d.get(TITLE),
                d.get(TYPE),
                themes == null || themes.isEmpty() ? List.of() : List.of(themes.split(",")),
                Html.escape(shorten(d.get(SUMMARY), 200)),
                d.get(IndexApplier.URL)));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
  }
}
