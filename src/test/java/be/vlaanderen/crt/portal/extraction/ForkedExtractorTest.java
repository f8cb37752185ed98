package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The time limit of the forked extraction, with real child JVMs: a parser that never ends costs its
 * child process and comes back as "text not available", and the next document is extracted by a
 * fresh child.
 */
class ForkedExtractorTest {

  @TempDir Path dir;

  /** Writes one paragraph with the file's text; sleeps for ever when the text says "slaap". */
  public static class ScriptedParser implements Parser, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return Set.of(MediaType.TEXT_PLAIN);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext c)
        throws IOException, SAXException {
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("slaap")) {
        try {
          Thread.sleep(Duration.ofMinutes(5).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      handler.startDocument();
      handler.startElement("", "p", "p", new AttributesImpl());
      handler.characters(text.toCharArray(), 0, text.length());
      handler.endElement("", "p", "p");
      handler.endDocument();
    }
  }

  @Test
  void aDocumentThatTakesTooLongCostsItsChildAndTheNextOneIsExtracted() throws IOException {
    ForkParser fork =
        new ForkParser(ForkedExtractorTest.class.getClassLoader(), new ScriptedParser());
    Duration limit = Duration.ofSeconds(3);
    ForkedExtractor.configure(fork, limit, 128, 1);
    try (ForkedExtractor extractor = new ForkedExtractor(fork, limit)) {
      assertEquals("eerste document", extractor.extract(file("eerste document")).plain());

      TextUnavailableException slow =
          assertThrows(TextUnavailableException.class, () -> extractor.extract(file("slaap")));
      assertTrue(slow.reason().contains("tijdslimiet van 3 s"), slow.reason());

      assertEquals("na de time-out", extractor.extract(file("na de time-out")).plain());
    }
  }

  private Path file(String text) throws IOException {
    Path file = Files.createTempFile(dir, "doc", ".txt");
    Files.writeString(file, text);
    return file;
  }
}
