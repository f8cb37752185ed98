package be.vlaanderen.crt.portal.completeness;

import be.vlaanderen.crt.portal.extraction.ExtractedText;
import be.vlaanderen.crt.portal.extraction.TextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that a BCP (PDF, DOCX, ODT) has the sections a continuity plan needs, from its headings as
 * Tika sees them. Documents without heading styles (most PDFs) are judged on their short
 * paragraphs, which is where section titles end up.
 */
public final class BcpCheck {

  /** Documents above this size are not parsed for the check. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final int SHORT_PARAGRAPH = 100;

  /** The required sections and the words that mark them in a heading (accent-free, lower case). */
  public static final Map<String, List<String>> SECTIONS =
      java.util.Collections.unmodifiableMap(
          new java.util.LinkedHashMap<>(
              Map.of(
                  "SCOPE", List.of("toepassingsgebied", "scope", "reikwijdte", "afbakening"),
                  "CRISIS_ORGANISATION",
                      List.of(
                          "crisisorganisatie",
                          "crisisteam",
                          "crisiscel",
                          "rollen en verantwoordelijkheden"),
                  "ACTIVATION",
                      List.of("activering", "activatie", "escalatie", "opschaling", "alarmering"),
                  "CONTACTS",
                      List.of("contactlijst", "contactgegevens", "contactpersonen", "contacten"),
                  "RECOVERY_STRATEGIES",
                      List.of(
                          "herstelstrateg",
                          "continuiteitsstrateg",
                          "noodprocedure",
                          "workaround",
                          "uitwijk"),
                  "ICT_RECOVERY",
                      List.of(
                          "ict-herstel",
                          "ict herstel",
                          "herstel van ict",
                          "herstel van de ict",
                          "disaster recovery",
                          "it-herstel"),
                  "CRISIS_COMMUNICATION", List.of("crisiscommunicatie", "communicatie"),
                  "SUPPLIERS", List.of("leverancier"),
                  "EXERCISE", List.of("oefen", "testen", "onderhoud", "actualis"),
                  "APPROVAL",
                      List.of(
                          "goedkeuring", "versiebeheer", "versiegeschiedenis", "documentbeheer"))));

  /** The order in which sections are reported (the order of the template). */
  public static final List<String> ORDER =
      List.of(
          "SCOPE",
          "CRISIS_ORGANISATION",
          "ACTIVATION",
          "CONTACTS",
          "RECOVERY_STRATEGIES",
          "ICT_RECOVERY",
          "CRISIS_COMMUNICATION",
          "SUPPLIERS",
          "EXERCISE",
          "APPROVAL");

  private BcpCheck() {}

  /**
   * Checks a file with the in-process extractor (tests and tools); the portal goes through {@link
   * CompletenessChecker}, which extracts with the time and memory limits of the extraction service.
   */
  public static CompletenessReport check(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return CompletenessReport.notChecked("TOO_LARGE_TO_CHECK");
      }
      return check(TextExtractor.extract(file));
    } catch (IOException e) {
      return CompletenessReport.unreadable("UNREADABLE");
    }
  }

  /** Checks the extracted text: its headings, or its short paragraphs when it has few headings. */
  public static CompletenessReport check(ExtractedText text) {
    List<String> headings = new ArrayList<>();
    List<String> shortParagraphs = new ArrayList<>();
    for (ExtractedText.Block block : text.blocks()) {
      String content =
          block.segments().stream().map(ExtractedText.Segment::text).reduce("", String::concat);
      if (block.kind().length() == 2 && block.kind().charAt(0) == 'h') {
        headings.add(content);
      } else if ("p".equals(block.kind()) && content.length() <= SHORT_PARAGRAPH) {
        shortParagraphs.add(content);
      }
    }
    List<String> candidates = headings.size() >= 3 ? headings : shortParagraphs;
    if (candidates.isEmpty()) {
      return CompletenessReport.of(List.of(Finding.of("NO_HEADINGS")));
    }
    return CompletenessReport.of(
        missingSections(candidates).stream()
            .map(s -> Finding.section("SECTION_MISSING", s))
            .toList());
  }

  /** The required sections no heading speaks of, in template order. */
  public static List<String> missingSections(List<String> headings) {
    List<String> folded = headings.stream().map(BcpCheck::fold).toList();
    List<String> missing = new ArrayList<>();
    for (String section : ORDER) {
      boolean present =
          SECTIONS.get(section).stream()
              .anyMatch(word -> folded.stream().anyMatch(h -> h.contains(word)));
      if (!present) {
        missing.add(section);
      }
    }
    return missing;
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
