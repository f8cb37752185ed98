/** Append-only record of who did what to which object. */
package be.vlaanderen.crt.portal.audit;
