package be.vlaanderen.crt.portal.pilot.dossier;

/** The building blocks' environments: test &amp; integration first, then production. */
public enum Env {
  TI,
  PRD
}
