/**
 * Search on Apache Lucene: the index is derived data. Changes are logged in MariaDB ({@code
 * search_change}) in the transaction that makes them; {@link IndexApplier} applies them in order
 * and records the last one applied in the Lucene commit, so a restart resumes exactly where the
 * last commit stopped. {@link Searches} answers the public toolkit search and the internal search
 * with the access filter inside the query.
 */
package be.vlaanderen.crt.portal.search;
