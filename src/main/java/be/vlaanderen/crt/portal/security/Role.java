package be.vlaanderen.crt.portal.security;

/** The portal's roles. The name is also the container security role and group. */
public enum Role {
  /** Contact person of one municipality: sees and acts only on that municipality. */
  MUNICIPALITY,
  /** CRT expert: reviews the municipalities assigned to them. */
  REVIEWER,
  /** CRT project lead: everything. */
  COORDINATOR,
  /** Steering committee: read-only overviews, no documents. */
  STEERING
}
