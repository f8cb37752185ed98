package be.vlaanderen.crt.portal.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The text of a document cannot be extracted: it is damaged, took longer than the time limit, or
 * needed more memory than the bound. A fact about the document, not an outage: trying again gives
 * the same answer. The document can still be downloaded and remarked on as a whole.
 */
public class TextUnavailableException extends UncheckedIOException {

  private final String reason;

  public TextUnavailableException(String reason, IOException cause) {
    super(reason, cause);
    this.reason = reason;
  }

  /** A short reason for people ("tijdslimiet van 60 s overschreden", …). */
  public String reason() {
    return reason;
  }
}
