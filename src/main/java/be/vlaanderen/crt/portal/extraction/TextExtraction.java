package be.vlaanderen.crt.portal.extraction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.fork.ForkParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's one text extraction service: every document's text (review page, search index,
 * completeness check of a BCP, toolkit files) comes from here, with a time limit ({@code
 * crt.extraction.timeout-seconds}, 60 by default) and a memory bound ({@code
 * crt.extraction.memory-mb}, 512) per document, in a pool of {@code crt.extraction.processes} child
 * JVMs ({@link ForkedExtractor}). Where the application's jars cannot be found as a directory (it
 * does not run from an exploded web application), it says so in the log and extracts in process,
 * which keeps the write limit and the streaming readers but no hard time or memory bound.
 */
@ApplicationScoped
public class TextExtraction {

  private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

  @Inject
  @ConfigProperty(name = "crt.extraction.timeout-seconds", defaultValue = "60")
  long timeoutSeconds;

  @Inject
  @ConfigProperty(name = "crt.extraction.memory-mb", defaultValue = "512")
  int memoryMb;

  @Inject
  @ConfigProperty(name = "crt.extraction.processes", defaultValue = "2")
  int processes;

  private volatile ForkedExtractor forked;
  private volatile boolean inProcess;

  /**
   * The text of a local file.
   *
   * @throws TextUnavailableException the document cannot be parsed within the limits
   */
  public ExtractedText extract(Path file) {
    ForkedExtractor extractor = extractor();
    if (extractor != null) {
      return extractor.extract(file);
    }
    try {
      return TextExtractor.extract(file);
    } catch (IOException e) {
      throw new TextUnavailableException("het document is beschadigd of onleesbaar", e);
    }
  }

  private ForkedExtractor extractor() {
    if (forked == null && !inProcess) {
      synchronized (this) {
        if (forked == null && !inProcess) {
          Path lib = tikaJars();
          if (lib == null) {
            inProcess = true;
            LOG.warning(
                "Tika's jars are not in a directory: text is extracted in process, without a hard"
                    + " time or memory limit");
          } else {
            forked =
                ForkedExtractor.fromJars(
                    lib, Duration.ofSeconds(timeoutSeconds), memoryMb, Math.max(1, processes));
            LOG.info(
                () ->
                    "Text extraction in up to "
                        + processes
                        + " child processes from "
                        + lib
                        + " ("
                        + timeoutSeconds
                        + " s, "
                        + memoryMb
                        + " MB per document)");
          }
        }
      }
    }
    return forked;
  }

  /** The directory holding tika-core's jar (and, in the web application, all the others). */
  static Path tikaJars() {
    try {
      var source = ForkParser.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(jar) && jar.getFileName().toString().endsWith(".jar")) {
        return jar.getParent();
      }
    } catch (URISyntaxException | RuntimeException e) {
      LOG.log(Level.INFO, "Cannot locate Tika's jar", e);
    }
    return null;
  }

  @PreDestroy
  void close() {
    if (forked != null) {
      forked.close();
    }
  }
}
