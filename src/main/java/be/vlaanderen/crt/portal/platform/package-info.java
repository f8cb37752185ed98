/** Runtime plumbing: configuration, database and migrations, REST application, health checks. */
package be.vlaanderen.crt.portal.platform;
