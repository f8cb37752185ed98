package be.vlaanderen.crt.portal.pilot.dossier;

/** Who uses the application. */
public enum Audience {
  CITIZENS,
  BUSINESSES,
  STAFF,
  GOVERNMENTS
}
