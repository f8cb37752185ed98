package be.vlaanderen.crt.portal.platform.api;

import java.io.IOException;

/** A request body without a declared length grew past the bound while it was read. */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException(long limit) {
    super("Request body larger than " + limit + " bytes");
  }
}
