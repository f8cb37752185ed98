/** Submissions and their immutable document versions: upload, listing and download. */
package be.vlaanderen.crt.portal.submission;
