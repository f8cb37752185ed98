package be.vlaanderen.crt.portal.submission;

/**
 * Told about each new document version once it is committed (the review's carry-over of remarks
 * implements it). Implementations run in a transaction of their own and must not throw.
 */
public interface VersionListener {

  void versionAdded(long versionId);
}
