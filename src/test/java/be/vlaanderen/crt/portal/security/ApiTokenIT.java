package be.vlaanderen.crt.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.Accessibility;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personal API tokens as their owner uses them: made on the page (a nameless one refused), shown
 * once, accepted by the API as a Bearer token, no longer shown after a reload, revoked on the page
 * and refused by the API from then on; a wrong token is refused with a Bearer challenge.
 */
class ApiTokenIT extends PortalIT {

  @Test
  void aTokenMadeOnThePageOpensTheApiUntilItIsRevoked() throws Exception {
    String user = TestServices.municipalityWithContact("Token");
    long userId = TestServices.number("SELECT id FROM user_account WHERE username = ?", user);
    try (Browser browser = new Browser(base)) {
      WebDriver driver = browser.driver();
      browser.logIn(user);
      driver.findElement(By.id("session:tokens-link")).click();
      browser.waitFor(By.id("tokens:token-table"));
      assertTrue(
          browser.text(By.id("tokens:token-table")).contains("U hebt nog geen API-sleutels."));

      // Without a name: refused on the form, nothing made.
      driver.findElement(By.id("tokens:create")).click();
      browser.waitForText(By.id("tokens:messages"), "Geef de sleutel een naam");
      assertEquals(0, tokens(userId));

      driver.findElement(By.id("tokens:name")).sendKeys("Rapportagescript <b>x</b>");
      browser.choose("tokens:days_input", "30");
      driver.findElement(By.id("tokens:create")).click();
      browser.waitFor(By.id("new-token"));
      String token = driver.findElement(By.id("new-token")).getAttribute("value");
      assertTrue(token.matches("crt_[A-Za-z0-9_-]{43}"), token);
      assertTrue(browser.text(By.id("tokens:messages")).contains("is gemaakt"));
      String table = browser.text(By.id("tokens:token-table"));
      assertTrue(
          table.contains("Rapportagescript <b>x</b>"), "the name is shown as text: " + table);
      assertTrue(table.contains(token.substring(0, 12)), table);
      assertFalse(table.contains(token.substring(12)), "the table never shows the whole token");
      Accessibility.check(driver, "tokens-new");
      assertEquals(1, tokens(userId));
      assertEquals(
          30,
          TestServices.number(
              "SELECT DATEDIFF(expires_at, created_at) FROM api_token WHERE user_id = ?", userId));
      assertEquals(
          ApiTokens.hash(token),
          TestServices.string("SELECT token_hash FROM api_token WHERE user_id = ?", userId),
          "only the hash is kept");

      HttpResponse<String> me = bearer(token, "api/me");
      assertEquals(200, me.statusCode(), me.body());
      assertEquals(user, ApiClient.object(me).getString("username"));
      assertEquals(
          1,
          TestServices.number(
              "SELECT COUNT(*) FROM api_token WHERE user_id = ? AND last_used_at IS NOT NULL",
              userId));
      // The token acts with its owner's rights only: another municipality's data stays hidden.
      long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
      HttpResponse<String> other = bearer(token, "api/municipalities/" + aalst + "/timeline");
      assertTrue(
          other.statusCode() == 404 || other.statusCode() == 403,
          other.statusCode() + " " + other.body());

      // Shown once: after a reload only its beginning.
      driver.navigate().refresh();
      browser.waitFor(By.id("tokens:token-table"));
      assertTrue(driver.findElements(By.id("new-token")).isEmpty());
      assertFalse(driver.getPageSource().contains(token));

      HttpResponse<String> wrong = bearer("crt_" + "A".repeat(43), "api/me");
      assertEquals(401, wrong.statusCode());
      assertTrue(
          wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
          wrong.headers().map().toString());
      assertTrue(wrong.body().contains("ongeldig, verlopen of ingetrokken"), wrong.body());

      driver.findElement(By.cssSelector("[id$=':revoke']")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .click();
      browser.waitForText(By.id("tokens:messages"), "is ingetrokken");
      assertTrue(
          browser.text(By.id("tokens:token-table")).contains("U hebt nog geen API-sleutels."));
      assertNotNull(
          TestServices.string("SELECT revoked_at FROM api_token WHERE user_id = ?", userId));
      assertEquals(401, bearer(token, "api/me").statusCode(), "a revoked token works no more");
      assertEquals(
          2,
          TestServices.number(
              "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action LIKE 'API_TOKEN_%'",
              user));
    }
  }

  private static long tokens(long userId) {
    return TestServices.number("SELECT COUNT(*) FROM api_token WHERE user_id = ?", userId);
  }

  private HttpResponse<String> bearer(String token, String path) {
    return api.getWithBearer(token, path);
  }
}
