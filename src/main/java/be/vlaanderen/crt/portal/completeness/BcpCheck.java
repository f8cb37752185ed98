package be.vlaanderen.crt.portal.completeness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that a BCP (PDF, DOCX, ODT) has the sections a continuity plan needs, from its headings as
 * Tika sees them. Documents without heading styles (most PDFs) are judged on their short
 * paragraphs, which is where section titles end up.
 */
public final class BcpCheck {

  /** Documents above this size are not parsed for the check. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  /**
   * Reading stops after this many characters: headings come early, and a hostile file must not run
   * on.
   */
  static final int MAX_CHARACTERS = 2_000_000;

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

  public static CompletenessReport check(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return CompletenessReport.notChecked("TOO_LARGE_TO_CHECK");
      }
    } catch (IOException e) {
      return CompletenessReport.unreadable("UNREADABLE");
    }
    HeadingCollector collector = new HeadingCollector();
    try (InputStream in = Files.newInputStream(file)) {
      ParseContext context = new ParseContext();
      OfficeParserConfig office = new OfficeParserConfig();
      // The SAX DOCX reader keeps memory flat on inflated documents (see STACK.md).
      office.setUseSAXDocxExtractor(true);
      context.set(OfficeParserConfig.class, office);
      AutoDetectParser parser = new AutoDetectParser();
      context.set(Parser.class, parser);
      parser.parse(in, collector, new Metadata(), context);
    } catch (SAXException e) {
      if (!collector.limitReached) {
        return CompletenessReport.unreadable("UNREADABLE");
      }
    } catch (IOException | TikaException | RuntimeException e) {
      return CompletenessReport.unreadable("UNREADABLE");
    }
    List<String> candidates =
        collector.headings.size() >= 3 ? collector.headings : collector.shortParagraphs;
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

  /** Collects the text of h1-h6 elements and of short paragraphs, up to a character limit. */
  private static final class HeadingCollector extends DefaultHandler {
    final List<String> headings = new ArrayList<>();
    final List<String> shortParagraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private String element;
    private int characters;
    boolean limitReached;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (isHeading(localName) || "p".equals(localName)) {
        element = localName;
        current.setLength(0);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (localName.equals(element)) {
        String text = current.toString().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
          if (isHeading(localName)) {
            headings.add(text);
          } else if (text.length() <= SHORT_PARAGRAPH) {
            shortParagraphs.add(text);
          }
        }
        element = null;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      characters += length;
      if (characters > MAX_CHARACTERS) {
        limitReached = true;
        throw new SAXException("Character limit of the completeness check reached");
      }
      if (element != null && current.length() < 1000) {
        current.append(ch, start, length);
      }
    }

    private static boolean isHeading(String name) {
      return name.length() == 2
          && name.charAt(0) == 'h'
          && name.charAt(1) >= '1'
          && name.charAt(1) <= '6';
    }
  }
}
