package be.vlaanderen.crt.portal.extraction;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParserFactory;
import org.xml.sax.SAXException;

/**
 * Extracts text in child JVMs through Tika's {@link ForkParser}: the child has a heap bound of its
 * own and is stopped by Tika's watchdog when one document takes longer than the time limit, so a
 * hostile or broken file can cost a child process, never the portal. The children stay up between
 * documents (a pool) and are replaced when one dies.
 */
public final class ForkedExtractor implements Closeable {

  private static final Logger LOG = Logger.getLogger(ForkedExtractor.class.getName());

  private final ForkParser parser;
  private final Duration timeout;
  // ForkParser does not wake a thread waiting for a child when another child dies: never let more
  // threads in than there are children.
  private final Semaphore children;
  private volatile boolean closed;

  /** Wraps a configured fork parser; {@code timeout} is the one it was given. */
  public ForkedExtractor(ForkParser parser, Duration timeout) {
    this.parser = parser;
    this.timeout = timeout;
    this.children = new Semaphore(Math.max(1, parser.getPoolSize()), true);
  }

  /**
   * A pool of {@code pool} children running Tika from the jars in {@code libDirectory} (the web
   * application's own {@code WEB-INF/lib}), each with {@code memoryMb} of heap.
   */
  public static ForkedExtractor fromJars(
      Path libDirectory, Duration timeout, int memoryMb, int pool) {
    ForkParser parser =
        new ForkParser(
            libDirectory,
            new ParserFactoryFactory(AutoDetectParserFactory.class.getName(), new HashMap<>()));
    configure(parser, timeout, memoryMb, pool);
    return new ForkedExtractor(parser, timeout);
  }

  /** Sets the child's command line and Tika's watchdog. */
  public static void configure(ForkParser parser, Duration timeout, int memoryMb, int pool) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    parser.setJavaCommand(
        List.of(
            java,
            "-Xmx" + memoryMb + "m",
            "-XX:+ExitOnOutOfMemoryError",
            // The JVM's own messages must not reach stdout, which is the pipe to the parent.
            "-XX:+DisplayVMOutputToStderr",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true"));
    parser.setPoolSize(pool);
    parser.setServerParseTimeoutMillis(timeout.toMillis());
    parser.setServerPulseMillis(Math.min(500, Math.max(50, timeout.toMillis() / 4)));
    // An idle child leaves after ten minutes; the next document starts a new one.
    parser.setServerWaitTimeoutMillis(Duration.ofMinutes(10).toMillis());
    parser.setMaxFilesProcessedPerServer(500);
  }

  /**
   * Extracts the text of a local file.
   *
   * @throws TextUnavailableException damaged, encrypted, too slow or too large to parse
   */
  public ExtractedText extract(Path file) {
    TextExtractor.Collector collector = new TextExtractor.Collector(TextExtractor.MAX_CHARACTERS);
    long started = System.nanoTime();
    try {
      // Never wait for ever: at most as long as two documents may take.
      if (!children.tryAcquire(
          timeout.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw new ExtractionUnavailableException("Every text extractor is busy", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionUnavailableException("Interrupted while waiting for a text extractor", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (closed) {
        throw new ExtractionUnavailableException("The text extraction service is closed", null);
      }
      started = System.nanoTime();
      parser.parse(in, collector, new Metadata(), TextExtractor.parseContext());
    } catch (SAXException e) {
      if (!collector.truncated) {
        throw unavailable("het document is beschadigd of onleesbaar", e);
      }
    } catch (TikaException e) {
      // The child's own exceptions cannot be deserialised in the parent: whatever went wrong
      // there (damaged file, password, out of memory, time limit) arrives as a lost child.
      if (collector.truncated) {
        return collector.result();
      }
      throw unavailable(reason(e, Duration.ofNanos(System.nanoTime() - started)), e);
    } catch (IOException e) {
      // Not from the child (see above): the child could not be started, or the local copy failed.
      throw new ExtractionUnavailableException("The text extractor could not run", e);
    } finally {
      children.release();
    }
    return collector.result();
  }

  private String reason(TikaException e, Duration took) {
    if (took.compareTo(timeout) >= 0) {
      return "de tijdslimiet van "
          + timeout.toSeconds()
          + " s voor het lezen van de tekst is overschreden";
    }
    String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
    if (cause.contains("deserialize")) {
      return "het document is beschadigd, beveiligd of onleesbaar";
    }
    return "het lezen van de tekst vroeg meer geheugen dan toegestaan of liep vast";
  }

  private static TextUnavailableException unavailable(String reason, Exception cause) {
    LOG.log(Level.INFO, "Text not extracted: " + reason, cause);
    return new TextUnavailableException(
        reason, cause instanceof IOException io ? io : new IOException(cause));
  }

  @Override
  public void close() {
    closed = true;
    parser.close();
  }
}
