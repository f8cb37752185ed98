package be.vlaanderen.crt.portal.pilot.dossier;

/**
 * The slot a dossier attachment's versions are kept in, as the document store knows it: {@code
 * d12:SAML_METADATA} for an attachment, {@code d12:EV:ACM_TI:3} for the evidence of test case 3 on
 * ACM's T&I environment. The slot is the documents' only reference to the dossier.
 */
record AttachmentSlot(String key) {

  static AttachmentSlot of(long dossierId, AttachmentKind kind) {
    return new AttachmentSlot("d" + dossierId + ":" + kind.name());
  }

  static AttachmentSlot evidence(long dossierId, Block block, Env env, long caseId) {
    return new AttachmentSlot("d" + dossierId + ":EV:" + block + "_" + env + ":" + caseId);
  }
}
