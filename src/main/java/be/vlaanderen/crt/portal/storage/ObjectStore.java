package be.vlaanderen.crt.portal.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * The portal's view of S3-compatible object storage. Every method may throw {@link
 * StorageUnavailableException}.
 */
public interface ObjectStore {

  /**
   * Stores the file under the key unless an object with that key exists already (keys are
   * content-derived).
   */
  void putIfAbsent(String key, Path file, long size, String contentType);

  /**
   * Opens the object for reading; the caller closes the stream.
   *
   * @throws ObjectMissingException there is no object under that key
   */
  InputStream open(String key);

  /** The size of the object, or -1 when there is none under that key. */
  long sizeOf(String key);

  /** All keys under a prefix. */
  Set<String> keys(String prefix);

  /** Whether the store answers (for readiness). */
  boolean isReachable();
}
