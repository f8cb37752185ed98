/**
 * The ACM/IDM pilot (issue 6). For now: the validation of the technical parts of an integration
 * dossier — SAML 2.0 metadata and OIDC/OAuth client settings — with findings in Dutch that point to
 * the element and line. The dossiers, groups, status and KPIs build on this.
 */
package be.vlaanderen.crt.portal.pilot;
