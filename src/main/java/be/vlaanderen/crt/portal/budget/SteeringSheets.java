package be.vlaanderen.crt.portal.budget;

import be.vlaanderen.crt.portal.budget.BudgetReports.Point;
import be.vlaanderen.crt.portal.budget.BudgetReports.Row;
import be.vlaanderen.crt.portal.budget.SteeringReports.Report;
import be.vlaanderen.crt.portal.pilot.PilotKpis;
import be.vlaanderen.crt.portal.platform.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The steering report as a workbook, one sheet per breakdown; the co-financing alone too. */
public final class SteeringSheets {

  private SteeringSheets() {}

  /**
   * Sheets: summary, budget per profile / group / municipality / activity, burn-up, co-financing.
   */
  public static byte[] xlsx(Report r, Locale l) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle head = headStyle(book);
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      Sheet summary = book.createSheet(Messages.get(l, "steering.sheet.summary"));
      int n = 0;
      n =
          put(
              summary,
              n,
              head,
              null,
              Messages.get(l, "steering.report.title"),
              r.date().toString());
      BudgetReports.Budget b = r.budget();
      n = put(summary, n, null, money, Messages.get(l, "steering.envelope"), b.programmeEnvelope());
      n = put(summary, n, null, money, Messages.get(l, "steering.planned"), b.programmePlanned());
      n = put(summary, n, null, money, Messages.get(l, "steering.realised"), b.programmeRealised());
      n = put(summary, n, null, money, Messages.get(l, "steering.forecast"), b.forecast());
      for (BudgetReports.TrackBudget t : b.tracks()) {
        String track = Messages.get(l, "track." + t.track());
        n =
            put(
                summary,
                n,
                null,
                money,
                track + " – " + Messages.get(l, "steering.envelope"),
                t.envelope());
        n =
            put(
                summary,
                n,
                null,
                money,
                track + " – " + Messages.get(l, "steering.planned"),
                t.planned());
        n =
            put(
                summary,
                n,
                null,
                money,
                track + " – " + Messages.get(l, "steering.realised"),
                t.realised());
      }
      for (String[] k : new String[][] {{"ACM_TI"}, {"ACM_PRD"}, {"IDM_TI"}, {"IDM_PRD"}}) {
        PilotKpis.Count c =
            switch (k[0]) {
              case "ACM_TI" -> r.acmTi();
              case "ACM_PRD" -> r.acmPrd();
              case "IDM_TI" -> r.idmTi();
              default -> r.idmPrd();
            };
        n =
            put(
                summary,
                n,
                null,
                null,
                Messages.get(l, "pilot.env." + k[0]),
                Integer.toString(c.integrations()));
      }
      n =
          put(
              summary,
              n,
              null,
              null,
              Messages.get(l, "pilot.kpis.satisfaction"),
              r.satisfaction().average() == null ? "" : r.satisfaction().average().toPlainString());
      for (String moment : new String[] {"BEFORE", "DURING"}) {
        PilotKpis.Score score =
            moment.equals("BEFORE") ? r.satisfactionBefore() : r.satisfactionDuring();
        n =
            put(
                summary,
                n,
                null,
                null,
                Messages.get(
                    l, "pilot.kpis.satisfactionAt", Messages.get(l, "evaluationMoment." + moment)),
                score.average() == null ? "" : score.average().toPlainString());
      }
      put(
          summary,
          n,
          null,
          null,
          Messages.get(l, "pilot.kpis.eagerness"),
          r.eagerness().average() == null ? "" : r.eagerness().average().toPlainString());
      summary.setColumnWidth(0, 45 * 256);
      summary.setColumnWidth(1, 18 * 256);

      rows(book, head, money, Messages.get(l, "steering.sheet.profiles"), b.byProfile(), l);
      rows(book, head, money, Messages.get(l, "steering.sheet.groups"), b.byGroup(), l);
      rows(
          book,
          head,
          money,
          Messages.get(l, "steering.sheet.municipalities"),
          b.byMunicipality(),
          l);
      rows(book, head, money, Messages.get(l, "steering.sheet.activities"), b.byActivity(), l);

