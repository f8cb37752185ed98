package be.vlaanderen.crt.portal.documents;

import be.vlaanderen.crt.portal.platform.jobs.BackgroundJobs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes temporary copies that an interrupted upload or text extraction left behind ({@code
 * upload-*.part} in the staging directory, {@code text-*.bin} in the temporary directory): at start
 * those older than this process (a crash left them), then every hour those older than six hours.
 */
@Singleton
@Startup
public class StagingCleanup {

  private static final Logger LOG = Logger.getLogger(StagingCleanup.class.getName());
  static final String JOB = "staging-cleanup";

  @Inject BackgroundJobs jobs;

  @Inject
  @ConfigProperty(name = "crt.upload.temp-dir")
  Optional<String> tempDir;

  @PostConstruct
  void start() {
    Instant processStart =
        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    removeOlderThan(processStart);
    jobs.every(
        JOB,
        Duration.ofHours(1),
        Duration.ofHours(1),
        () -> removeOlderThan(Instant.now().minus(Duration.ofHours(6))));
  }

  /** Answers how many leftovers were removed. */
  int removeOlderThan(Instant before) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path staging = tempDir.filter(d -> !d.isBlank()).map(Path::of).orElse(tmp);
    int removed = remove(staging, "upload-*.part", before) + remove(tmp, "text-*.bin", before);
    if (removed > 0) {
      LOG.info(() -> "Removed " + removed + " temporary files left by interrupted work");
    }
    return removed;
  }

  static int remove(Path directory, String glob, Instant before) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
      for (Path file : files) {
        try {
          if (Files.isRegularFile(file)
              && Files.getLastModifiedTime(file).toInstant().isBefore(before)
              && Files.deleteIfExists(file)) {
            removed++;
          }
        } catch (IOException e) {
          LOG.log(Level.FINE, "Cannot remove " + file, e);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list " + directory, e);
    }
    return removed;
  }
}
