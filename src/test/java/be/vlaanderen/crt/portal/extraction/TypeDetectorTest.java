package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real Tika on real files: the type comes from the bytes, whatever the file is called. */
class TypeDetectorTest {

  private final TypeDetector detector = new TypeDetector();

  @TempDir Path dir;

  @Test
  void detectsEveryAcceptedFormatFromContent() throws IOException {
    assertEquals(DocumentType.PDF.mediaType(), detect("a.bin", SampleFiles.pdf("BIA")));
    assertEquals(DocumentType.DOCX.mediaType(), detect("b.bin", SampleFiles.docx("BCP")));
    assertEquals(DocumentType.XLSX.mediaType(), detect("c.bin", SampleFiles.xlsx("BIA")));
    assertEquals(DocumentType.ODT.mediaType(), detect("d.bin", SampleFiles.odt("BCP")));
    assertEquals(DocumentType.ODS.mediaType(), detect("e.bin", SampleFiles.ods("BIA")));
  }

  @Test
  void disguisedFilesAreSeenForWhatTheyAre() throws IOException {
    assertEquals(
        ContentFamily.EXECUTABLE, ContentFamily.of(detect("bcp.pdf", SampleFiles.executable())));
    assertEquals(
        ContentFamily.TEXT,
        ContentFamily.of(detect("bia.docx", SampleFiles.text("only text, no document"))));
    assertEquals(
        ContentFamily.ARCHIVE, ContentFamily.of(detect("bia.xlsx", SampleFiles.zip("plain zip"))));
  }

  private String detect(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return detector.detect(file);
  }
}
