/** Demo data for the demo mode (never active in production). */
package be.vlaanderen.crt.portal.demo;
