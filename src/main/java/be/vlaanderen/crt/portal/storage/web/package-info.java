/** Serving stored files from the pages. */
package be.vlaanderen.crt.portal.storage.web;
