package be.vlaanderen.crt.portal.submission;

/** Fired when a new document version is recorded; observers react after the commit. */
public record VersionAdded(long versionId) {}
