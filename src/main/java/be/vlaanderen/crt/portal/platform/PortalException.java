package be.vlaanderen.crt.portal.platform;

import java.util.Locale;

/**
 * A refusal a feature explains to the person: the HTTP status the API answers, a stable code for
 * clients and the message in the person's language. Feature exceptions extend it, so the API's and
 * the pages' exception handlers (platform) need not know any feature.
 */
public abstract class PortalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected PortalException(String message) {
    super(message);
  }

  protected PortalException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The HTTP status of the API's answer. */
  public abstract int status();

  /** The answer's {@code code}, for clients (UPPER_CASE). */
  public abstract String code();

  /** What the person reads. */
  public abstract String message(Locale locale);

  /** What the person reads when the request only read (a GET); by default the same. */
  public String messageWhenReading(Locale locale) {
    return message(locale);
  }

  /** How loudly the API logs it: null for an ordinary refusal, a level for an outage or a fault. */
  public java.util.logging.Level logLevel() {
    return null;
  }
}
