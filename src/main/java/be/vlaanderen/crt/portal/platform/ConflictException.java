package be.vlaanderen.crt.portal.platform;

/**
 * The request is sound but the object's state does not allow it (a released remark cannot be
 * deleted): answered with 409 and a message from the bundle, nothing changed.
 */
public class ConflictException extends InvalidInputException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
