package be.vlaanderen.crt.portal.pilot.register;

/**
 * When a pilot municipality gives its satisfaction: before its integration starts (until the first
 * status change of one of its dossiers), during it (until the first success in production) and
 * after go-live. Each moment is open only in its own period; eagerness is asked after go-live.
 */
public enum EvaluationMoment {
  BEFORE,
  DURING,
  AFTER
}
