/**
 * Operations for coordinators: the state of this node's background work (search index, mail outbox,
 * scheduled jobs) and what failed there, with a way to try it again.
 */
package be.vlaanderen.crt.portal.admin;
