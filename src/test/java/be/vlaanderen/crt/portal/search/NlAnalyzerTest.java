package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The exact token streams of the Dutch analysis (issue 17): spelling variants, compounds and
 * synonyms. A token that stands at the same position as the one before it is written "=token".
 */
class NlAnalyzerTest {

  private static List<String> tokens(NlAnalyzer.Mode mode, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (Analyzer analyzer = new NlAnalyzer(mode);
        TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add((increment.getPositionIncrement() == 0 ? "=" : "") + term);
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void hyphenatedJoinedAndPluralFormsAreOneTerm() throws IOException {
    for (String form : List.of("back-up", "backup", "back-ups", "Back-Up")) {
      assertEquals(List.of("backup"), tokens(NlAnalyzer.Mode.INDEX, form), form);
    }
    assertEquals(List.of("email"), tokens(NlAnalyzer.Mode.INDEX, "e-mail"));
    assertEquals(List.of("email"), tokens(NlAnalyzer.Mode.INDEX, "email"));
    assertEquals(List.of("cyberaanval"), tokens(NlAnalyzer.Mode.INDEX, "cyber-aanval"));
    assertEquals(List.of("wachtwoord"), tokens(NlAnalyzer.Mode.INDEX, "wachtwoorden"));
    assertEquals(List.of("continuiteit"), tokens(NlAnalyzer.Mode.INDEX, "Continuïteit"));
    // Spelling suggestions and autocomplete keep whole words, joined the same way.
    assertEquals(List.of("backups"), tokens(NlAnalyzer.Mode.WORDS, "back-ups"));
  }

  @Test
  void compoundsAreSplitIntoTheirPartsOnlyInThePartsField() throws IOException {
    assertEquals(
        List.of("cloudleverancier", "=cloud", "=leverancier"),
        tokens(NlAnalyzer.Mode.PARTS, "cloudleverancier"));
    assertEquals(
        List.of("crisiscommunicatie", "=crisis", "=communicatie"),
        tokens(NlAnalyzer.Mode.PARTS, "crisiscommunicatie"));
    assertEquals(List.of("cloudleverancier"), tokens(NlAnalyzer.Mode.INDEX, "cloudleverancier"));
    // Too short to split, or no part known: the word stays whole.
    assertEquals(List.of("bcp"), tokens(NlAnalyzer.Mode.PARTS, "BCP"));
  }

  @Test
  void synonymsAndAbbreviationsAreAddedToTheQuery() throws IOException {
    assertEquals(
        List.of(
            "tweestapsverificatie",
            "=tweefactorauthenticatie",
            "=multifactorauthenticatie",
            "=mfa"),
        tokens(NlAnalyzer.Mode.QUERY, "MFA"));
    assertEquals(
        List.of("ransomwar", "=gijzelsoftwar"), tokens(NlAnalyzer.Mode.QUERY, "gijzelsoftware"));
    // On stems: the plural finds the synonym too.
    assertEquals(List.of("paswoord", "=wachtwoord"), tokens(NlAnalyzer.Mode.QUERY, "wachtwoorden"));
    assertEquals(
        List.of(
            "bedrijfscontinuiteitsplan",
            "=continuiteitsplan",
            "=busines",
            "=bcp",
            "continuity",
            "plan"),
        tokens(NlAnalyzer.Mode.QUERY, "BCP"));
    // The index itself holds no synonyms.
    assertEquals(List.of("mfa"), tokens(NlAnalyzer.Mode.INDEX, "MFA"));
  }
}
