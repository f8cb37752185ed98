package be.vlaanderen.crt.portal.submission;

/**
 * The database could not record a new version; the upload is not acknowledged and nothing is
 * visible.
 */
public class RecordingFailedException extends RuntimeException {

  public RecordingFailedException(Throwable cause) {
    super("The document version could not be recorded", cause);
  }
}
