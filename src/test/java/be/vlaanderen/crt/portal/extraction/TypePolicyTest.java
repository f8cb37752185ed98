package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.extraction.TypePolicy.Refusal;
import org.junit.jupiter.api.Test;

class TypePolicyTest {

  @Test
  void acceptsEachAllowedTypeUnderItsOwnExtension() {
    for (DocumentType type : DocumentType.OFFICE) {
      TypePolicy.Verdict verdict =
          TypePolicy.judge(type.mediaType(), "plan." + type.extension().toUpperCase());
      assertTrue(verdict.accepted(), type.name());
      assertEquals(type, verdict.type());
    }
  }

  @Test
  void xmlAndImagesOnlyWhereADossierTakesThem() {
    assertEquals(Refusal.UNSUPPORTED_TYPE, TypePolicy.judge("application/xml", "sp.xml").refusal());
    assertEquals(Refusal.UNSUPPORTED_TYPE, TypePolicy.judge("image/png", "schema.png").refusal());
    assertEquals(
        DocumentType.XML, TypePolicy.judge("text/xml", "sp.xml", DocumentType.DOSSIER).type());
    assertEquals(
        DocumentType.PNG, TypePolicy.judge("image/png", "schema.png", DocumentType.DOSSIER).type());
    // SVG stays refused: it can carry script.
    assertEquals(
        Refusal.UNSUPPORTED_TYPE,
        TypePolicy.judge("image/svg+xml", "schema.svg", DocumentType.DOSSIER).refusal());
    // A PDF named .xml is disguised, also in a dossier.
    assertEquals(
        Refusal.DISGUISED,
        TypePolicy.judge("application/pdf", "sp.xml", DocumentType.DOSSIER).refusal());
  }

  @Test
  void acceptsAnAllowedTypeWithoutExtension() {
    assertEquals(DocumentType.PDF, TypePolicy.judge("application/pdf", "scan").type());
  }

  @Test
  void anExecutableNamedPdfIsDisguised() {
    TypePolicy.Verdict verdict = TypePolicy.judge("application/x-sharedlib", "bcp.pdf");
    assertEquals(Refusal.DISGUISED, verdict.refusal());
    assertEquals("pdf", verdict.claimedExtension());
    assertEquals("EXECUTABLE", verdict.actual());
    assertNull(verdict.type());
  }

  @Test
  void textNamedDocxIsDisguised() {
    TypePolicy.Verdict verdict = TypePolicy.judge("text/plain", "bia.docx");
    assertEquals(Refusal.DISGUISED, verdict.refusal());
    assertEquals("TEXT", verdict.actual());
  }

  @Test
  void aRealPdfNamedDocxIsDisguisedToo() {
    TypePolicy.Verdict verdict = TypePolicy.judge("application/pdf", "bia.docx");
    assertEquals(Refusal.DISGUISED, verdict.refusal());
    assertEquals("PDF", verdict.actual());
  }

  @Test
  void typesOutsideTheAllowListAreUnsupported() {
    assertEquals(Refusal.UNSUPPORTED_TYPE, TypePolicy.judge("image/png", "photo.png").refusal());
    assertEquals(
        Refusal.UNSUPPORTED_TYPE, TypePolicy.judge("application/zip", "docs.zip").refusal());
    assertEquals(
        Refusal.UNSUPPORTED_TYPE, TypePolicy.judge("application/msword", "old.doc").refusal());
    assertEquals(
        "MACRO_OFFICE",
        TypePolicy.judge("application/vnd.ms-word.document.macroenabled.12", "macro.docm")
            .actual());
  }

  @Test
  void passwordProtectedOfficeFilesAreNamedAsSuch() {
    assertEquals(
        Refusal.ENCRYPTED,
        TypePolicy.judge("application/x-tika-ooxml-protected", "bia.docx").refusal());
  }

  @Test
  void extensionIsTheLowerCasePartAfterTheLastDot() {
    assertEquals("pdf", TypePolicy.extensionOf("a.b.PDF"));
    assertEquals("", TypePolicy.extensionOf("README"));
    assertEquals("", TypePolicy.extensionOf("trailing."));
    assertEquals("", TypePolicy.extensionOf("weird.p d f"));
  }
}
