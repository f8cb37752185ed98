package be.vlaanderen.crt.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch for search, built from Lucene's own analysis components:
 *
 * <ul>
 *   <li>a hyphenated word is indexed both as written and joined, and a query joins it, so
 *       "back-up", "backup" and "back-ups" meet, "e-mail" and "email" too, while "bia interview"
 *       still finds "BIA-interviews"; the apostrophe of a plural is dropped ("SLA's" = "SLA");
 *   <li>words lower-cased and accents folded ("continuïteit" = "continuiteit");
 *   <li>Dutch stop words dropped and stems taken with the Snowball Dutch stemmer ("oefeningen" =
 *       "oefening");
 *   <li>{@link Mode#PARTS}, at index time only: compounds split on the word parts of {@code
 *       search/woorddelen.txt}, so "leverancier" finds "cloudleverancier" (in a field of its own,
 *       weighted below whole words);
 *   <li>{@link Mode#QUERY}: the synonyms and abbreviations of {@code search/synoniemen.txt} ("BCP"
 *       = "bedrijfscontinuïteitsplan"), at query time only.
 * </ul>
 *
 * <p>{@link Mode#WORDS} keeps whole words, for the spelling suggestions and what is typed for the
 * autocomplete, whose titles are {@link Mode#SUGGEST}: whole words and compounds' parts. When any
 * of this changes, {@link #VERSION} changes and every node rebuilds its index at start.
 */
public final class NlAnalyzer extends Analyzer {

  /**
   * The analysis version, stored in the index's commit data: a different one means rebuild. It
   * names the steps and ends with a digest of the word-part and synonym files, so a change the CRT
   * makes to either rebuilds the index at the next start too.
   */
  public static final String VERSION =
      "5-public-spelling-hyphens-both-ways-apostrophes-compounds-synonyms-"
          + digest("search/woorddelen.txt", "search/synoniemen.txt");

  /** What the analysis is for. */
  public enum Mode {
    /** Whole words, lower-cased and folded (spelling, what is typed for the autocomplete). */
    WORDS,
    /**
     * Whole words and the compounds' parts, for the autocomplete's titles: "communicatie" offers
     * "Sjabloon crisiscommunicatieplan" as "back" offers "back-ups".
     */
    SUGGEST,
    /** Stems, for indexing the text fields. */
    INDEX,
    /** Stems of the compounds' parts too, for the parts field. */
    PARTS,
    /** Stems with synonyms, for the user's query. */
    QUERY,
    /**
     * Stems of the text as the query sees it (hyphenated words joined, no synonyms), with the
     * compounds' parts, for marking matches: a joined word then covers exactly the characters it
     * was written with, and a part marks the whole compound it was found in ("aanval" marks
     * "cyberaanval").
     */
    HIGHLIGHT
  }

  private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  /** A hyphenated word, indexed as it is written (its parts) and joined: "BIA-interviews". */
  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-(\\p{L}+)");

  /** The plural ending of "SLA's" and "scenario's" is dropped: the singular. */
  private static final Pattern APOSTROPHE_S = Pattern.compile("(?<=\\p{L})['\u2019]s\\b");

  private static final CharArraySet PARTS_DICTIONARY = dictionary();
  private static final SynonymMap SYNONYMS = synonyms();

  private final Mode mode;

  public NlAnalyzer(Mode mode) {
    this.mode = mode;
  }

  /** Stemmed ({@code true}, as {@link Mode#INDEX}) or whole words ({@code false}). */
  public NlAnalyzer(boolean stem) {
    this(stem ? Mode.INDEX : Mode.WORDS);
  }

  /**
   * In the index a hyphenated word stands both ways ("bia interviews biainterviews"), so that its
   * parts and its joined form are found; a query joins it ("back-up" looks for "backup"), which the
   * index holds for "back-up", "back-ups" and "backup" alike.
   */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader plural = new PatternReplaceCharFilter(APOSTROPHE_S, "", reader);
    return mode == Mode.QUERY || mode == Mode.HIGHLIGHT
        ? new PatternReplaceCharFilter(HYPHEN_BETWEEN_LETTERS, "", plural)
        : new PatternReplaceCharFilter(HYPHENATED, "$1-$2 $1$2", plural);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(
        HYPHEN_BETWEEN_LETTERS, "", new PatternReplaceCharFilter(APOSTROPHE_S, "", reader));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new ASCIIFoldingFilter(stream);
    if (mode == Mode.WORDS) {
      return new TokenStreamComponents(source, stream);
    }
    if (mode == Mode.SUGGEST) {
      return new TokenStreamComponents(source, compounds(stream));
    }
    if (mode == Mode.PARTS || mode == Mode.HIGHLIGHT) {
      stream = compounds(stream);
    }
    stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
    stream = new SnowballFilter(stream, new DutchStemmer());
    if (mode == Mode.QUERY) {
      // On stems, so that "wachtwoorden" finds what "paswoord" finds.
      stream = new SynonymGraphFilter(stream, SYNONYMS, true);
    }
    return new TokenStreamComponents(source, stream);
  }

  /** The word and, after it, the parts of the list it is made of (words of 7 letters or more). */
  private static TokenStream compounds(TokenStream stream) {
    return new DictionaryCompoundWordTokenFilter(stream, PARTS_DICTIONARY, 7, 4, 15, true);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  private static CharArraySet dictionary() {
    CharArraySet words = new CharArraySet(128, true);
    try (var lines =
        new java.io.BufferedReader(
            new InputStreamReader(resource("search/woorddelen.txt"), StandardCharsets.UTF_8))) {
      lines
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(words::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static SynonymMap synonyms() {
    // The synonyms go through the same steps as the query before the synonym filter: stems.
    Analyzer entries = new NlAnalyzer(Mode.INDEX);
    SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
    try (Reader file =
        new InputStreamReader(resource("search/synoniemen.txt"), StandardCharsets.UTF_8)) {
      parser.parse(file);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("search/synoniemen.txt, line " + e.getErrorOffset(), e);
    }
  }

  /** The first 12 hex digits of the SHA-256 of the files' bytes, one after the other. */
  private static String digest(String... names) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (String name : names) {
        try (InputStream in = resource(name)) {
          sha.update(in.readAllBytes());
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = NlAnalyzer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the application");
    }
    return in;
  }
}
