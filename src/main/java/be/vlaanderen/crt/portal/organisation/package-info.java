/**
 * The municipalities the programme serves (name, province, population), as every part of the portal
 * knows them: accounts belong to one, documents and dossiers are theirs. It knows no feature; the
 * municipality feature (import, invitations, detail pages) builds on it.
 */
package be.vlaanderen.crt.portal.organisation;
