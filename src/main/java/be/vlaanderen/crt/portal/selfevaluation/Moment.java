package be.vlaanderen.crt.portal.selfevaluation;

/** When in the wave the self-evaluation is filled: at the first workshop and again at the end. */
public enum Moment {
  START,
  END
}
