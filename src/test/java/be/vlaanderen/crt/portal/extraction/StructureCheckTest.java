package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import be.vlaanderen.crt.portal.extraction.StructureCheck.Limits;
import be.vlaanderen.crt.portal.extraction.StructureCheck.Problem;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureCheckTest {

  @TempDir Path dir;

  @Test
  void soundDocumentsOfEveryFormatPass() throws IOException {
    assertNull(check(DocumentType.PDF, SampleFiles.pdf("plan")));
    assertNull(check(DocumentType.DOCX, SampleFiles.docx("plan")));
    assertNull(check(DocumentType.XLSX, SampleFiles.xlsx("plan")));
    assertNull(check(DocumentType.ODT, SampleFiles.odt("plan")));
    assertNull(check(DocumentType.ODS, SampleFiles.ods("plan")));
  }

  @Test
  void damagedPdfsAreRefused() throws IOException {
    assertEquals(Problem.DAMAGED, check(DocumentType.PDF, SampleFiles.truncatedPdf()));
    assertEquals(
        Problem.DAMAGED, check(DocumentType.PDF, SampleFiles.pdfWithoutReadableObjects("x")));
  }

  @Test
  void aPdfWithAUserPasswordIsRefusedAsEncrypted() throws IOException {
    assertEquals(
        Problem.ENCRYPTED, check(DocumentType.PDF, SampleFiles.encryptedPdf("plan", "geheim")));
  }

  @Test
  void archivesThatInflateTooMuchAreRefusedWithoutInflatingThemInFull() throws IOException {
    byte[] bomb = SampleFiles.docxInflatingTo("bom", 300);
    // A few hundred kilobytes that would become 300 MB of XML.
    assertEquals(true, bomb.length < 2_000_000, "compressed size " + bomb.length);
    assertEquals(Problem.INFLATES_TOO_MUCH, check(DocumentType.DOCX, bomb));
    // Under the total, but compressed more than 100:1 in one entry.
    assertEquals(
        Problem.INFLATES_TOO_MUCH,
        StructureCheck.inspect(
            DocumentType.DOCX,
            write(SampleFiles.docxInflatingTo("ratio", 20)),
            new Limits(1024L * 1024 * 1024, 100, 10_000)));
    // The same document passes when the limits allow it: it is the limit that refuses.
    assertNull(
        StructureCheck.inspect(
            DocumentType.DOCX,
            write(SampleFiles.docxInflatingTo("ratio", 20)),
            new Limits(1024L * 1024 * 1024, 100_000, 10_000)));
  }

  @Test
  void archivesWithTooManyEntriesAreRefused() throws IOException {
    assertEquals(
        Problem.INFLATES_TOO_MUCH,
        check(DocumentType.DOCX, SampleFiles.docxWithEntries("e", 10_001)));
    assertNull(check(DocumentType.DOCX, SampleFiles.docxWithEntries("e", 50)));
  }

  @Test
  void aTruncatedArchiveIsDamaged() throws IOException {
    byte[] docx = SampleFiles.docx("plan");
    assertEquals(Problem.DAMAGED, check(DocumentType.DOCX, Arrays.copyOf(docx, docx.length / 2)));
  }

  @Test
  void aMainPartThatIsNotWellFormedPassesIntakeButHasNoText() throws IOException {
    Path broken = write(SampleFiles.docxWithBrokenMainPart("kapot"));
    assertNull(StructureCheck.inspect(DocumentType.DOCX, broken, Limits.DEFAULT));
    assertEquals(
        true,
        org.junit.jupiter.api.Assertions.assertThrows(
                IOException.class, () -> TextExtractor.extract(broken))
            .getMessage()
            .contains("could not be extracted"));
  }

  private Problem check(DocumentType type, byte[] bytes) throws IOException {
    return StructureCheck.inspect(type, write(bytes), Limits.DEFAULT);
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "doc", ".bin");
    Files.write(file, bytes);
    return file;
  }
}
