package be.vlaanderen.crt.portal.municipality.internal;

import be.vlaanderen.crt.portal.municipality.ImportRow;
import be.vlaanderen.crt.portal.organisation.Province;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the municipalities-and-contacts file (CSV with ; or , or XLSX): columns gemeente,
 * provincie, inwoners, contactpersoon, e-mail, recognised by their header in any order, with or
 * without accents and in English too. Every row is checked; nothing is written here.
 */
public final class ImportFileReader {

  /** More rows than this is not a list of municipalities. */
  public static final int MAX_ROWS = 2000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[A-Za-z]{2,}");
  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    for (String h : List.of("gemeente", "naam", "bestuur", "municipality", "name")) {
      HEADERS.put(h, "name");
    }
    for (String h : List.of("provincie", "province")) {
      HEADERS.put(h, "province");
    }
    for (String h : List.of("inwoners", "inwonersaantal", "bevolking", "population")) {
      HEADERS.put(h, "population");
    }
    for (String h : List.of("contactpersoon", "contact", "naam contactpersoon", "contact name")) {
      HEADERS.put(h, "contact");
    }
    for (String h : List.of("e-mail", "email", "e-mailadres", "mail")) {
      HEADERS.put(h, "email");
    }
  }

  private ImportFileReader() {}

  /** The rows of a CSV file (UTF-8, with or without BOM). */
  public static List<ImportRow> csv(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(5 * 1024 * 1024 + 1);
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                >= firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<List<String>> lines = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> values = new ArrayList<>();
        record.forEach(values::add);
        lines.add(values);
        numbers.add((int) parser.getCurrentLineNumber());
      }
      return rows(lines, numbers);
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IOException("Not a readable CSV file", e);
    }
  }

  /**
   * UTF-8 when the bytes are valid UTF-8, else Windows-1252: what Excel writes when it saves "CSV"
   * on a Belgian Windows machine, so that "Mëdé" does not arrive as "M�d�".
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  /** The rows of the first sheet of an XLSX workbook. */
  public static List<ImportRow> xlsx(InputStream in) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> lines = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          values.add(
              row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).strip());
        }
        if (values.stream().allMatch(String::isEmpty)) {
          continue;
        }
        lines.add(values);
        numbers.add(row.getRowNum() + 1);
        if (lines.size() > MAX_ROWS + 1) {
          break;
        }
      }
      return rows(lines, numbers);
    } catch (RuntimeException e) {
      throw new IOException("Not a readable workbook", e);
    }
  }

  static List<ImportRow> rows(List<List<String>> lines, List<Integer> numbers) throws IOException {
    if (lines.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = lines.get(0);
    for (int i = 0; i < header.size(); i++) {
      String field = HEADERS.get(fold(header.get(i)));
      if (field != null) {
        columns.putIfAbsent(field, i);
      }
    }
    if (!columns.containsKey("name") || !columns.containsKey("email")) {
      throw new IOException("HEADER");
    }
    List<ImportRow> rows = new ArrayList<>();
    Set<String> seenEmails = new HashSet<>();
    for (int i = 1; i < lines.size() && i <= MAX_ROWS; i++) {
      List<String> line = lines.get(i);
      List<String> errors = new ArrayList<>();
      String name = value(line, columns.get("name"));
      String provinceText = value(line, columns.get("province"));
      String populationText = value(line, columns.get("population"));
      String contact = value(line, columns.get("contact"));
      String email = value(line, columns.get("email")).toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        errors.add("NAME_MISSING");
      } else if (name.length() > 120
          || name.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>')) {
        errors.add("NAME_INVALID");
      }
      Province province = province(provinceText);
      if (province == null) {
        errors.add(provinceText.isEmpty() ? "PROVINCE_MISSING" : "PROVINCE_UNKNOWN");
      }
      Integer population = null;
      if (!populationText.isEmpty()) {
        try {
          population =
              Integer.valueOf(
                  populationText.replace(".", "").replace(" ", "").replace("\u00a0", ""));
          if (population < 0) {
            errors.add("POPULATION_INVALID");
          }
        } catch (NumberFormatException e) {
          errors.add("POPULATION_INVALID");
        }
      }
      if (contact.isEmpty()) {
        errors.add("CONTACT_MISSING");
      } else if (contact.length() > 120
          || contact.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>')) {
        errors.add("CONTACT_INVALID");
      }
      if (!EMAIL.matcher(email).matches() || email.length() > 254) {
        errors.add("EMAIL_INVALID");
      } else if (!seenEmails.add(email)) {
        errors.add("EMAIL_DUPLICATE");
      }
      rows.add(
          new ImportRow(
              numbers.get(i), name, province, population, contact, email, List.copyOf(errors)));
    }
    return rows;
  }

  private static String value(List<String> line, Integer column) {
    return column == null || column >= line.size() || line.get(column) == null
        ? ""
        : line.get(column).strip();
  }

  static Province province(String text) {
    String folded = fold(text).replace(' ', '-');
    for (Province province : Province.values()) {
      if (fold(province.label()).replace(' ', '-').equals(folded)
          || province.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(folded)) {
        return province;
      }
    }
    return null;
  }

  static String fold(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
