package be.vlaanderen.crt.portal.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Looks inside a document whose type was accepted, before it is stored: a PDF must open without a
 * password and have pages; a DOCX, XLSX, ODT or ODS (a ZIP archive) must open as an archive and
 * must not inflate past {@link Limits#maxInflatedBytes()}, compress better than {@link
 * Limits#maxRatio()} in one entry, or hold more than {@link Limits#maxEntries()} entries. The
 * archive is read entry by entry and reading stops at the first limit crossed, so a zip bomb is
 * never inflated in full. Merely unusual documents (JavaScript actions in a PDF, many pages) pass:
 * they are served as attachments with {@code nosniff}.
 */
public final class StructureCheck {

  /** What is wrong, if anything. */
  public enum Problem {
    /** The file cannot be opened as what its content says it is. */
    DAMAGED,
    /** A user password is needed to open it. */
    ENCRYPTED,
    /** It inflates far beyond what a document of its size holds (a zip bomb). */
    INFLATES_TOO_MUCH
  }

  /** Bounds for archives. */
  public record Limits(long maxInflatedBytes, long maxRatio, int maxEntries) {
    /** 100 MB inflated, 100:1 in an entry (above 1 MB inflated), 10,000 entries. */
    public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 100, 10_000);
  }

  /** An entry is only judged on its ratio once it inflated past this much. */
  private static final long RATIO_FLOOR = 1024 * 1024;

  private StructureCheck() {}

  /**
   * @return the problem, or null when the document may be stored
   */
  public static Problem inspect(DocumentType type, Path file, Limits limits) {
    return switch (type) {
      case PDF -> pdf(file);
      case DOCX, XLSX, ODT, ODS -> zip(file, limits);
      default -> null;
    };
  }

  static Problem pdf(Path file) {
    try (PDDocument document =
        Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      return document.getNumberOfPages() > 0 ? null : Problem.DAMAGED;
    } catch (InvalidPasswordException e) {
      return Problem.ENCRYPTED;
    } catch (IOException | RuntimeException e) {
      return Problem.DAMAGED;
    }
  }

  /** An archive's problem, if it opens as one at all (null also for what is no archive). */
  public static Problem archive(Path file, Limits limits) {
    if (!isZip(file)) {
      return null;
    }
    return zip(file, limits);
  }

  private static boolean isZip(Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && magic[2] == 3
          && magic[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  static Problem zip(Path file, Limits limits) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        return Problem.INFLATES_TOO_MUCH;
      }
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        // The declared sizes may lie; count what really comes out.
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int read;
          while ((read = in.read(buffer)) > 0) {
            inflated += read;
            total += read;
            if (total > limits.maxInflatedBytes()) {
              return Problem.INFLATES_TOO_MUCH;
            }
            if (inflated > RATIO_FLOOR && inflated / compressed > limits.maxRatio()) {
              return Problem.INFLATES_TOO_MUCH;
            }
          }
        }
      }
      return null;
    } catch (ZipException e) {
      return Problem.DAMAGED;
    } catch (IOException | RuntimeException e) {
      return Problem.DAMAGED;
    }
  }
}
