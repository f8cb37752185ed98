package be.vlaanderen.crt.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingCleanupTest {

  @TempDir Path dir;

  @Test
  void onlyStagingFilesOlderThanTheCutOffAreRemoved() throws IOException {
    Instant cutoff = Instant.now().minus(Duration.ofHours(6));
    Path old = file("upload-1.part", cutoff.minus(Duration.ofHours(1)));
    Path fresh = file("upload-2.part", Instant.now());
    Path other = file("report.pdf", cutoff.minus(Duration.ofDays(3)));

    assertEquals(1, StagingCleanup.remove(dir, "upload-*.part", cutoff));
    assertFalse(Files.exists(old), "left by a crash long ago");
    assertTrue(Files.exists(fresh), "an upload in progress keeps its file");
    assertTrue(Files.exists(other), "nothing else in the directory is touched");
    assertEquals(0, StagingCleanup.remove(dir.resolve("missing"), "upload-*.part", cutoff));
  }

  private Path file(String name, Instant modified) throws IOException {
    Path file = Files.writeString(dir.resolve(name), "x");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }
}
