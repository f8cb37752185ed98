package be.vlaanderen.crt.portal.platform;

/**
 * The caller's copy is older than the stored one (an {@code If-Match} or a form's version that no
 * longer matches): nothing was changed.
 */
public class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String what) {
    super(what + " was changed meanwhile");
  }
}
