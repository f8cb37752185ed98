package be.vlaanderen.crt.portal.reporting;

import be.vlaanderen.crt.portal.platform.Formats;
import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.programme.AssignmentKind;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Cell;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Row;
import be.vlaanderen.crt.portal.reporting.ProgressMatrix.Total;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The progress matrix as an Excel workbook (XLSX, Apache POI), for the steering committee's
 * reports.
 */
public final class ProgressExport {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ProgressExport() {}

  public static byte[] toXlsx(ProgressMatrix matrix, Locale locale) {
    DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(safeSheetName(matrix.wave()));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);

      var header = sheet.createRow(0);
      int column = 0;
      header.createCell(column++).setCellValue(Messages.get(locale, "worklist.municipality"));
      header.createCell(column++).setCellValue(Messages.get(locale, "progress.province"));
      for (AssignmentKind kind : matrix.columns()) {
        String name = Messages.get(locale, "kind." + kind.name());
        header
            .createCell(column++)
            .setCellValue(name + " – " + Messages.get(locale, "worklist.status"));
        header
            .createCell(column++)
            .setCellValue(name + " – " + Messages.get(locale, "progress.count"));
        header
            .createCell(column++)
            .setCellValue(name + " – " + Messages.get(locale, "worklist.lastUpload"));
      }
      header.forEach(c -> c.setCellStyle(bold));

      int rowIndex = 1;
      for (Row row : matrix.rows()) {
        var line = sheet.createRow(rowIndex++);
        column = 0;
        line.createCell(column++).setCellValue(row.municipality());
        line.createCell(column++).setCellValue(row.province());
        for (AssignmentKind kind : matrix.columns()) {
          Cell cell = row.cell(kind);
          line.createCell(column++)
              .setCellValue(
                  cell.state() == ProgressMatrix.State.SUBMITTED
                      ? Messages.get(locale, "submissionStatus." + cell.status().name())
                      : Messages.get(locale, "progress.state." + cell.state().name()));
          line.createCell(column++).setCellValue(cell.count());
          line.createCell(column++)
              .setCellValue(
                  cell.last() == null ? "" : date.format(cell.last().atZone(Formats.BRUSSELS)));
        }
      }
      var totals = sheet.createRow(rowIndex);
      totals.createCell(0).setCellValue(Messages.get(locale, "progress.total"));
      column = 2;
      for (Total total : matrix.totals()) {
        totals.createCell(column).setCellValue(total.submitted() + " / " + total.expected());
        column += 3;
      }
      totals.forEach(c -> c.setCellStyle(bold));
      sheet.createFreezePane(1, 1);
      for (int i = 0; i < 2 + 3 * matrix.columns().size(); i++) {
        sheet.autoSizeColumn(i);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the progress workbook", e);
    }
  }

  private static String safeSheetName(String name) {
    String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
    return cleaned.isBlank() ? "Voortgang" : cleaned.substring(0, Math.min(31, cleaned.length()));
  }
}
