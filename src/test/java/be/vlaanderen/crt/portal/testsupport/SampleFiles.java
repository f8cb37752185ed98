package be.vlaanderen.crt.portal.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real documents of every accepted format, and the kinds of bad files users send, made on the fly.
 */
public final class SampleFiles {

  private SampleFiles() {}

  /** A one-page PDF carrying the text (use a unique text to get unique bytes). */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 720);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with one page per text. */
  public static byte[] pdfPages(List<String> pages) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          content.newLineAtOffset(72, 720);
          content.showText(text);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with each line set well apart, as section titles are in a printed plan. */
  public static byte[] pdfLines(List<String> lines) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = 740;
        for (String line : lines) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 13);
          content.newLineAtOffset(72, y);
          content.showText(line);
          content.endText();
          y -= 60;
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] docx(String text) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText(text);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Word document with a heading (lines starting with "# ") or a paragraph per line. */
  public static byte[] docxParagraphs(List<String> lines) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        var paragraph = document.createParagraph();
        if (line.startsWith("# ")) {
          paragraph.setStyle("Heading1");
          paragraph.createRun().setText(line.substring(2));
        } else {
          paragraph.createRun().setText(line);
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] xlsx(String text) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("BIA").createRow(0).createCell(0).setCellValue(text);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] odt(String text) {
    return openDocument(
        "application/vnd.oasis.opendocument.text",
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
            + text
            + "</text:p></office:text></office:body></office:document-content>");
  }

  public static byte[] ods(String text) {
    return openDocument(
        "application/vnd.oasis.opendocument.spreadsheet",
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet><table:table table:name=\"BIA\"><table:table-row><table:table-cell><text:p>"
            + text
            + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>");
  }

  /**
   * An OpenDocument package: the uncompressed {@code mimetype} entry first, as the standard
   * requires.
   */
  private static byte[] openDocument(String mediaType, String contentXml) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mime = mediaType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                  + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
                  + mediaType
                  + "\"/>"
                  + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + contentXml)
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real executable of this machine (an ELF binary), as a user might rename it to .pdf. */
  public static byte[] executable() {
    try {
      return Files.readAllBytes(Path.of("/bin/ls"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] zip(String text) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- damaged and hostile documents (issue 12)

  /** The first five bytes of a PDF and nothing else. */
  public static byte[] truncatedPdf() {
    return "%PDF-".getBytes(StandardCharsets.US_ASCII);
  }

  /** A PDF header followed by bytes that hold no readable object or cross-reference. */
  public static byte[] pdfWithoutReadableObjects(String seed) {
    byte[] real = pdf(seed);
    byte[] out = real.clone();
    java.util.Random random = new java.util.Random(seed.hashCode());
    for (int i = 16; i < out.length; i++) {
      out[i] = (byte) ('A' + random.nextInt(26));
    }
    return out;
  }

  /** A PDF that opens only with the user password {@code password}. */
  public static byte[] encryptedPdf(String text, String password) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-" + text,
              password,
              new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a part of an archive. */
  @FunctionalInterface
  public interface PartWriter {
    void write(java.io.OutputStream out) throws IOException;
  }

  /** A real DOCX whose main part ({@code word/document.xml}) is what {@code main} writes. */
  public static byte[] docxWithMainPart(String seed, PartWriter main) {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx(seed)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          main.write(zip);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX that passes every intake check but whose main part is not well-formed XML. */
  public static byte[] docxWithBrokenMainPart(String seed) {
    return docxWithMainPart(
        seed,
        out ->
            out.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                        + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>"
                        + seed
                        + "</w:r></w:p></w:document>")
                    .getBytes(StandardCharsets.UTF_8)));
  }

  /** A DOCX whose main part inflates to {@code megabytes} MB of paragraphs (a zip bomb). */
  public static byte[] docxInflatingTo(String seed, int megabytes) {
    return docxWithMainPart(
        seed,
        out -> {
          out.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                      + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] paragraph =
              "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
                  .repeat(1024)
                  .getBytes(StandardCharsets.UTF_8);
          long target = (long) megabytes * 1024 * 1024;
          for (long written = 0; written < target; written += paragraph.length) {
            out.write(paragraph);
          }
          out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
  }

  /** A DOCX with {@code extra} additional (tiny) entries. */
  public static byte[] docxWithEntries(String seed, int extra) {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx(seed)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(zip);
        zip.closeEntry();
      }
      for (int i = 0; i < extra; i++) {
        zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
        zip.write('x');
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
