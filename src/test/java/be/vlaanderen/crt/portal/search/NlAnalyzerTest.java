package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void hyphenatedJoinedAndPluralFormsMeet() throws IOException {
    // The index holds a hyphenated word as written and joined; the query joins it.
    assertEquals(List.of("back", "up", "backup"), tokens(NlAnalyzer.Mode.INDEX, "back-up"));
    assertEquals(List.of("back", "up", "backup"), tokens(NlAnalyzer.Mode.INDEX, "Back-Up"));
    assertEquals(List.of("back", "ups", "backup"), tokens(NlAnalyzer.Mode.INDEX, "back-ups"));
    assertEquals(List.of("backup"), tokens(NlAnalyzer.Mode.INDEX, "backup"));
    for (String form : List.of("back-up", "backup", "back-ups")) {
      assertEquals(List.of("reservekopie", "=backup"), tokens(NlAnalyzer.Mode.QUERY, form), form);
    }
    assertEquals(
        List.of("bia", "interview", "biainterview"),
        tokens(NlAnalyzer.Mode.INDEX, "BIA-interviews"));
    assertEquals(List.of("e", "mail", "email"), tokens(NlAnalyzer.Mode.INDEX, "e-mail"));
    assertEquals(List.of("mail", "=email"), tokens(NlAnalyzer.Mode.QUERY, "e-mail"));
    assertTrue(tokens(NlAnalyzer.Mode.QUERY, "cyber-aanval").contains("=cyberaanval"));
    // The apostrophe of a plural goes: SLA's is SLA.
    assertEquals(List.of("sla"), tokens(NlAnalyzer.Mode.INDEX, "SLA's"));
    assertEquals(List.of("wachtwoord"), tokens(NlAnalyzer.Mode.INDEX, "wachtwoorden"));
    assertEquals(List.of("continuiteit"), tokens(NlAnalyzer.Mode.INDEX, "Continuïteit"));
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
  void theAutocompleteAndTheMarkingKnowTheParts() throws IOException {
    // The autocomplete's titles: whole words, not stemmed, with their parts.
    assertEquals(
        List.of("crisiscommunicatieplan", "=crisis", "=communicatie", "=plan"),
        tokens(NlAnalyzer.Mode.SUGGEST, "Crisiscommunicatieplan"));
    assertEquals(
        List.of("informatieveiligheid", "=informatie", "=veiligheid"),
        tokens(NlAnalyzer.Mode.SUGGEST, "informatieveiligheid"));
    // What is typed stays whole.
    assertEquals(List.of("communicatie"), tokens(NlAnalyzer.Mode.WORDS, "communicatie"));
    // Marking: stems with parts, so a part marks the whole compound.
    assertEquals(
        List.of("cyberaanval", "=cyber", "=aanval"),
        tokens(NlAnalyzer.Mode.HIGHLIGHT, "cyberaanval"));
  }

  @Test
  void synonymsAndAbbreviationsAreAddedToTheQuery() throws IOException {
    assertEquals(
        List.of(
            "tweestapsverificatie",
            "=tweefactorauthenticatie",
            "=multifactorauthenticatie",
            "=meervoud",
            "=mfa",
            "authenticatie"),
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
