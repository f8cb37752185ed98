package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.extraction.ExtractedText.Block;
import be.vlaanderen.crt.portal.extraction.ExtractedText.Segment;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The text view's model: blocks with offsets into one plain text, from real documents. */
class TextExtractorTest {

  @Test
  void aWordDocumentBecomesParagraphsWhoseOffsetsPointIntoThePlainText() throws IOException {
    ExtractedText text =
        extract(
            SampleFiles.docxParagraphs(
                List.of("Inleiding", "De RTO is   vier uur.", "<script>alert(1)</script>")));
    assertEquals(
        List.of("Inleiding", "De RTO is vier uur.", "<script>alert(1)</script>"),
        text.blocks().stream().map(b -> b.segments().get(0).text()).toList());
    assertEquals("Inleiding\nDe RTO is vier uur.\n<script>alert(1)</script>", text.plain());
    for (Block block : text.blocks()) {
      for (Segment s : block.segments()) {
        assertEquals(s.text(), text.plain().substring(s.start(), s.end()));
      }
    }
    assertNull(text.pageAt(3), "Word documents have no pages in the text");
    assertFalse(text.truncated());
  }

  @Test
  void pdfPagesAreKnownSoRemarksCanCarryAFragmentSelector() throws IOException {
    ExtractedText text =
        extract(
            SampleFiles.pdfPages(List.of("Eerste pagina over de BIA.", "Tweede pagina: de RTO.")));
    int second = text.plain().indexOf("Tweede");
    assertTrue(second > 0, text.plain());
    assertEquals(1, text.pageAt(0));
    assertEquals(2, text.pageAt(second));
  }

  @Test
  void spreadsheetRowsBecomeRowsWithTabSeparatedCells() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("BIA");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Proces");
      header.createCell(1).setCellValue("RTO");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Burgerzaken");
      row.createCell(1).setCellValue("4 uur");
      workbook.write(out);
    }
    ExtractedText text = extract(out.toByteArray());
    Block row =
        text.blocks().stream()
            .filter(b -> b.kind().equals("tr") && b.segments().get(0).text().equals("Burgerzaken"))
            .findFirst()
            .orElseThrow();
    assertEquals("4 uur", row.segments().get(1).text());
    assertTrue(text.plain().contains("Burgerzaken\t4 uur"), text.plain());
  }

  @Test
  void storedBlocksReadBackTheSame() throws IOException {
    ExtractedText text = extract(SampleFiles.docxParagraphs(List.of("Een", "Twee \"citaat\"")));
    ExtractedText back = ExtractedText.fromJson(text.blocksJson(), text.plain(), text.truncated());
    assertEquals(text, back);
  }

  @Test
  void aCorruptDocumentIsAnErrorNotAnEmptyText() {
    byte[] docx = SampleFiles.docxParagraphs(List.of("Een plan"));
    byte[] broken = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThrows(IOException.class, () -> extract(broken));
  }

  private static ExtractedText extract(byte[] bytes) throws IOException {
    return TextExtractor.extract(new ByteArrayInputStream(bytes));
  }
}
