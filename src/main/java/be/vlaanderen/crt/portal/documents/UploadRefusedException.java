package be.vlaanderen.crt.portal.documents;

import be.vlaanderen.crt.portal.platform.Messages;
import java.util.Arrays;
import java.util.Locale;

/**
 * An upload was refused before anything was recorded. The reason decides the HTTP status and the
 * message key; the arguments fill in the message ({@code upload.refused.<REASON>} in the messages
 * bundle).
 */
public class UploadRefusedException extends be.vlaanderen.crt.portal.platform.PortalException {

  /** Why an upload is refused, with the HTTP status the API answers. */
  public enum Reason {
    NO_FILE(400),
    EMPTY(400),
    TOO_LARGE(413),
    UNSUPPORTED_TYPE(415),
    DISGUISED(415),
    ENCRYPTED(415),
    DAMAGED(422),
    INFLATES_TOO_MUCH(422),
    IDEMPOTENCY_KEY_REUSED(422);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    public String messageKey() {
      return "upload.refused." + name();
    }
  }

  private final Reason reason;
  private final transient Object[] arguments;

  public UploadRefusedException(Reason reason, Object... arguments) {
    super(reason + " " + Arrays.toString(arguments));
    this.reason = reason;
    this.arguments = arguments.clone();
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public int status() {
    return reason.status();
  }

  @Override
  public String code() {
    return reason.name();
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /**
   * The user-facing explanation; a content family among the arguments is named in the user's
   * language.
   */
  @Override
  public String message(Locale locale) {
    Object[] shown = arguments.clone();
    if (shown.length > 0 && "".equals(shown[0])) {
      shown[0] = Messages.get(locale, "upload.theFile");
    }
    for (int i = 0; i < shown.length; i++) {
      String familyKey = "family." + shown[i];
      if (shown[i] instanceof String && Messages.has(locale, familyKey)) {
        shown[i] = Messages.get(locale, familyKey);
      }
    }
    return Messages.get(locale, reason.messageKey(), shown);
  }
}
