package be.vlaanderen.crt.portal.storage;

/**
 * The database records an object that the store does not have. This must never happen (an object is
 * written before its row); when it does, it is reported loudly and never passed off as a passing
 * outage.
 */
public class ObjectMissingException extends RuntimeException {

  public ObjectMissingException(String key) {
    super("Object " + key + " is recorded in the database but missing from the object store");
  }
}
