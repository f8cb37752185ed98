/**
 * Background work that never dies of one failure: jobs run on the container's managed scheduled
 * executor, every run is wrapped so that nothing escapes into the executor, and each job's last
 * success and last failure are kept for health checks and the coordinator's page. Knows no feature:
 * features register their jobs at start-up.
 */
package be.vlaanderen.crt.portal.platform.jobs;
