package be.vlaanderen.crt.portal.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.vlaanderen.crt.portal.completeness.CompletenessReport.Outcome;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completeness checks on real files: the shipped templates and variants with planted gaps. */
class CompletenessChecksTest {

  @TempDir Path dir;

  @Test
  void theShippedBcpTemplateIsComplete() throws IOException {
    CompletenessReport report = BcpCheck.check(shipped("bcp-sjabloon.docx"));
    assertEquals(Outcome.COMPLETE, report.outcome(), report.toString());
  }

  @Test
  void aBcpWithTwoSectionsMissingNamesThem() throws IOException {
    Path docx = write("bcp.docx", Templates.bcp(Set.of("CONTACTS", "SUPPLIERS")));
    CompletenessReport report = BcpCheck.check(docx);
    assertEquals(Outcome.INCOMPLETE, report.outcome());
    assertEquals(
        List.of(
            Finding.section("SECTION_MISSING", "CONTACTS"),
            Finding.section("SECTION_MISSING", "SUPPLIERS")),
        report.findings());
  }

  @Test
  void aPdfPlanIsJudgedOnItsShortParagraphs() throws IOException {
    List<String> titles = new ArrayList<>();
    Templates.BCP_SECTIONS.forEach((key, text) -> titles.add(text[0]));
    titles.remove("6. ICT-herstel");
    CompletenessReport report = BcpCheck.check(write("bcp.pdf", SampleFiles.pdfLines(titles)));
    assertEquals(List.of(Finding.section("SECTION_MISSING", "ICT_RECOVERY")), report.findings());
  }

  @Test
  void theEmptyBiaTemplateHasNoProcessesYet() throws IOException {
    assertEquals(
        List.of(Finding.of("NO_PROCESSES")),
        BiaCheck.check(shipped("bia-sjabloon.xlsx")).findings());
  }

  @Test
  void aBiaWithPlantedErrorsGetsOneFindingPerErrorWithRowAndColumn() throws IOException {
    List<List<Object>> rows =
        List.of(
            row(
                "Burgerzaken",
                "Diensthoofd burgerzaken",
                72.0,
                24.0,
                4.0,
                "Rijksregister",
                null,
                null,
                null,
                2.0,
                3.0,
                4.0,
                5.0),
            row(
                "Sociale dienst",
                "OCMW-secretaris",
                24.0,
                48.0,
                8.0,
                null,
                "Softwareleverancier",
                null,
                null,
                1.0,
                2.0,
                4.0,
                5.0),
            row(
                "Afvalophaling",
                "Diensthoofd milieu",
                168.0,
                72.0,
                null,
                null,
                null,
                null,
                null,
                1.0,
                1.0,
                2.0,
                null),
            row(
                "Lonen",
                null,
                "een week",
                24.0,
                24.0,
                null,
                null,
                "Payroll-team",
                null,
                1.0,
                1.0,
                9.0,
                4.0));
    CompletenessReport report = BiaCheck.check(write("bia.xlsx", Templates.bia(rows)));
    assertEquals(Outcome.INCOMPLETE, report.outcome());
    assertEquals(
        List.of(
            Finding.at("RTO_ABOVE_MTPD", 3, "RTO (uren)"),
            Finding.at("MISSING_VALUE", 4, "RPO (uren)"),
            Finding.at("NO_DEPENDENCY", 4, "Afhankelijkheden ICT"),
            Finding.at("MISSING_VALUE", 4, "Impact 1 week"),
            Finding.at("MISSING_VALUE", 5, "Eigenaar"),
            Finding.at("NOT_A_NUMBER", 5, "MTPD (uren)"),
            Finding.at("IMPACT_OUT_OF_RANGE", 5, "Impact 3 dagen")),
        report.findings());
  }

  @Test
  void aWorkbookThatIsNotTheTemplateIsSaidToBeSo() throws IOException {
    assertEquals(
        List.of(Finding.of("TEMPLATE_NOT_RECOGNISED")),
        BiaCheck.check(write("other.xlsx", SampleFiles.xlsx("geen sjabloon"))).findings());
  }

  @Test
  void damagedFilesAreReportedUnreadableNotCrashed() throws IOException {
    byte[] garbage = new byte[4096];
    Arrays.fill(garbage, (byte) 'P');
    assertEquals(Outcome.UNREADABLE, BiaCheck.check(write("bad.xlsx", garbage)).outcome());
    assertEquals(
        Outcome.UNREADABLE,
        BcpCheck.check(write("bad.docx", truncated(Templates.bcp(Set.of())))).outcome());
  }

  private static byte[] truncated(byte[] content) {
    return Arrays.copyOf(content, content.length / 2);
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  private Path shipped(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/templates/" + name)) {
      return write(name, in.readAllBytes());
    }
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }
}
