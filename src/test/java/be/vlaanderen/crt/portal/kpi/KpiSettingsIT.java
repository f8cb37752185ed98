package be.vlaanderen.crt.portal.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The steering committee's KPI form validated by the same Bean Validation constraint as {@code POST
 * /api/kpis}: every reason at once on the page, where the user is looking, and nothing stored.
 */
class KpiSettingsIT extends PortalIT {

  @Test
  void theFormGivesEveryReasonAtOnceAndStoresNothing() throws IOException {
    try (Browser browser = new Browser(base)) {
      WebDriver d = browser.driver();
      browser.logIn("steering");
      browser.open("steering/kpis.xhtml");
      browser.waitFor(By.id("kpi-form:kpi-save"));
      long before = TestServices.number("SELECT COUNT(*) FROM kpi_definition");
      // A name of spaces only (the browser's "required" lets it through) and a target of 7 on a
      // satisfaction score, which goes from 1 to 5: two reasons.
      d.findElement(By.id("kpi-form:kpi-name")).sendKeys("   ");
      browser.choose("kpi-form:kpi-measure_input", "SATISFACTION_AFTER");
      d.findElement(By.id("kpi-form:kpi-target_input")).sendKeys("7");
      d.findElement(By.id("kpi-form:kpi-save")).click();
      browser.waitForText(By.id("messages"), "Geef de KPI een naam.");
      String messages = browser.text(By.id("messages"));
      assertTrue(
          messages.contains("De streefwaarde ligt tussen 0 en 5."),
          "both reasons at once: " + messages);
      assertTrue(
          messages.indexOf("Geef de KPI een naam.") < messages.indexOf("De streefwaarde"),
          "in the order of the form: " + messages);
      assertEquals(before, TestServices.number("SELECT COUNT(*) FROM kpi_definition"));
      // The form keeps what was typed, so the user corrects instead of starting over.
      assertEquals(
          "7",
          d.findElement(By.id("kpi-form:kpi-target_input"))
              .getAttribute("value")
              .replaceAll("[,.]0+$", ""));
    }
  }
}
