package be.vlaanderen.crt.portal.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Detects a file's media type from its bytes with Apache Tika, including the container formats
 * (DOCX/XLSX inside ZIP, OpenDocument). The file name is deliberately not given to Tika: a name is
 * a claim, the content is the fact.
 */
@ApplicationScoped
public class TypeDetector {

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

  public String detect(Path file) {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file for type detection", e);
    }
  }
}
