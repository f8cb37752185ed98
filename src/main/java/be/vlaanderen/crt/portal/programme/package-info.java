/** Programmes, waves and assignments: what a municipality is asked to hand in, and when. */
package be.vlaanderen.crt.portal.programme;
