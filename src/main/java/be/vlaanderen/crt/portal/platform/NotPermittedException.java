package be.vlaanderen.crt.portal.platform;

/** The caller may see the object but not do this with it (403). */
public class NotPermittedException extends RuntimeException {

  public NotPermittedException(String what) {
    super(what);
  }
}
