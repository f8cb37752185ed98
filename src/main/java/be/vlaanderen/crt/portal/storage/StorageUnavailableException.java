package be.vlaanderen.crt.portal.storage;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PortalException;
import java.util.Locale;
import java.util.logging.Level;

/** The object store could not be reached or refused the operation; nothing was recorded. */
public class StorageUnavailableException extends PortalException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String code() {
    return "STORAGE_UNAVAILABLE";
  }

  @Override
  public String message(Locale locale) {
    return Messages.get(locale, "error.storageUnavailable");
  }

  @Override
  public String messageWhenReading(Locale locale) {
    return Messages.get(locale, "error.storageUnavailable.read");
  }

  @Override
  public Level logLevel() {
    return Level.WARNING;
  }
}
