package be.vlaanderen.crt.portal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadHeadersTest {

  @Test
  void asciiNamesAppearInBothForms() {
    assertEquals(
        "attachment; filename=\"bia.pdf\"; filename*=UTF-8''bia.pdf",
        DownloadHeaders.contentDisposition("bia.pdf"));
  }

  @Test
  void nonAsciiIsPercentEncodedAsUtf8AndReplacedInTheFallback() {
    assertEquals(
        "attachment; filename=\"Continu_teit plan.odt\"; filename*=UTF-8''Continu%C3%AFteit%20plan.odt",
        DownloadHeaders.contentDisposition("Continuïteit plan.odt"));
  }

  @Test
  void quotesAndBackslashesCannotBreakOutOfTheHeader() {
    assertEquals(
        "attachment; filename=\"a_b_.pdf\"; filename*=UTF-8''a%22b%5C.pdf",
        DownloadHeaders.contentDisposition("a\"b\\.pdf"));
  }

  @Test
  void etagIsTheQuotedHash() {
    assertEquals("\"abc\"", DownloadHeaders.etag("abc"));
  }
}
