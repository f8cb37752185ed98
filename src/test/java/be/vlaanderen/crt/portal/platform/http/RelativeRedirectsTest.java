package be.vlaanderen.crt.portal.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

  @Test
  void aRedirectNamesAPathOfThePortalOnly() {
    assertEquals("/login.xhtml?next=%2F", RelativeRedirects.pathOf("/login.xhtml?next=%2F", "/x"));
    assertEquals(
        "/review/document.xhtml?id=3",
        RelativeRedirects.pathOf("http://evil.example/review/document.xhtml?id=3", "/"));
    assertEquals(
        "/toolkit/les.xhtml", RelativeRedirects.pathOf("les.xhtml", "/toolkit/index.xhtml"));
    assertEquals("/", RelativeRedirects.pathOf("//evil.example/", "/"));
  }

  @Test
  void controlCharactersNeverReachTheHeader() {
    assertEquals(
        "/toolkit/Set-Cookie:%20x=y", RelativeRedirects.pathOf("/toolkit/\tSet-Cookie: x=y", "/"));
    assertEquals("/ab", RelativeRedirects.pathOf("/a\r\nb", "/"));
  }
}
