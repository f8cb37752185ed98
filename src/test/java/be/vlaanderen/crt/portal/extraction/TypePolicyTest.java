package be.vlaanderen.crt.portal.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.extraction.TypePolicy.Refusal;
import org.junit.jupiter.api.Test;

class TypePolicyTest {

  @Test
  void acceptsEachAllowedTypeUnderItsOwnExtension() {
    for (DocumentType type : DocumentType.values()) {
      TypePolicy.Verdict verdict =
          TypePolicy.judge(type.mediaType(), "plan." + type.extension().toUpperCase());
      assertTrue(verdict.accepted(), type.name());
      assertEquals(type, verdict.type());
    }
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
