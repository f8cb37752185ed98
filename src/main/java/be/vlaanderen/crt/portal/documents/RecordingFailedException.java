package be.vlaanderen.crt.portal.documents;

/**
 * The database could not record a new version; the upload is not acknowledged and nothing is
 * visible.
 */
public class RecordingFailedException extends be.vlaanderen.crt.portal.platform.PortalException {

  public RecordingFailedException(Throwable cause) {
    super("The document version could not be recorded", cause);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String code() {
    return "DATABASE_UNAVAILABLE";
  }

  @Override
  public String message(java.util.Locale locale) {
    return be.vlaanderen.crt.portal.platform.Messages.get(locale, "error.recordingFailed");
  }
}
