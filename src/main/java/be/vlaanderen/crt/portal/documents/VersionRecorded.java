package be.vlaanderen.crt.portal.documents;

/**
 * Fired when a new version of a document is recorded, inside the transaction that records it.
 * Observers during that transaction (the default phase) write what must commit together with the
 * version, such as the search change; observers {@code during = AFTER_SUCCESS} do work that may
 * fail without undoing the upload, such as the review's carry-over of remarks.
 */
public record VersionRecorded(long versionId, long submissionId) {}
