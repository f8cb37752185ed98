package be.vlaanderen.crt.portal.completeness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Checks a BIA workbook that follows the portal's template ({@code templates/bia-sjabloon.xlsx}):
 * per process an owner, MTPD, RTO and RPO (in hours), RTO not above MTPD, at least one dependency,
 * and an impact score for every time horizon. Findings name the row and the column as Excel shows
 * them.
 */
public final class BiaCheck {

  /** Workbooks above this size are not opened for the check (a BIA is a few hundred kilobytes). */
  static final long MAX_BYTES = 10L * 1024 * 1024;

  static final String PROCESS = "Proces";
  static final String OWNER = "Eigenaar";
  static final String MTPD = "MTPD (uren)";
  static final String RTO = "RTO (uren)";
  static final String RPO = "RPO (uren)";
  static final List<String> DEPENDENCIES =
      List.of(
          "Afhankelijkheden ICT",
          "Afhankelijkheden leveranciers",
          "Afhankelijkheden mensen",
          "Afhankelijkheden locaties");
  static final List<String> IMPACTS =
      List.of("Impact 4 uur", "Impact 1 dag", "Impact 3 dagen", "Impact 1 week");

  private BiaCheck() {}

  /** All headers of the template, in order. */
  public static List<String> headers() {
    List<String> headers = new ArrayList<>(List.of(PROCESS, OWNER, MTPD, RTO, RPO));
    headers.addAll(DEPENDENCIES);
    headers.addAll(IMPACTS);
    return headers;
  }

  public static CompletenessReport check(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return CompletenessReport.notChecked("TOO_LARGE_TO_CHECK");
      }
    } catch (IOException e) {
      return CompletenessReport.unreadable("UNREADABLE");
    }
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = WorkbookFactory.create(in)) {
      return check(workbook);
    } catch (IOException | RuntimeException e) {
      // POI refuses encrypted, damaged and zip-bomb workbooks with an exception: report, never
      // crash.
      return CompletenessReport.unreadable("UNREADABLE");
    }
  }

  static CompletenessReport check(Workbook workbook) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    for (Sheet sheet : workbook) {
      for (int r = sheet.getFirstRowNum();
          r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 10);
          r++) {
        Row row = sheet.getRow(r);
        Map<String, Integer> columns = row == null ? Map.of() : columns(row, formatter);
        if (columns.containsKey(normal(PROCESS))) {
          return checkRows(sheet, r, columns, formatter);
        }
      }
    }
    return CompletenessReport.of(List.of(Finding.of("TEMPLATE_NOT_RECOGNISED")));
  }

  private static CompletenessReport checkRows(
      Sheet sheet, int headerRow, Map<String, Integer> columns, DataFormatter formatter) {
    List<Finding> findings = new ArrayList<>();
    for (String header : headers()) {
      if (!columns.containsKey(normal(header))) {
        findings.add(Finding.at("COLUMN_MISSING", headerRow + 1, header));
      }
    }
    if (!findings.isEmpty()) {
      return CompletenessReport.of(findings);
    }
    int processes = 0;
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || text(row, columns.get(normal(PROCESS)), formatter).isEmpty()) {
        continue;
      }
      processes++;
      int excelRow = r + 1;
      if (text(row, columns.get(normal(OWNER)), formatter).isEmpty()) {
        findings.add(Finding.at("MISSING_VALUE", excelRow, OWNER));
      }
      Double mtpd = hours(row, columns.get(normal(MTPD)), MTPD, excelRow, findings, formatter);
      Double rto = hours(row, columns.get(normal(RTO)), RTO, excelRow, findings, formatter);
      hours(row, columns.get(normal(RPO)), RPO, excelRow, findings, formatter);
      if (mtpd != null && rto != null && rto > mtpd) {
        findings.add(Finding.at("RTO_ABOVE_MTPD", excelRow, RTO));
      }
      if (DEPENDENCIES.stream()
          .allMatch(d -> text(row, columns.get(normal(d)), formatter).isEmpty())) {
        findings.add(Finding.at("NO_DEPENDENCY", excelRow, DEPENDENCIES.get(0)));
      }
      for (String impact : IMPACTS) {
        String value = text(row, columns.get(normal(impact)), formatter);
        if (value.isEmpty()) {
          findings.add(Finding.at("MISSING_VALUE", excelRow, impact));
        } else if (!value.matches("[1-5]")) {
          findings.add(Finding.at("IMPACT_OUT_OF_RANGE", excelRow, impact));
        }
      }
    }
    if (processes == 0) {
      findings.add(Finding.of("NO_PROCESSES"));
    }
    return CompletenessReport.of(findings);
  }

  private static Double hours(
      Row row,
      int column,
      String header,
      int excelRow,
      List<Finding> findings,
      DataFormatter formatter) {
    String value = text(row, column, formatter);
    if (value.isEmpty()) {
      findings.add(Finding.at("MISSING_VALUE", excelRow, header));
      return null;
    }
    Cell cell = row.getCell(column);
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      return cell.getNumericCellValue();
    }
    try {
      return Double.valueOf(value.replace(',', '.'));
    } catch (NumberFormatException e) {
      findings.add(Finding.at("NOT_A_NUMBER", excelRow, header));
      return null;
    }
  }

  private static Map<String, Integer> columns(Row row, DataFormatter formatter) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (Cell cell : row) {
      String header = normal(formatter.formatCellValue(cell));
      if (!header.isEmpty()) {
        columns.putIfAbsent(header, cell.getColumnIndex());
      }
    }
    return columns;
  }

  private static String text(Row row, Integer column, DataFormatter formatter) {
    if (column == null) {
      return "";
    }
    Cell cell = row.getCell(column);
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  /** Headers compared without case, accents or extra spaces. */
  static String normal(String header) {
    String folded =
        Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
