/**
 * What every feature that takes or serves documents shares, and that knows no feature: why an
 * upload is refused, that a version could not be recorded, and the headers of a download. Features
 * (submissions, programme materials and templates, pilot attachments, toolkit resources) use it; it
 * uses only the platform.
 */
package be.vlaanderen.crt.portal.documents;
