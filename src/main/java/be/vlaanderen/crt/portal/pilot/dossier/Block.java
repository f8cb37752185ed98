package be.vlaanderen.crt.portal.pilot.dossier;

/** The Flemish building blocks a municipality integrates with. */
public enum Block {
  /** Access management (ACM). */
  ACM,
  /** Identity and user management (IDM). */
  IDM
}
