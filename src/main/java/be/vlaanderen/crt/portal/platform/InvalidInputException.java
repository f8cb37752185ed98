package be.vlaanderen.crt.portal.platform;

import java.util.Locale;

/**
 * Input a person can correct: answered with 400 and a message from the bundle ({@code messageKey}
 * with its arguments), nothing changed.
 */
public class InvalidInputException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The key of the message in the portal's messages. */
  public String key() {
    return messageKey;
  }

  /** The message's arguments. */
  public Object[] arguments() {
    return arguments.clone();
  }

  public String message(Locale locale) {
    return Messages.get(locale, messageKey, arguments);
  }
}
