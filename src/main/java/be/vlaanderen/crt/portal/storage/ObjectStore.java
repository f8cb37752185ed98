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

  /** All objects under a prefix, with size and last modification. */
  java.util.List<StoredObject> list(String prefix);

  /** Removes an object (no error when it is gone already). */
  void delete(String key);

  /** All keys under a prefix. */
  Set<String> keys(String prefix);

  /**
   * Aborts multipart uploads begun before {@code before} and never completed (a node that died
   * mid-upload leaves their parts behind); answers how many.
   */
  int abortUploadsOlderThan(java.time.Instant before);

  /** Whether the store answers (for readiness). */
  boolean isReachable();
}
