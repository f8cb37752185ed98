package be.vlaanderen.crt.portal.storage;

import java.util.List;

/**
 * A feature that keeps files in the object store says which objects it references, so that
 * reconciliation covers every kind of stored file without knowing the features (a new kind cannot
 * be forgotten: it implements this interface or its objects show up as orphans).
 */
public interface StoredObjectOwner {

  /** An object a row points to, with what the row says of its bytes. */
  record Reference(String key, long size, String sha256) {}

  /** What the owner keeps ("document versions", "toolkit files"), for reports. */
  String name();

  /** Every object the owner's rows reference. */
  List<Reference> references();
}
