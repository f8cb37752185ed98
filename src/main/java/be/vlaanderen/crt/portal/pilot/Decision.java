package be.vlaanderen.crt.portal.pilot;

/** The outcome of an application once the coordinator confirmed the selection. */
public enum Decision {
  PENDING,
  SELECTED,
  NOT_SELECTED
}
