package be.vlaanderen.crt.portal.extraction;

/**
 * The extraction service itself could not run (no child process could be started): an outage, not a
 * fact about the document, so nothing is recorded and the work is tried again later.
 */
public class ExtractionUnavailableException extends RuntimeException {

  public ExtractionUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
