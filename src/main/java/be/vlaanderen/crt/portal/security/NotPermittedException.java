package be.vlaanderen.crt.portal.security;

/** The caller may see the object but not do this with it (403). */
public class NotPermittedException extends RuntimeException {

  public NotPermittedException(String what) {
    super(what);
  }
}
