/** What a file really is: content-based type detection with Apache Tika and the type allow-list. */
package be.vlaanderen.crt.portal.extraction;
