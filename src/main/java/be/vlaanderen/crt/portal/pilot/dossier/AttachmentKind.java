package be.vlaanderen.crt.portal.pilot.dossier;

/** The kinds of attachment a dossier holds; each is a slot with its own versions. */
public enum AttachmentKind {
  DOSSIER,
  SAML_METADATA,
  DIAGRAM,
  OTHER
}
