package be.vlaanderen.crt.portal.pilot.dossier;

/** How the application talks to the building blocks. */
public enum Protocol {
  SAML2,
  OIDC,
  OAUTH2
}
