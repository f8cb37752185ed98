package be.vlaanderen.crt.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SynonymPhrasesTest {

  @Test
  void aPhraseOfTheSynonymListBecomesItsOneWordSynonym() {
    assertEquals(
        "bia voor scholen", SynonymPhrases.joined("Business  Impact Analyse voor scholen"));
    assertEquals("mtpd", SynonymPhrases.joined("maximaal toelaatbare onderbrekingsduur"));
    assertEquals("\"rto\" bepalen", SynonymPhrases.joined("\"recovery time objective\" bepalen"));
    assertEquals("mfa", SynonymPhrases.joined("meervoudige authenticatie"));
  }

  @Test
  void otherTextIsLeftAsTyped() {
    assertEquals("Business impactanalyse", SynonymPhrases.joined("Business impactanalyse"));
    assertEquals("impact van de analyse", SynonymPhrases.joined("impact van de analyse"));
    assertEquals("Crisiscel", SynonymPhrases.joined("Crisiscel"));
    // Part of a longer word is not a phrase.
    assertEquals("business impact analyses", SynonymPhrases.joined("business impact analyses"));
  }
}
