package be.vlaanderen.crt.portal.kpi;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.Sheets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The KPIs in the steering committee's documents: two worksheets (the active KPIs with value and
 * target; every municipality's values) and the lines the PDF report prints.
 */
public final class KpiExports {

  private KpiExports() {}

  /** A workbook with only the two KPI sheets (the download on the KPI page). */
  public static byte[] xlsx(KpiCatalogue.Report r, Locale l) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets(book, r, l);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the sheets "KPI's" and "Per bestuur" to a workbook. */
  public static void sheets(XSSFWorkbook book, KpiCatalogue.Report r, Locale l) {
    CellStyle head = Sheets.headStyle(book);
    CellStyle decimal = book.createCellStyle();
    decimal.setDataFormat(book.createDataFormat().getFormat("0.##"));

    Sheet kpis = book.createSheet(Messages.get(l, "kpi.list"));
    Sheets.header(
        kpis,
        head,
        Messages.get(l, "kpi.name"),
        Messages.get(l, "kpi.measure"),
        Messages.get(l, "kpi.value"),
        Messages.get(l, "kpi.target"),
        Messages.get(l, "kpi.reached"),
        Messages.get(l, "kpi.basis"));
    int n = 1;
    for (KpiCatalogue.Figure f : r.active()) {
      Row row = kpis.createRow(n++);
      row.createCell(0).setCellValue(f.name());
      row.createCell(1).setCellValue(Messages.get(l, "measure." + f.measure()));
      number(row, 2, f.value(), decimal);
      number(row, 3, f.target(), decimal);
      row.createCell(4)
          .setCellValue(
              f.reached() == null
                  ? ""
                  : Messages.get(l, f.reached() ? "kpi.reached" : "kpi.notReached"));
      row.createCell(5).setCellValue(f.basis());
    }
    kpis.setColumnWidth(0, 45 * 256);
    kpis.setColumnWidth(1, 60 * 256);
    kpis.createFreezePane(0, 1);

    Sheet per = book.createSheet(Messages.get(l, "kpi.perMunicipality"));
    List<String> titles = new ArrayList<>();
    titles.add(Messages.get(l, "kpi.municipality"));
    titles.add(Messages.get(l, "kpi.tracks"));
    List<KpiCatalogue.Figure> active = r.active();
    active.forEach(f -> titles.add(f.name()));
    Sheets.header(per, head, titles.toArray(String[]::new));
    n = 1;
    for (KpiCatalogue.MunicipalityFigures m : r.municipalities()) {
      Row row = per.createRow(n++);
      row.createCell(0).setCellValue(m.municipality());
      row.createCell(1)
          .setCellValue(
              String.join(
                  ", ", m.tracks().stream().map(t -> Messages.get(l, "kpi.track." + t)).toList()));
      for (int i = 0; i < active.size(); i++) {
        number(row, 2 + i, m.values().get(active.get(i).measure()), decimal);
      }
    }
    per.setColumnWidth(0, 30 * 256);
    per.createFreezePane(1, 1);
  }

  /** One line per active KPI: "name: value (target t, reached)". */
  public static List<String> lines(KpiCatalogue.Report r, Locale l) {
    return r.active().stream()
        .map(
            f ->
                f.name()
                    + ": "
                    + plain(f.value())
                    + (f.target() == null
                        ? ""
                        : " ("
                            + Messages.get(l, "kpi.target").toLowerCase(l)
                            + " "
                            + plain(f.target())
                            + (f.reached() == null
                                ? ""
                                : " · "
                                    + Messages.get(
                                            l, f.reached() ? "kpi.reached" : "kpi.notReached")
                                        .toLowerCase(l))
                            + ")"))
        .toList();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  private static void number(Row row, int column, BigDecimal value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(style);
    }
  }
}
