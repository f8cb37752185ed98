/**
 * E-mail to the people of the programme: an outbox in the database, sent by whichever node claims
 * it first, and the deadline reminders that fill it.
 */
package be.vlaanderen.crt.portal.notification;
