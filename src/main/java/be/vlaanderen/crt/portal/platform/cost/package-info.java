/**
 * What requests cost: the SQL statements each request sends, counted through EclipseLink's session
 * events on the request's thread, and the last requests of this node for the operators and the
 * query-budget tests.
 */
package be.vlaanderen.crt.portal.platform.cost;