      Sheet burn = book.createSheet(Messages.get(l, "steering.sheet.burnUp"));
      header(
          burn,
          head,
          Messages.get(l, "steering.month"),
          Messages.get(l, "steering.planned"),
          Messages.get(l, "steering.realised"));
      int i = 1;
      for (Point p : b.burnUp()) {
        var row = burn.createRow(i++);
        row.createCell(0).setCellValue(p.month());
        number(row, 1, p.planned(), money);
        number(row, 2, p.realised(), money);
      }
      coFinancingSheet(book, head, money, r.coFinancing(), l);
      be.vlaanderen.crt.portal.kpi.KpiExports.sheets(book, r.kpis(), l);
      feedbackSheet(book, head, r, l);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The co-financing alone, invoice-ready: one line per municipality and track. */
  public static byte[] coFinancingXlsx(BudgetReports.CoFinancing co, Locale l) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      coFinancingSheet(book, headStyle(book), money, co, l);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void coFinancingSheet(
      XSSFWorkbook book, CellStyle head, CellStyle money, BudgetReports.CoFinancing co, Locale l) {
    Sheet sheet = book.createSheet(Messages.get(l, "steering.sheet.cofinancing"));
    header(
        sheet,
        head,
        Messages.get(l, "pilot.report.municipality"),
        Messages.get(l, "steering.track"),
        Messages.get(l, "steering.attributed"),
        Messages.get(l, "steering.share"));
    int i = 1;
    for (BudgetReports.Share s : co.shares()) {
      var row = sheet.createRow(i++);
      row.createCell(0).setCellValue(s.municipality());
      row.createCell(1).setCellValue(Messages.get(l, "track." + s.track()));
      number(row, 2, s.attributed(), money);
      number(row, 3, s.share(), money);
    }
    var total = sheet.createRow(i + 1);
    total.createCell(0).setCellValue(Messages.get(l, "steering.total"));
    number(total, 2, co.attributed(), money);
    number(total, 3, co.share(), money);
    var rest = sheet.createRow(i + 2);
    rest.createCell(0).setCellValue(Messages.get(l, "steering.notAttributed"));
    number(rest, 2, co.notAttributed(), money);
    for (int c = 0; c < 4; c++) {
      sheet.setColumnWidth(c, (c == 0 ? 30 : 18) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void rows(
      XSSFWorkbook book, CellStyle head, CellStyle money, String name, List<Row> rows, Locale l) {
    Sheet sheet = book.createSheet(name);
    header(
        sheet,
        head,
        "",
        Messages.get(l, "steering.plannedDays"),
        Messages.get(l, "steering.planned"),
        Messages.get(l, "steering.realisedDays"),
        Messages.get(l, "steering.realised"));
    int i = 1;
    for (Row r : rows) {
      var row = sheet.createRow(i++);
      row.createCell(0).setCellValue(r.label());
      number(row, 1, r.plannedDays(), null);
      number(row, 2, r.plannedAmount(), money);
      number(row, 3, r.realisedDays(), null);
      number(row, 4, r.realisedAmount(), money);
    }
    sheet.setColumnWidth(0, 45 * 256);
    for (int c = 1; c < 5; c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Workshop 5 per wave: the ratings per workshop, then every answer without a name. */
  private static void feedbackSheet(XSSFWorkbook book, CellStyle head, Report r, Locale l) {
    Sheet sheet = book.createSheet(Messages.get(l, "feedback.resultsTitle"));
    header(
        sheet,
        head,
        Messages.get(l, "worklist.wave"),
        Messages.get(l, "feedback.workshopColumn"),
        Messages.get(l, "feedback.average"),
        Messages.get(l, "feedback.count"),
        Messages.get(l, "feedback.helped"),
        Messages.get(l, "feedback.missing"),
        Messages.get(l, "feedback.recommendations"));
    int n = 1;
    for (be.vlaanderen.crt.portal.programme.WorkshopFeedback.Results f : r.feedback()) {
      for (var rating : f.ratings()) {
        var row = sheet.createRow(n++);
        row.createCell(0).setCellValue(f.wave());
        row.createCell(1)
            .setCellValue(
                Messages.get(l, "feedback.workshop", rating.number())
                    + (rating.title() == null ? "" : ": " + rating.title()));
        if (rating.average() != null) {
          row.createCell(2).setCellValue(rating.average().doubleValue());
        }
        row.createCell(3).setCellValue(rating.ratings());
      }
      for (var response : f.responses()) {
        var row = sheet.createRow(n++);
        row.createCell(0).setCellValue(f.wave());
        row.createCell(1).setCellValue(Messages.get(l, "feedback.participant"));
        row.createCell(4).setCellValue(orEmpty(response.answers().helped()));
        row.createCell(5).setCellValue(orEmpty(response.answers().missing()));
        row.createCell(6).setCellValue(orEmpty(response.answers().recommendations()));
      }
    }
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    for (int c = 4; c < 7; c++) {
      sheet.setColumnWidth(c, 50 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static CellStyle headStyle(XSSFWorkbook book) {
    return be.vlaanderen.crt.portal.platform.Sheets.headStyle(book);
  }

  private static void header(Sheet sheet, CellStyle head, String... titles) {
    be.vlaanderen.crt.portal.platform.Sheets.header(sheet, head, titles);
  }

  private static int put(
      Sheet sheet, int n, CellStyle head, CellStyle money, String label, Object value) {
    var row = sheet.createRow(n);
    row.createCell(0).setCellValue(label);
    if (head != null) {
      row.getCell(0).setCellStyle(head);
    }
    if (money != null && value != null) {
      number(row, 1, value, money);
    } else {
      row.createCell(1).setCellValue(value == null ? "" : value.toString());
    }
    return n + 1;
  }

  /** A number cell from an amount (in cents) or a decimal string; empty when null. */
  private static void number(
      org.apache.poi.ss.usermodel.Row row, int column, Object value, CellStyle style) {
    var cell = row.getCell(column, MissingCellPolicy.CREATE_NULL_AS_BLANK);
    if (value == null) {
      return;
    }
    BigDecimal number = value instanceof Money m ? m.rounded() : new BigDecimal(value.toString());
    cell.setCellValue(number.doubleValue());
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
