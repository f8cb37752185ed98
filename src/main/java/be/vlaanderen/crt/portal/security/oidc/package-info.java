/**
 * Login through the Flemish government's access management (ACM/IDM) over OpenID Connect: the
 * authorization code flow with PKCE, state and nonce ({@link
 * be.vlaanderen.crt.portal.security.oidc.OidcClient}), the link between a provider identity and a
 * portal account with the roles the provider gives ({@link
 * be.vlaanderen.crt.portal.security.oidc.OidcLogins}), and the provider's access tokens on the API.
 */
package be.vlaanderen.crt.portal.security.oidc;
