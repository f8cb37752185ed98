package be.vlaanderen.crt.portal.review.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReanchorTest {

  private static final String P1 =
      "Het bedrijfscontinuïteitsplan van de gemeente Zonnebeke beschrijft hoe de dienstverlening"
          + " aan burgers en ondernemingen wordt voortgezet wanneer een ernstig incident zich"
          + " voordoet. Het plan werd goedgekeurd door het college van burgemeester en schepenen"
          + " en wordt jaarlijks geëvalueerd. De algemeen directeur is eindverantwoordelijk voor"
          + " de actualisatie.";

  private static final String P2 =
      "Voor elk kritisch proces werd een business impact analyse uitgevoerd. Voor burgerzaken,"
          + " zoals de aflevering van identiteitskaarten en uittreksels uit het"
          + " bevolkingsregister, bedraagt de RTO vier uur. De Maximum Tolerable Period of"
          + " Disruption (MTPD) voor deze dienstverlening is vastgelegd op twee werkdagen. Voor"
          + " de uitbetaling van het leefloon door het OCMW geldt een RTO van één werkdag.";

  private static final String P3 =
      "De meeste kritische processen zijn afhankelijk van ICT. De toepassingen voor burgerzaken"
          + " draaien in het datacenter van de intergemeentelijke vereniging, terwijl de"
          + " financiële software als clouddienst wordt afgenomen. Voor de financiële software"
          + " bedraagt de RTO vier uur, omdat betalingen aan leveranciers niet mogen stilvallen."
          + " Bij uitval van het netwerk schakelt het gemeentehuis automatisch over op een"
          + " back-upverbinding via een tweede provider. Van alle servers wordt dagelijks een"
          + " back-up genomen die buiten de site wordt bewaard.";

  private static final String P4 =
      "Tijdens een crisis coördineert de communicatieambtenaar alle berichtgeving naar de"
          + " bevolking. Berichten worden verspreid via de gemeentelijke website, sociale media"
          + " en BE-Alert. De woordvoerder is de burgemeester of diens plaatsvervanger. Interne"
          + " communicatie met het personeel verloopt via sms en de personeelsapp.";

  private static final String OLD = String.join("\n\n", P1, P2, P3, P4);

  private static final String MTPD_SENTENCE =
      "De Maximum Tolerable Period of Disruption (MTPD) voor deze dienstverlening is vastgelegd"
          + " op twee werkdagen.";
  private static final String BACKUP_SENTENCE =
      "Van alle servers wordt dagelijks een back-up genomen die buiten de site wordt bewaard.";
  private static final String ALERT_SENTENCE =
      "Berichten worden verspreid via de gemeentelijke website, sociale media en BE-Alert.";

  /** Quotes the first occurrence of {@code passage} in {@link #OLD}. */
  private static TextQuote quote(String passage) {
    return quote(passage, 0);
  }

  /** Quotes the occurrence of {@code passage} in {@link #OLD} at or after {@code from}. */
  private static TextQuote quote(String passage, int from) {
    int start = OLD.indexOf(passage, from);
    assertTrue(start >= 0, "passage not in old text: " + passage);
    return TextQuote.of(OLD, start, start + passage.length());
  }

  private static Anchor find(TextQuote quote, String newText) {
    Anchor anchor = Reanchor.find(quote, newText, OLD.length());
    assertNotNull(anchor);
    return anchor;
  }

  private static void assertAnchoredAt(Anchor anchor, AnchorState state, int start, int end) {
    assertEquals(state, anchor.state(), () -> "anchor " + anchor);
    assertEquals(start, anchor.start(), () -> "start of " + anchor);
    assertEquals(end, anchor.end(), () -> "end of " + anchor);
  }

  @Test
  void textQuoteOfTakesUpTo32CharactersOfContext() {
    int start = OLD.indexOf(MTPD_SENTENCE);
    TextQuote quote = TextQuote.of(OLD, start, start + MTPD_SENTENCE.length());
    assertEquals(MTPD_SENTENCE, quote.exact());
    assertEquals(32, quote.prefix().length());
    assertTrue(OLD.substring(0, start).endsWith(quote.prefix()));
    assertEquals(32, quote.suffix().length());
    assertTrue(OLD.startsWith(quote.suffix(), start + MTPD_SENTENCE.length()));

    TextQuote atStart = TextQuote.of(OLD, 0, 3);
    assertEquals("", atStart.prefix());
    assertEquals("Het", atStart.exact());
  }

  @Test
  void unchangedTextKeepsEveryAnchor() {
    for (String passage :
        List.of(MTPD_SENTENCE, BACKUP_SENTENCE, ALERT_SENTENCE, "RTO", "clouddienst", P1)) {
      TextQuote quote = quote(passage);
      assertAnchoredAt(find(quote, OLD), AnchorState.STILL_PRESENT, quote.start(), quote.end());
    }
  }

  @Test
  void insertedTextShiftsTheOffsets() {
    String inserted =
        "Inleiding. Dit document vervangt de versie van 2023 en werd aangepast aan de nieuwe"
            + " organisatiestructuur van het gemeentebestuur.\n\n";
    String newText = inserted + OLD;
    TextQuote quote = quote(MTPD_SENTENCE);
    assertAnchoredAt(
        find(quote, newText),
        AnchorState.STILL_PRESENT,
        quote.start() + inserted.length(),
        quote.end() + inserted.length());
  }

  @Test
  void sentenceMovedToAnotherParagraphIsFoundAtItsNewPlace() {
    String p3WithoutBackup = P3.replace(" " + BACKUP_SENTENCE, "");
    String newText = String.join("\n\n", P1 + " " + BACKUP_SENTENCE, P2, p3WithoutBackup, P4);
    int expected = newText.indexOf(BACKUP_SENTENCE);
    assertAnchoredAt(
        find(quote(BACKUP_SENTENCE), newText),
        AnchorState.STILL_PRESENT,
        expected,
        expected + BACKUP_SENTENCE.length());
  }

  @Test
  void slightlyRewordedSentenceIsChangedAndCoversTheNewSentence() {
    String reworded =
        "De Maximum Tolerable Period of Disruption (MTPD) voor deze diensten werd vastgelegd op"
            + " twee kalenderdagen.";
    String newText = OLD.replace(MTPD_SENTENCE, reworded);
    Anchor anchor = find(quote(MTPD_SENTENCE), newText);
    int expected = newText.indexOf(reworded);
    assertAnchoredAt(anchor, AnchorState.CHANGED, expected, expected + reworded.length());
    assertTrue(anchor.similarity() >= Reanchor.MIN_SIMILARITY && anchor.similarity() < 1.0);
  }

  @Test
  void rewordedAndMovedSentenceIsFoundByTheCandidateSearch() {
    String reworded =
        "Van alle servers nemen we elke nacht een back-up, die buiten de site wordt bewaard.";
    String p3WithoutBackup = P3.replace(" " + BACKUP_SENTENCE, "");
    String newText = String.join("\n\n", P1, P2, p3WithoutBackup, P4 + " " + reworded);
    Anchor anchor = find(quote(BACKUP_SENTENCE), newText);
    int expected = newText.indexOf(reworded);
    assertAnchoredAt(anchor, AnchorState.CHANGED, expected, expected + reworded.length());
  }

  @Test
  void heavilyRewrittenSentenceIsNotFound() {
    String rewritten =
        "Valt burgerzaken uit, dan opent binnen een halve dag een noodloket in de bibliotheek.";
    Anchor anchor = find(quote(MTPD_SENTENCE), OLD.replace(MTPD_SENTENCE, rewritten));
    assertEquals(Anchor.notFound(), anchor);
  }

  @Test
  void deletedSentenceIsNotFound() {
    Anchor anchor = find(quote(ALERT_SENTENCE), OLD.replace(" " + ALERT_SENTENCE, ""));
    assertEquals(AnchorState.NOT_FOUND, anchor.state());
    assertEquals(-1, anchor.start());
    assertEquals(-1, anchor.end());
  }

  @Test
  void duplicateOccurrencesAreDisambiguatedByPrefixAndSuffix() {
    String passage = "bedraagt de RTO vier uur";
    int first = OLD.indexOf(passage);
    int second = OLD.indexOf(passage, first + 1);
    assertTrue(first >= 0 && second > first);
    TextQuote quote = quote(passage, first + 1);
    assertEquals(second, quote.start());

    // Insert text so that the first occurrence moves exactly to the old start of the second one:
    // position alone would now pick the wrong occurrence.
    String inserted = "x".repeat(second - first - 1) + " ";
    String newText = inserted + OLD;
    Anchor anchor = Reanchor.find(quote, newText); // unscaled old start
    int expected = second + inserted.length();
    assertAnchoredAt(anchor, AnchorState.STILL_PRESENT, expected, expected + passage.length());

    // The first occurrence is found likewise by its own context.
    TextQuote firstQuote = quote(passage);
    assertAnchoredAt(
        Reanchor.find(firstQuote, newText),
        AnchorState.STILL_PRESENT,
        first + inserted.length(),
        first + inserted.length() + passage.length());
  }

  @Test
  void equalContextFallsBackToTheOccurrenceClosestToTheOldPosition() {
    String paragraph = "De RTO van elk proces wordt jaarlijks herzien.";
    String old = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;
    int second = old.indexOf(paragraph, 1);
    TextQuote quote = TextQuote.of(old, second + 3, second + 6); // "RTO" of the middle paragraph
    assertEquals("RTO", quote.exact());
    String newText = "Inleiding.\n\n" + old;
    Anchor anchor = Reanchor.find(quote, newText, old.length());
    int expected = newText.indexOf(paragraph, 13) + 3;
    assertAnchoredAt(anchor, AnchorState.STILL_PRESENT, expected, expected + 3);
  }

  @Test
  void whitespaceDifferencesStillCountAsPresent() {
    String reflowed =
        "De Maximum  Tolerable Period of\nDisruption (MTPD) voor deze\r\n"
            + "dienstverlening is\tvastgelegd op twee\u00A0werkdagen.";
    String newText =
        OLD.replace(MTPD_SENTENCE, reflowed).replace("\n\n", "\r\n\r\n").replace(". ", ".  ");
    Anchor anchor = find(quote(MTPD_SENTENCE), newText);
    int expected = newText.indexOf(reflowed);
    assertAnchoredAt(anchor, AnchorState.STILL_PRESENT, expected, expected + reflowed.length());
  }

  @Test
  void caseOnlyDifferencesAreChangedButVerySimilar() {
    String lowered = ALERT_SENTENCE.toLowerCase(Locale.ROOT);
    String newText = OLD.replace(ALERT_SENTENCE, lowered);
    Anchor anchor = find(quote(ALERT_SENTENCE), newText);
    int expected = newText.indexOf(lowered);
    assertAnchoredAt(anchor, AnchorState.CHANGED, expected, expected + lowered.length());
    assertTrue(anchor.similarity() >= 0.95, () -> "similarity " + anchor.similarity());
  }

  @Test
  void shortQuotesAreOnlyMatchedExactly() {
    // "RTO" occurs several times; the one in the ICT paragraph is found by its context.
    int ictRto = OLD.indexOf("RTO", OLD.indexOf("financiële software bedraagt"));
    TextQuote rto = TextQuote.of(OLD, ictRto, ictRto + 3);
    String newText = "Versie 2.\n" + OLD;
    assertAnchoredAt(find(rto, newText), AnchorState.STILL_PRESENT, ictRto + 10, ictRto + 13);

    // "sms" became "SMS": no fuzzy matching for a three-character quote.
    TextQuote sms = quote("sms");
    assertEquals(Anchor.notFound(), find(sms, OLD.replace(" sms ", " SMS ")));
  }

  @Test
  void blankQuoteOrEmptyTextIsNotFound() {
    assertEquals(Anchor.notFound(), Reanchor.find(new TextQuote("  ", "", "", 0, 2), OLD));
    assertEquals(Anchor.notFound(), find(quote(MTPD_SENTENCE), ""));
  }

  @Test
  void oldPositionBeyondTheNewTextIsHarmless() {
    String newText = P4;
    Anchor anchor = find(quote(ALERT_SENTENCE), newText);
    int expected = newText.indexOf(ALERT_SENTENCE);
    assertAnchoredAt(
        anchor, AnchorState.STILL_PRESENT, expected, expected + ALERT_SENTENCE.length());
  }

  @Test
  void performanceSanityOnALargeDocument() {
    Random random = new Random(20240611);
    String oldText = largeDocument(random, 200_000);
    String newText =
        "Deze versie vervangt alle vorige versies van het continuïteitsplan.\n\n"
            + oldText.replace("werkdagen", "kalenderdagen").replace("  ", " ");

    List<TextQuote> quotes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int length = 40 + random.nextInt(i % 5 == 0 ? 1960 : 300);
      int start = random.nextInt(oldText.length() - length);
      start = oldText.indexOf(' ', start) + 1; // start on a word
      int end = Math.min(oldText.length(), start + length);
      quotes.add(TextQuote.of(oldText, start, end));
    }

    long began = System.nanoTime();
    Reanchor prepared = Reanchor.on(newText);
    int[] counts = new int[AnchorState.values().length];
    for (TextQuote quote : quotes) {
      Anchor anchor = prepared.locate(quote, oldText.length());
      counts[anchor.state().ordinal()]++;
      assertNotEquals(AnchorState.NOT_FOUND, anchor.state(), () -> "lost " + quote);
      if (anchor.state() == AnchorState.STILL_PRESENT) {
        assertEquals(
            NormalizedText.normalize(quote.exact()).strip(),
            NormalizedText.normalize(newText.substring(anchor.start(), anchor.end())).strip());
      }
    }
    for (TextQuote quote : quotes.subList(0, 10)) {
      assertNotNull(Reanchor.find(quote, newText)); // the one-shot API, once per quote
    }
    System.out.printf(
        "Re-anchored %d quotes on %d chars in %d ms: %d still present, %d changed%n",
        quotes.size(),
        newText.length(),
        (System.nanoTime() - began) / 1_000_000,
        counts[AnchorState.STILL_PRESENT.ordinal()],
        counts[AnchorState.CHANGED.ordinal()]);
  }

  /** Generates a pseudo-random BCP-like document of about {@code size} characters. */
  private static String largeDocument(Random random, int size) {
    String[] processes = {
      "burgerzaken",
      "de uitbetaling van het leefloon",
      "de afvalophaling",
      "de bibliotheek",
      "het onthaal",
      "de stedenbouwkundige vergunningen",
      "de personeelsadministratie",
      "de boekhouding",
      "het kinderdagverblijf",
      "de begraafplaatsen",
      "de sporthal"
    };
    String[] systems = {
      "het e-loket", "de financiële software", "het documentbeheersysteem", "de telefonie",
      "het netwerk", "de back-upserver", "de mailserver", "het bevolkingsregister"
    };
    String[] durations = {"vier uur", "acht uur", "één werkdag", "twee werkdagen", "een week"};
    String[] roles = {
      "de algemeen directeur",
      "de ICT-coördinator",
      "de communicatieambtenaar",
      "de noodplanningscoördinator",
      "het diensthoofd"
    };
    StringBuilder sb = new StringBuilder(size + 500);
    sb.append(OLD).append("\n\n");
    int paragraph = 1;
    while (sb.length() < size) {
      sb.append("Proces ").append(paragraph++).append(". ");
      for (int s = 0; s < 4 + random.nextInt(4); s++) {
        String process = pick(random, processes);
        String system = pick(random, systems);
        switch (random.nextInt(4)) {
          case 0 ->
              sb.append("Voor ")
                  .append(process)
                  .append(" bedraagt de RTO ")
                  .append(pick(random, durations))
                  .append(" en de MTPD ")
                  .append(pick(random, durations))
                  .append('.');
          case 1 ->
              sb.append("Bij uitval van ")
                  .append(system)
                  .append(" verwittigt ")
                  .append(pick(random, roles))
                  .append(" binnen ")
                  .append(1 + random.nextInt(59))
                  .append(" minuten het crisiscentrum.");
          case 2 ->
              sb.append(capitalize(process))
                  .append(" is afhankelijk van ")
                  .append(system)
                  .append(", dat ")
                  .append(random.nextInt(100))
                  .append(" gebruikers bedient.");
          default ->
              sb.append(capitalize(pick(random, roles)))
                  .append(" informeert de bevolking over ")
                  .append(process)
                  .append(" via de website en sociale media.");
        }
        sb.append(random.nextInt(10) == 0 ? "  " : " ");
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
