package be.vlaanderen.crt.portal.storage;

/** The object store could not be reached or refused the operation; nothing was recorded. */
public class StorageUnavailableException extends RuntimeException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
