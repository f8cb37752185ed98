package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The integration dossier's input, validated by one Bean Validation constraint for the page and the
 * API: whoever leaves out the application, its owner and the audiences hears all three at once (not
 * one per attempt), and nothing is stored.
 */
class DossierFormIT extends PortalIT {

  @BeforeEach
  void selection() {
    PilotFixture.select(base);
  }

  @Test
  void theApiGivesEveryReasonAtOnce() {
    long town = PilotFixture.groupOne(api).get(0);
    long before = TestServices.number("SELECT COUNT(*) FROM integration_dossier");
    HttpResponse<String> refused =
        api.postJson(
            "analist",
            "api/pilot/dossiers",
            "{\"municipalityId\":" + town + ",\"protocol\":\"SAML2\",\"expectedUsers\":-5}");
    assertEquals(400, refused.statusCode(), refused.body());
    String message = ApiClient.object(refused).getString("message");
    for (String reason :
        new String[] {
          "Vermeld de toepassing.",
          "Vermeld de toepassingsbeheerder (eigenaar).",
          "Kies minstens één doelgroep.",
          "Het verwachte aantal gebruikers is een geheel getal tussen 0 en 10 miljoen."
        }) {
      assertTrue(message.contains(reason), reason + " in: " + message);
    }
    assertEquals(before, TestServices.number("SELECT COUNT(*) FROM integration_dossier"));
  }

  @Test
  void thePageGivesEveryReasonAtOnceAndKeepsTheForm() throws IOException {
    long town = PilotFixture.groupOne(api).get(1);
    long before = TestServices.number("SELECT COUNT(*) FROM integration_dossier");
    try (Browser browser = new Browser(base)) {
      WebDriver d = browser.driver();
      browser.logIn("analist");
      browser.open("pilot/dossier.xhtml");
      browser.waitFor(By.id("dossier:application"));
      browser.choose("dossier:municipality_input", Long.toString(town));
      // Only the notes: the application, its owner and the audiences are missing.
      d.findElement(By.id("dossier:notes")).sendKeys("Eerste versie, nog aan te vullen");
      d.findElement(By.id("dossier:save")).click();
      browser.waitForText(By.id("messages"), "Vermeld de toepassing.");
      String messages = browser.text(By.id("messages"));
      assertTrue(messages.contains("Vermeld de toepassingsbeheerder (eigenaar)."), messages);
      assertTrue(messages.contains("Kies minstens één doelgroep."), messages);
      assertTrue(
          messages.indexOf("Vermeld de toepassing.")
                  < messages.indexOf("Vermeld de toepassingsbeheerder")
              && messages.indexOf("Vermeld de toepassingsbeheerder")
                  < messages.indexOf("Kies minstens"),
          "in the order of the form: " + messages);
      assertEquals(
          "Eerste versie, nog aan te vullen",
          d.findElement(By.id("dossier:notes")).getAttribute("value"));
    }
    assertEquals(before, TestServices.number("SELECT COUNT(*) FROM integration_dossier"));
  }
}
