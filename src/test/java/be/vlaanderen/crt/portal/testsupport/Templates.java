package be.vlaanderen.crt.portal.testsupport;

import be.vlaanderen.crt.portal.completeness.BiaCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the portal's BIA and BCP templates (Dutch) and variants of them for tests. Run {@link
 * #main} to regenerate {@code src/main/resources/templates/}; the files are committed as the
 * shipped templates.
 */
public final class Templates {

  /** The BCP template's sections, with a line of guidance each. */
  public static final Map<String, String[]> BCP_SECTIONS = new java.util.LinkedHashMap<>();

  static {
    BCP_SECTIONS.put(
        "SCOPE",
        new String[] {
          "1. Toepassingsgebied",
          "Welke diensten, locaties en processen dekt dit plan? Wat valt erbuiten?"
        });
    BCP_SECTIONS.put(
        "CRISIS_ORGANISATION",
        new String[] {
          "2. Crisisorganisatie en rollen",
          "Wie zit in het crisisteam, met welke rol en welke vervanger?"
        });
    BCP_SECTIONS.put(
        "ACTIVATION",
        new String[] {
          "3. Activering en escalatie",
          "Wanneer en door wie wordt het plan geactiveerd? Hoe schalen we op?"
        });
    BCP_SECTIONS.put(
        "CONTACTS",
        new String[] {
          "4. Contactlijsten", "Interne en externe contactgegevens, ook op papier beschikbaar."
        });
    BCP_SECTIONS.put(
        "RECOVERY_STRATEGIES",
        new String[] {
          "5. Herstelstrategieën per kritiek proces",
          "Per proces uit de BIA: noodprocedure (workaround), benodigde middelen, RTO."
        });
    BCP_SECTIONS.put(
        "ICT_RECOVERY",
        new String[] {
          "6. ICT-herstel", "Volgorde en aanpak van het herstel van systemen en gegevens; back-ups."
        });
    BCP_SECTIONS.put(
        "CRISIS_COMMUNICATION",
        new String[] {
          "7. Crisiscommunicatie",
          "Boodschappen aan burgers, personeel en partners; melding van een datalek binnen 72 uur."
        });
    BCP_SECTIONS.put(
        "SUPPLIERS",
        new String[] {
          "8. Leveranciers",
          "Kritieke leveranciers, hun afspraken over continuïteit en contactpunten."
        });
    BCP_SECTIONS.put(
        "EXERCISE",
        new String[] {
          "9. Oefenen en onderhoud",
          "Oefenkalender, evaluatie en jaarlijkse actualisatie van het plan."
        });
    BCP_SECTIONS.put(
        "APPROVAL",
        new String[] {
          "10. Goedkeuring en versiebeheer", "Goedgekeurd door, datum, versie en wijzigingen."
        });
  }

  private Templates() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/templates");
    Files.createDirectories(target);
    Files.write(target.resolve("bia-sjabloon.xlsx"), bia(List.of()));
    Files.write(target.resolve("bcp-sjabloon.docx"), bcp(Set.of()));
    System.out.println("Templates written to " + target.toAbsolutePath());
  }

  /**
   * The BIA workbook: an explanation sheet and the BIA sheet with its headers, then the given rows
   * (each a list of cell values in header order; numbers as Double, text as String, null for
   * empty).
   */
  public static byte[] bia(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet explanation = workbook.createSheet("Uitleg");
      String[] lines = {
        "Business Impact Analyse (BIA) – sjabloon van het CRT-portaal",
        "",
        "Vul op het tabblad BIA één rij in per proces van uw bestuur.",
        "Eigenaar: de leidinggevende die verantwoordelijk is voor het proces.",
        "MTPD (uren): de maximaal aanvaardbare uitvaltijd voordat de schade onaanvaardbaar wordt.",
        "RTO (uren): de tijd waarbinnen het proces hersteld moet zijn; altijd kleiner dan of gelijk aan de MTPD.",
        "RPO (uren): hoeveel uur aan gegevens u maximaal mag verliezen.",
        "Afhankelijkheden: van welke ICT, leveranciers, mensen en locaties hangt het proces af? Vul er minstens één in.",
        "Impact: score van 1 (verwaarloosbaar) tot 5 (zeer ernstig) na 4 uur, 1 dag, 3 dagen en 1 week uitval.",
        "",
        "Laad het ingevulde bestand op in het CRT-portaal bij de opdracht BIA. Het portaal controleert de volledigheid automatisch."
      };
      for (int i = 0; i < lines.length; i++) {
        explanation.createRow(i).createCell(0).setCellValue(lines[i]);
      }
      explanation.setColumnWidth(0, 120 * 256);

      XSSFSheet sheet = workbook.createSheet("BIA");
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      List<String> headers = BiaCheck.headers();
      var headerRow = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        var cell = headerRow.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(header);
        sheet.setColumnWidth(c, (c == 0 ? 34 : 18) * 256);
      }
      sheet.createFreezePane(1, 1);
      DataValidationHelper validations = sheet.getDataValidationHelper();
      DataValidationConstraint oneToFive =
          validations.createIntegerConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
      DataValidation impact =
          validations.createValidation(
              oneToFive, new CellRangeAddressList(1, 200, headers.size() - 4, headers.size() - 1));
      impact.setShowErrorBox(true);
      impact.createErrorBox("Impactscore", "Geef een score van 1 tot 5.");
      sheet.addValidationData(impact);
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      // Only the BIA sheet selected: two selected sheets are "grouped" in Excel and typing changes
      // both.
      explanation.setSelected(false);
      sheet.setSelected(true);
      workbook.setActiveSheet(1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The BCP template as DOCX with real heading styles, leaving out the given sections. */
  public static byte[] bcp(Set<String> omit) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = document.createStyles();
      addHeadingStyle(styles, "Title", "Title", 36);
      addHeadingStyle(styles, "Heading1", "heading 1", 28);
      XWPFParagraph title = document.createParagraph();
      title.setStyle("Title");
      title.createRun().setText("Business Continuity Plan – [naam van het bestuur]");
      document
          .createParagraph()
          .createRun()
          .setText(
              "Sjabloon van het CRT-portaal. Vervang de hulpteksten door de afspraken van uw bestuur. "
                  + "Houd de hoofdstuktitels: het portaal controleert aan de hand daarvan of het plan volledig is.");
      for (var section : BCP_SECTIONS.entrySet()) {
        if (omit.contains(section.getKey())) {
          continue;
        }
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Heading1");
        heading.createRun().setText(section.getValue()[0]);
        document.createParagraph().createRun().setText(section.getValue()[1]);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addHeadingStyle(XWPFStyles styles, String id, String name, int halfPoints) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    var run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (name.startsWith("heading")) {
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
    }
    styles.addStyle(new XWPFStyle(style));
  }
}
