/**
 * Review of submissions by CRT experts: reviewers assigned to municipalities, the three feedback
 * rounds per wave, remarks anchored to passages the W3C Web Annotation way, their carry-over to new
 * versions, replies, release per municipality, and the group feedback for the next workshop.
 */
package be.vlaanderen.crt.portal.review;
