package be.vlaanderen.crt.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.Accessibility;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Login through ACM/IDM over OpenID Connect, against a real provider (mock-oauth2-server, started
 * here on the port {@code config/test.properties} names) and a real browser: the first login links
 * the invited account by its verified e-mail, later logins by the subject; the municipality's
 * isolation holds for an OIDC identity; logout ends the provider's session too; a forged or
 * replayed state, an identity without claims, an unknown one, a role or organisation the provider
 * did not give, and an expired login are all refused. The API takes the provider's access tokens,
 * not expired ones nor another issuer's.
 */
class OidcLoginIT extends PortalIT {

  /** The provider's port and issuer, as in config/test.properties. */
  static final int PORT = 18090;

  static final String ISSUER = "acmidm";
  static final String CLIENT = "crt-portaal";
  static final String ROLES = "dv_crtportaal_rol_3d";

  private static MockOAuth2Server provider;

  @BeforeAll
  static void startProvider() {
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), PORT);
  }

  @AfterAll
  static void stopProvider() {
    provider.shutdown();
  }

  /** A contact person of a municipality of its own, with the municipality's NIS code. */
  private record Contact(String user, String email, String nis, long municipality) {}

  private static Contact contact(String prefix) {
    String user = TestServices.municipalityWithContact(prefix);
    long municipality =
        TestServices.number("SELECT municipality_id FROM user_account WHERE username = ?", user);
    String nis = Long.toString(10_000 + Math.floorMod(UUID.randomUUID().hashCode(), 89_999));
    TestServices.execute(
        "UPDATE municipality SET nis_code = '" + nis + "' WHERE id = " + municipality);
    return new Contact(user, user + "@example.invalid", nis, municipality);
  }

  private static Map<String, Object> claims(String email, boolean verified, String... roles) {
    Map<String, Object> claims = new HashMap<>();
    if (email != null) {
      claims.put("email", email);
      claims.put("email_verified", verified);
    }
    if (roles.length > 0) {
      claims.put(ROLES, List.of(roles));
    }
    claims.put("name", "Test Persoon");
    return claims;
  }

  /** The provider's next token answer: this subject with these claims, valid for so long. */
  private static void nextLogin(String subject, Map<String, Object> claims, long seconds) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT), claims, seconds));
  }

  private void clickAcmIdm(Browser browser) {
    browser.open("login.xhtml");
    browser.driver().findElement(By.id("oidc-login")).click();
  }

  private static String deniedReason(Browser browser) {
    browser.waitFor(By.id("oidc-denied"));
    return browser.driver().findElement(By.id("oidc-denied")).getAttribute("data-reason");
  }

  private void assertNotLoggedIn(Browser browser) {
    browser.open("index.xhtml");
    browser.waitFor(By.id("login:username"));
  }

  @Test
  void anInvitedContactLogsInWithAcmIdmKeepsToTheirMunicipalityAndLogsOutAtTheProvider()
      throws Exception {
    Contact c = contact("Oidc");
    TestServices.execute("UPDATE municipality SET nis_code = NULL WHERE id = " + c.municipality());
    String subject = "acmidm-" + UUID.randomUUID();
    try (Browser browser = new Browser(base)) {
      WebDriver driver = browser.driver();
      // Without the municipality's official code nobody can vouch for its contact person.
      nextLogin(subject, claims(c.email(), true, "CrtGemeente:" + c.nis()), 3600);
      clickAcmIdm(browser);
      assertEquals("ORGANISATION", deniedReason(browser));

      // The coordinator records the code on the municipality's page (a wrong one is refused).
      browser.logIn("coordinator");
      browser.open("municipality/detail.xhtml?id=" + c.municipality());
      driver.findElement(By.id("official-code:nis")).sendKeys("12a");
      driver.findElement(By.id("official-code:save-nis")).click();
      browser.waitForText(By.id("official-code:messages"), "vijf cijfers");
      assertNull(
          TestServices.string("SELECT nis_code FROM municipality WHERE id = ?", c.municipality()));
      driver.findElement(By.id("official-code:nis")).clear();
      driver.findElement(By.id("official-code:nis")).sendKeys(c.nis());
      driver.findElement(By.id("official-code:save-nis")).click();
      browser.waitForText(By.id("official-code:messages"), "bewaard");
      Accessibility.check(driver, "municipality-nis-code");
      assertEquals(
          c.nis(),
          TestServices.string("SELECT nis_code FROM municipality WHERE id = ?", c.municipality()));
      browser.logOut();

      nextLogin(subject, claims(c.email(), true, "CrtGemeente:" + c.nis()), 3600);
      browser.open("login.xhtml");
      Accessibility.check(driver, "login-with-acmidm");
      driver.findElement(By.id("oidc-login")).click();
      browser.waitFor(By.id("session:tokens-link"));
      assertTrue(
          driver.getPageSource().contains("Contact "), "the contact's name is in the header");
      assertEquals(
          subject,
          TestServices.string("SELECT oidc_subject FROM user_account WHERE username = ?", c.user()),
          "the first login links the invited account by its verified e-mail");
      assertEquals(
          1,
          TestServices.number(
              "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'OIDC_LINKED'",
              c.user()));

      // The municipality's isolation holds: another municipality's page is not shown.
      long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
      browser.open("programme/timeline.xhtml?municipality=" + aalst);
      assertFalse(driver.getPageSource().contains(">Aalst<"), "Aalst is not shown to this contact");

      // Logout ends the session here and at the provider, then returns to the login page.
      browser.open("index.xhtml");
      browser.waitFor(By.id("session:tokens-link"));
      browser.logOut();
      browser.waitFor(By.id("logged-out"));
      assertTrue(calledEndSession(), "the logout went by the provider's end-session endpoint");
      assertNotLoggedIn(browser);

      // The next login finds the account by its subject, also without an e-mail address.
      nextLogin(subject, claims(null, false, "CrtGemeente:" + c.nis()), 3600);
      clickAcmIdm(browser);
      browser.waitFor(By.id("session:tokens-link"));
    }
  }

  @Test
  void identitiesThePortalCannotVouchForLandOnNoAccessAndAreNotLoggedIn() throws Exception {
    Contact c = contact("OidcNo");
    try (Browser browser = new Browser(base)) {
      // No role for the portal in the claims at all.
      nextLogin("acmidm-" + UUID.randomUUID(), claims(c.email(), true), 3600);
      clickAcmIdm(browser);
      assertEquals("NO_ROLE", deniedReason(browser));
      assertTrue(browser.text(By.id("oidc-denied-text")).contains("geen rol voor het CRT-portaal"));
      Accessibility.check(browser.driver(), "oidc-denied");
      assertNotLoggedIn(browser);

      // A role, but an address nobody was invited with.
      nextLogin(
          "acmidm-" + UUID.randomUUID(),
          claims(
              "nobody-" + UUID.randomUUID() + "@example.invalid", true, "CrtGemeente:" + c.nis()),
          3600);
      clickAcmIdm(browser);
      assertEquals("UNKNOWN", deniedReason(browser));
      assertTrue(browser.text(By.id("oidc-denied-text")).contains("uitnodiging"));

      // The invited address, but not verified by the provider: not linked.
      nextLogin(
          "acmidm-" + UUID.randomUUID(), claims(c.email(), false, "CrtGemeente:" + c.nis()), 3600);
      clickAcmIdm(browser);
      assertEquals("UNKNOWN", deniedReason(browser));

      // The provider gives another role than the account's: the portal does not grant it.
      nextLogin("acmidm-" + UUID.randomUUID(), claims(c.email(), true, "CrtExpert"), 3600);
      clickAcmIdm(browser);
      assertEquals("ROLE_NOT_GIVEN", deniedReason(browser));
      assertNotLoggedIn(browser);

      // The municipality role, but for another organisation.
      nextLogin("acmidm-" + UUID.randomUUID(), claims(c.email(), true, "CrtGemeente:00000"), 3600);
      clickAcmIdm(browser);
      assertEquals("ORGANISATION", deniedReason(browser));
      assertNotLoggedIn(browser);
    }
    assertNull(
        TestServices.string("SELECT oidc_subject FROM user_account WHERE username = ?", c.user()),
        "a refused login links nothing");
  }

  @Test
  void aForgedOrReplayedStateIsRefusedAndTheRequestCarriesPkceAndNonce() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> start = get(http, base + "oidc/login?next=%2Findex.xhtml");
    assertEquals(302, start.statusCode());
    String location = start.headers().firstValue("Location").orElseThrow();
    Map<String, String> query = query(URI.create(location));
    assertTrue(location.startsWith("http://localhost:" + PORT + "/" + ISSUER + "/"), location);
    assertEquals("S256", query.get("code_challenge_method"));
    assertNotNull(query.get("code_challenge"));
    assertNotNull(query.get("nonce"));
    assertEquals(CLIENT, query.get("client_id"));
    String state = query.get("state");
    assertNotNull(state);

    // The provider answers with a code (as the browser would be sent back) ...
    HttpResponse<String> authorized = get(http, location);
    String callback = authorized.headers().firstValue("Location").orElseThrow();
    assertTrue(callback.contains("code="), callback);

    // ... but the answer that comes back has another state: refused, nobody logged in.
    String forged = callback.replace("state=" + state, "state=forged-" + state);
    HttpResponse<String> refused = get(http, forged);
    assertEquals(302, refused.statusCode());
    assertTrue(
        refused
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains("oidc-denied.xhtml?reason=FAILED"));
    // The right state afterwards does not help either: a login answer is used once.
    HttpResponse<String> replayed = get(http, callback);
    assertTrue(
        replayed.headers().firstValue("Location").orElseThrow().contains("reason=FAILED"),
        "the pending login was used up by the forged answer");
    assertEquals(302, get(http, base + "index.xhtml").statusCode(), "not logged in");
    assertTrue(
        get(http, base + "index.xhtml")
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .contains("login.xhtml"));
  }

  @Test
  void aLoginEndsWithItsTokenAndTheNextPageGoesBackThroughTheProvider() throws Exception {
    Contact c = contact("OidcExp");
    String subject = "acmidm-" + UUID.randomUUID();
    nextLogin(subject, claims(c.email(), true, "CrtGemeente:" + c.nis()), 3);
    try (Browser browser = new Browser(base)) {
      clickAcmIdm(browser);
      browser.waitFor(By.id("session:tokens-link"));
      Thread.sleep(4_000); // the ID token's lifetime is over
      // The provider now knows this person without any role: the portal must ask it again.
      nextLogin(subject, claims(null, false), 3600);
      browser.open("index.xhtml");
      assertEquals("NO_ROLE", deniedReason(browser), "the expired login was not honoured");
      assertNotLoggedIn(browser);
    }
  }

  @Test
  void theApiTakesTheProvidersAccessTokensForLinkedAccountsOnly() throws Exception {
    Contact c = contact("OidcApi");
    String subject = "acmidm-" + UUID.randomUUID();
    // Linked by a first browser login.
    nextLogin(subject, claims(c.email(), true, "CrtGemeente:" + c.nis()), 3600);
    try (Browser browser = new Browser(base)) {
      clickAcmIdm(browser);
      browser.waitFor(By.id("session:tokens-link"));
    }
    Map<String, Object> roles = claims(null, false, "CrtGemeente:" + c.nis());
    String valid = token(ISSUER, subject, List.of(CLIENT), roles, 600);
    HttpResponse<String> me = bearer(valid, "api/me");
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(c.user(), ApiClient.object(me).getString("username"));
    long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
    int other = bearer(valid, "api/municipalities/" + aalst + "/timeline").statusCode();
    assertTrue(other == 403 || other == 404, "another municipality stays hidden: " + other);

    HttpResponse<String> expired =
        bearer(token(ISSUER, subject, List.of(CLIENT), roles, -300), "api/me");
    assertEquals(401, expired.statusCode());
    assertTrue(
        expired.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    assertEquals(
        401,
        bearer(token("elsewhere", subject, List.of(CLIENT), roles, 600), "api/me").statusCode(),
        "another issuer's token");
    assertEquals(
        401,
        bearer(token(ISSUER, subject, List.of("another-app"), roles, 600), "api/me").statusCode(),
        "a token for another client");
    assertEquals(
        401,
        bearer(
                token(ISSUER, subject, List.of(CLIENT), claims(null, false, "CrtExpert"), 600),
                "api/me")
            .statusCode(),
        "a token without the account's role");
    assertEquals(
        401,
        bearer(token(ISSUER, "acmidm-unknown", List.of(CLIENT), roles, 600), "api/me").statusCode(),
        "an identity linked to no account");
  }

  /** Whether the provider received a logout (its recorded requests, in order). */
  private static boolean calledEndSession() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      var request = provider.takeRequest(2, java.util.concurrent.TimeUnit.SECONDS);
      if (request == null) {
        return false;
      }
      if (request.getPath() != null && request.getPath().contains("/endsession")) {
        return true;
      }
    }
    return false;
  }

  private static String token(
      String issuer,
      String subject,
      List<String> audience,
      Map<String, Object> claims,
      long seconds) {
    return provider
        .issueToken(
            issuer,
            CLIENT,
            new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience, claims, seconds))
        .serialize();
  }

  private HttpResponse<String> bearer(String token, String path) {
    return api.getWithBearer(token, path);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      values.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }
}
