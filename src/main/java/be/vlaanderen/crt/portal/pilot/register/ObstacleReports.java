package be.vlaanderen.crt.portal.pilot.register;

import be.vlaanderen.crt.portal.pilot.register.PilotRegister.ObstacleView;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.SimplePdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The register as documents: a detailed report per municipality for the application owner (DOCX or
 * PDF) and one workbook across all municipalities (XLSX).
 */
public final class ObstacleReports {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Brussels"));

  private ObstacleReports() {}

  /** The lines of one item, in the order both report formats use. */
  private static List<String[]> lines(ObstacleView o, Locale l) {
    return List.of(
        new String[] {
          Messages.get(l, "pilot.obstacle.kind"), Messages.get(l, "pilot.obstacle.kind." + o.kind())
        },
        new String[] {
          Messages.get(l, "pilot.obstacle.nature"),
          Messages.get(l, "pilot.obstacle.nature." + o.nature())
        },
        new String[] {
          Messages.get(l, "pilot.obstacle.status"),
          Messages.get(l, "pilot.obstacle.status." + o.status())
        },
        new String[] {
          Messages.get(l, "pilot.obstacle.application"),
          o.application() == null ? "—" : o.application()
        },
        new String[] {
          Messages.get(l, "pilot.obstacle.raised"), DAY.format(o.raisedAt()) + " · " + o.raisedBy()
        });
  }

  public static byte[] docx(String municipality, List<ObstacleView> items, Locale l) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.LEFT);
      XWPFRun t = title.createRun();
      t.setBold(true);
      t.setFontSize(18);
      t.setText(Messages.get(l, "pilot.report.title", municipality));
      doc.createParagraph()
          .createRun()
          .setText(Messages.get(l, "pilot.report.intro", items.size()));
      if (items.isEmpty()) {
        doc.createParagraph().createRun().setText(Messages.get(l, "pilot.obstacle.empty"));
      }
      for (ObstacleView o : items) {
        XWPFParagraph h = doc.createParagraph();
        XWPFRun hr = h.createRun();
        hr.setBold(true);
        hr.setFontSize(13);
        hr.setText(o.title());
        for (String[] line : lines(o, l)) {
          XWPFRun r = doc.createParagraph().createRun();
          r.setText(line[0] + ": " + line[1]);
        }
        XWPFRun d = doc.createParagraph().createRun();
        d.setText(o.description());
        if (o.answer() != null) {
          XWPFParagraph a = doc.createParagraph();
          XWPFRun ar = a.createRun();
          ar.setItalic(true);
          ar.setText(Messages.get(l, "pilot.obstacle.answer") + ": " + o.answer());
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pdf(String municipality, List<ObstacleView> items, Locale l) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SimplePdf w = new SimplePdf(doc);
      w.newPage();
      w.paragraph(Messages.get(l, "pilot.report.title", municipality), w.bold, 18, 8);
      w.paragraph(Messages.get(l, "pilot.report.intro", items.size()), w.regular, 11, 14);
      if (items.isEmpty()) {
        w.paragraph(Messages.get(l, "pilot.obstacle.empty"), w.italic, 11, 8);
      }
      for (ObstacleView o : items) {
        w.paragraph(o.title(), w.bold, 13, 4);
        for (String[] line : lines(o, l)) {
          w.paragraph(line[0] + ": " + line[1], w.regular, 10, 1);
        }
        w.space(4);
        w.paragraph(o.description(), w.regular, 11, 4);
        if (o.answer() != null) {
          w.paragraph(
              Messages.get(l, "pilot.obstacle.answer") + ": " + o.answer(), w.italic, 11, 4);
        }
        w.space(10);
      }
      w.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] xlsx(List<ObstacleView> items, Locale l) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(Messages.get(l, "pilot.report.sheet"));
      CellStyle head = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      head.setFont(bold);
      String[] headers = {
        "pilot.report.municipality",
        "pilot.obstacle.kind",
        "pilot.obstacle.nature",
        "pilot.obstacle.status",
        "pilot.obstacle.application",
        "pilot.obstacle.title",
        "pilot.obstacle.description",
        "pilot.obstacle.answer",
        "pilot.report.raisedOn",
        "pilot.report.raisedBy"
      };
      Row h = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        h.createCell(i).setCellValue(Messages.get(l, headers[i]));
        h.getCell(i).setCellStyle(head);
      }
      int r = 1;
      for (ObstacleView o : items) {
        Row row = sheet.createRow(r++);
        String[] values = {
          o.municipality(),
          Messages.get(l, "pilot.obstacle.kind." + o.kind()),
          Messages.get(l, "pilot.obstacle.nature." + o.nature()),
          Messages.get(l, "pilot.obstacle.status." + o.status()),
          o.application() == null ? "" : o.application(),
          o.title(),
          o.description(),
          o.answer() == null ? "" : o.answer(),
          DAY.format(o.raisedAt()),
          o.raisedBy()
        };
        for (int i = 0; i < values.length; i++) {
          // Text cells only: a description starting with "=" stays text, never a formula.
          row.createCell(i).setCellValue(values[i]);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(
          new org.apache.poi.ss.util.CellRangeAddress(
              0, Math.max(0, r - 1), 0, headers.length - 1));
      for (int i = 0; i < headers.length; i++) {
        sheet.setColumnWidth(i, i == 6 || i == 7 ? 60 * 256 : 20 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
