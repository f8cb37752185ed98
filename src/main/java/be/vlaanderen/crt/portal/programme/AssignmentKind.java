package be.vlaanderen.crt.portal.programme;

/** What a municipality is asked to hand in. */
public enum AssignmentKind {
  SELF_EVALUATION,
  BIA,
  BCP,
  BCP_UPDATE,
  INTEGRATION_DOSSIER
}
