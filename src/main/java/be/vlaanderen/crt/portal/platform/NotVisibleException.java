package be.vlaanderen.crt.portal.platform;

/**
 * The object does not exist, or the caller may not know it exists. Both answer 404, so that another
 * municipality's ids reveal nothing.
 */
public class NotVisibleException extends RuntimeException {

  public NotVisibleException(String what) {
    super(what + " not found or not visible to the caller");
  }
}
