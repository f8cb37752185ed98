package be.vlaanderen.crt.portal.documents;

/**
 * Fired (synchronously, inside the transaction that records it) when a new version of a submission
 * is recorded: observers write what must commit together with the version, such as the search
 * change. Work that may fail without undoing the upload belongs in a {@code
 * submission.VersionListener}.
 */
public record VersionRecorded(long versionId, long submissionId) {}
