/**
 * Review of submissions by CRT experts; for now, which reviewer is assigned to which municipality.
 */
package be.vlaanderen.crt.portal.review;
