package be.vlaanderen.crt.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedUploadTest {

  @TempDir Path dir;

  @Test
  void copiesHashesAndCountsInOnePass() throws Exception {
    byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
    try (StagedUpload staged = StagedUpload.stage(new ByteArrayInputStream(content), 10, dir)) {
      assertEquals(3, staged.size());
      assertEquals(
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", staged.sha256());
      assertEquals("abc", Files.readString(staged.path()));
    }
    assertEquals(0, Files.list(dir).count(), "the temporary file is gone after close");
  }

  @Test
  void stopsReadingPastTheLimitAndLeavesNothing() throws IOException {
    CountingStream endless = new CountingStream();
    StagedUpload.TooLargeException e =
        assertThrows(
            StagedUpload.TooLargeException.class,
            () -> StagedUpload.stage(endless, 1_000_000, dir));
    assertEquals(1_000_000, e.maxBytes());
    assertFalse(
        endless.read > 1_000_000 + 64 * 1024,
        "read only one buffer past the limit, not the whole stream");
    assertEquals(0, Files.list(dir).count());
  }

  @Test
  void anEmptyStreamIsStagedAsZeroBytes() throws Exception {
    try (StagedUpload staged = StagedUpload.stage(InputStream.nullInputStream(), 10, dir)) {
      assertEquals(0, staged.size());
    }
  }

  /** An endless stream of zeros that counts what was read. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }
}
