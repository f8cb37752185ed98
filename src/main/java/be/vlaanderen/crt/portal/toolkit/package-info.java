/**
 * The public self-service toolkit: published lessons learned and resources, searchable without an
 * account, the anonymous self-check, and the search index that serves them (and the internal search
 * over submissions).
 */
package be.vlaanderen.crt.portal.toolkit;
