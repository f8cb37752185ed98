/** Municipalities and their provinces: the parties the programmes guide. */
package be.vlaanderen.crt.portal.municipality;
