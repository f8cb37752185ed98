package be.vlaanderen.crt.portal.demo;

import be.vlaanderen.crt.portal.lesson.Lesson;
import be.vlaanderen.crt.portal.lesson.LessonService;
import be.vlaanderen.crt.portal.lesson.LessonStatus;
import be.vlaanderen.crt.portal.lesson.ResourceType;
import be.vlaanderen.crt.portal.lesson.ToolkitResources;
import be.vlaanderen.crt.portal.platform.WinAnsi;
import be.vlaanderen.crt.portal.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The demo toolkit: the published lessons and resources in {@code demo/toolkit-demo.json}
 * (realistic Dutch content written for the demo), published through the same services as real ones,
 * so they are indexed the same way.
 */
@ApplicationScoped
public class DemoToolkit {

  @Inject LessonService lessons;

  @Inject ToolkitResources resources;

  void create(UserAccount coordinator) {
    JsonObject data;
    try (InputStream in = getClass().getResourceAsStream("/demo/toolkit-demo.json");
        var reader = Json.createReader(in)) {
      data = reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JsonValue value : data.getJsonArray("lessons")) {
      JsonObject l = value.asJsonObject();
      Lesson lesson =
          lessons
              .create(
                  coordinator,
                  LessonService.Draft.of(
                      l.getString("title"),
                      l.getString("summary", null),
                      l.getString("body"),
                      strings(l, "themes")),
                  "Traject "
                      + l.getInt("wave", 1)
                      + " \u00b7 feedbackronde "
                      + l.getInt("round", 1))
              .lesson();
      lessons.move(coordinator, lesson.getId(), LessonStatus.APPROVED);
      lessons.move(coordinator, lesson.getId(), LessonStatus.PUBLISHED);
    }
    for (JsonValue value : data.getJsonArray("resources")) {
      JsonObject r = value.asJsonObject();
      String format = r.getString("format");
      List<String> paragraphs = strings(r, "paragraphs");
      byte[] file =
          switch (format) {
            case "xlsx" -> xlsx(r.getString("title"), paragraphs);
            case "pdf" -> pdf(r.getString("title"), paragraphs);
            default -> docx(r.getString("title"), paragraphs);
          };
      resources.add(
          coordinator,
          r.getString("title"),
          r.getString("description", null),
          ResourceType.valueOf(r.getString("type")),
          strings(r, "themes"),
          r.getString("title").replaceAll("[^\\p{L}\\p{N} ()-]", "") + "." + format,
          new ByteArrayInputStream(file));
    }
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  static byte[] docx(String title, List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var head = doc.createParagraph().createRun();
      head.setBold(true);
      head.setFontSize(16);
      head.setText(title);
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xlsx(String title, List<String> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("Sjabloon");
      sheet.createRow(0).createCell(0).setCellValue(title);
      for (int i = 0; i < rows.size(); i++) {
        var row = sheet.createRow(i + 2);
        String[] cells = rows.get(i).split("\\s*[|;]\\s*");
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      sheet.setColumnWidth(0, 60 * 256);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A simple A4 PDF: the title and the paragraphs, wrapped, over as many pages as needed. */
  static byte[] pdf(String title, List<String> paragraphs) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PdfWriter writer = new PdfWriter(doc);
      writer.line(title, bold, 16);
      writer.gap();
      for (String p : paragraphs) {
        for (String line : wrap(p, 90)) {
          writer.line(line, regular, 11);
        }
        writer.gap();
      }
      writer.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class PdfWriter {
    private final PDDocument doc;
    private PDPageContentStream content;
    private float y;

    PdfWriter(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      y = 790;
    }

    void line(String text, PDType1Font font, float size) throws IOException {
      if (y < 60) {
        newPage();
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(56, y);
      content.showText(WinAnsi.safe(text));
      content.endText();
      y -= size * 1.45f;
    }

    void gap() {
      y -= 8;
    }

    void close() throws IOException {
      content.close();
    }
  }
}
