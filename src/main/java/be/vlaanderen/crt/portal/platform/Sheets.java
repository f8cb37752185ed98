package be.vlaanderen.crt.portal.platform;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What every worksheet the portal writes shares: a bold header row. */
public final class Sheets {

  private Sheets() {}

  /** The bold style of header cells (one per workbook: POI limits the number of styles). */
  public static CellStyle headStyle(Workbook book) {
    CellStyle head = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    head.setFont(bold);
    return head;
  }

  /** Row 0 with the column titles in the header style. */
  public static void header(Sheet sheet, CellStyle head, String... titles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      row.createCell(i).setCellValue(titles[i]);
      row.getCell(i).setCellStyle(head);
    }
  }
}
