package be.vlaanderen.crt.portal.storage;

import be.vlaanderen.crt.portal.platform.Messages;
import be.vlaanderen.crt.portal.platform.PortalException;
import java.util.Locale;
import java.util.logging.Level;

/**
 * The database records an object that the store does not have. This must never happen (an object is
 * written before its row); when it does, it is reported loudly and never passed off as a passing
 * outage.
 */
public class ObjectMissingException extends PortalException {

  public ObjectMissingException(String key) {
    super("Object " + key + " is recorded in the database but missing from the object store");
  }

  @Override
  public int status() {
    return 500;
  }

  @Override
  public String code() {
    return "DOCUMENT_MISSING";
  }

  @Override
  public String message(Locale locale) {
    return Messages.get(locale, "error.documentMissing");
  }

  @Override
  public Level logLevel() {
    return Level.SEVERE;
  }
}
