package be.vlaanderen.crt.portal.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synonyms of several words ("business impact analyse" = "bia") for a query. The query parser
 * hands the analysis one word at a time, so the synonym filter never sees such a phrase whole; the
 * phrase is therefore replaced by the one-word synonym of its line in {@code search/synoniemen.txt}
 * before parsing, and the filter then expands that word to the whole line as usual. A line without
 * a one-word entry is left to the words themselves.
 */
final class SynonymPhrases {

  /** Folded phrase → the one-word synonym of its line; longest phrases first. */
  private static final Map<Pattern, String> PHRASES = load();

  private SynonymPhrases() {}

  /** The query with every known phrase replaced by its one-word synonym (lower case, folded). */
  static String joined(String query) {
    if (PHRASES.isEmpty() || query.indexOf(' ') < 0) {
      return query;
    }
    String text = fold(query);
    boolean changed = false;
    for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
      Matcher m = phrase.getKey().matcher(text);
      if (m.find()) {
        text = m.replaceAll(Matcher.quoteReplacement(phrase.getValue()));
        changed = true;
      }
    }
    return changed ? text : query;
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static Map<Pattern, String> load() {
    List<String[]> found = new ArrayList<>();
    InputStream in =
        SynonymPhrases.class.getClassLoader().getResourceAsStream("search/synoniemen.txt");
    if (in == null) {
      throw new IllegalStateException("search/synoniemen.txt is missing from the application");
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line : lines.lines().toList()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#") || l.contains("=>")) {
          continue;
        }
        List<String> entries = new ArrayList<>();
        for (String e : l.split(",")) {
          if (!e.isBlank()) {
            entries.add(fold(e.strip().replaceAll("\\s+", " ")));
          }
        }
        String word = entries.stream().filter(e -> e.indexOf(' ') < 0).findFirst().orElse(null);
        if (word == null) {
          continue;
        }
        for (String e : entries) {
          if (e.indexOf(' ') > 0) {
            found.add(new String[] {e, word});
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    Map<Pattern, String> phrases = new LinkedHashMap<>();
    for (String[] f : found) {
      phrases.put(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])"
                  + Pattern.quote(f[0]).replace(" ", "\\E\\s+\\Q")
                  + "(?![\\p{L}\\p{N}])"),
          f[1]);
    }
    return phrases;
  }
}
