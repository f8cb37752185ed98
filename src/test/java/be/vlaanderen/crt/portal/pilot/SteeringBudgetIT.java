package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Time and money for the steering committee on Payara Micro and MariaDB: the budget plan of the
 * agreement, time entries with their validation, reports for a past date, the co-financing of the
 * selected municipalities, the monthly lock and the steering dashboard with its PDF. The tests run
 * in order because the report and the lock work on the entries of the first test; the selected
 * municipalities come from {@link PilotFixture}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SteeringBudgetIT extends PortalIT {

  /** The programme's dates are Brussels dates (the steering tests run also near midnight). */
  private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

  static final Map<Long, String> SELECTED = PilotFixture.SELECTED;

  @BeforeEach
  void selection() {
    PilotFixture.select(base);
  }

  /**
   * The month this class approves and closes stays out of the other classes' way: their time
   * entries (for today and the days before) must not meet a closed month.
   */
  @AfterAll
  static void lift() {
    TestServices.execute("DELETE FROM time_lock");
  }

  private List<Long> groupOne() {
    return PilotFixture.groupOne(api);
  }

  static String entry(
      String profile, LocalDate date, String days, String activity, String track, String scope) {
    return "{\"profile\":\""
        + profile
        + "\",\"date\":\""
        + date
        + "\",\"days\":"
        + days
        + ",\"activity\":\""
        + activity
        + "\",\"track\":\""
        + track
        + "\""
        + scope
        + "}";
  }

  @Test
  @Order(7)
  void theBudgetPlanReproducesTheAgreementAndTimeEntriesAreValidated() {
    HttpResponse<String> budget = api.get("steering", "api/budget");
    assertEquals(200, budget.statusCode(), budget.body());
    JsonObject b = ApiClient.object(budget);
    assertEquals("640000.00", b.getString("programmeEnvelope"));
    assertEquals("636687.00", b.getString("programmePlanned"));
    Map<String, String> plan = new HashMap<>();
    for (JsonValue l : b.getJsonArray("plan")) {
      plan.put(
          l.asJsonObject().getString("label").substring(0, 12),
          l.asJsonObject().getString("amount"));
    }
    assertTrue(plan.containsValue("47916.00"), plan.toString());
    assertTrue(plan.containsValue("288771.00"), plan.toString());
    assertTrue(plan.containsValue("300000.00"), plan.toString());
    JsonObject acm =
        b.getJsonArray("tracks").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("track").equals("ACM_IDM"))
            .findFirst()
            .orElseThrow();
    assertEquals("336687.00", acm.getString("planned"));
    assertEquals("337000.00", acm.getString("envelope"));
    assertEquals(403, api.get("analist", "api/budget").statusCode());
    assertEquals(403, api.get(SELECTED.values().iterator().next(), "api/budget").statusCode());

    long town = groupOne().get(0);
    LocalDate day = LocalDate.now(BRUSSELS).minusDays(3);
    String scope = ",\"municipalityId\":" + town;
    long before = TestServices.number("SELECT COUNT(*) FROM time_entry");
    // Refusals: each with its message, nothing stored.
    String[][] refused = {
      {
        entry("FA", LocalDate.now(BRUSSELS).plusDays(1), "1", "TESTING", "ACM_IDM", scope),
        "toekomst"
      },
      {entry("FA", day, "0.3", "TESTING", "ACM_IDM", scope), "halve dag"},
      {entry("FA", day, "1.5", "TESTING", "ACM_IDM", scope), "halve dag"},
      {entry("FA", day, "1", "WORKSHOP", "ACM_IDM", scope), "hoort niet bij dit traject"},
      {entry("FA", day, "1", "TESTING", "ACM_IDM", ""), "groep of een gemeente"},
      {entry("FA", day, "1", "WORKSHOP", "BCP", ",\"group\":1"), "pilotgroepen"},
      {
        entry(
            "FA",
            day,
            "1",
            "TESTING",
            "ACM_IDM",
            ",\"municipalityId\":"
                + TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'")),
        "niet deel aan de pilot"
      },
      {entry("NOPE", day, "1", "TESTING", "ACM_IDM", scope), "geen dagtarief"},
    };
    for (String[] r : refused) {
      HttpResponse<String> response = api.postJson("analist", "api/time-entries", r[0]);
      assertEquals(400, response.statusCode(), r[0] + " " + response.body());
      assertTrue(ApiClient.object(response).getString("message").contains(r[1]), response.body());
    }
    assertEquals(before, TestServices.number("SELECT COUNT(*) FROM time_entry"));

    HttpResponse<String> ok =
        api.postJson(
            "analist", "api/time-entries", entry("FA", day, "0.5", "TESTING", "ACM_IDM", scope));
    assertEquals(201, ok.statusCode(), ok.body());
    assertEquals("481.29", ApiClient.object(ok).getString("amount"));
    assertEquals(
        "analist", ApiClient.object(ok).getString("person"), "a reviewer logs for himself");
    HttpResponse<String> half =
        api.postJson(
            "analist",
            "api/time-entries",
            entry("FA", day, "0.5", "INTEGRATION_SUPPORT", "ACM_IDM", scope));
    assertEquals(201, half.statusCode(), half.body());
    HttpResponse<String> tooMuch =
        api.postJson(
            "analist", "api/time-entries", entry("BA_PM", day, "0.5", "INTAKE", "ACM_IDM", scope));
    assertEquals(400, tooMuch.statusCode());
    assertTrue(
        ApiClient.object(tooMuch).getString("message").contains("meer dan 1 dag"), tooMuch.body());

    // Steering is read-only everywhere.
    assertEquals(
        403,
        api.postJson(
                "steering",
                "api/time-entries",
                entry("FA", day, "0.5", "TESTING", "ACM_IDM", scope))
            .statusCode());
    assertEquals(
        403,
        api.delete("steering", "api/time-entries/" + ApiClient.object(ok).getInt("id"))
            .statusCode());
    assertEquals(
        403,
        api.put("steering", "api/time-locks/" + java.time.YearMonth.from(day), "").statusCode());
    assertEquals(
        403,
        api.postJson(
                "steering",
                "api/profiles/FA/rates",
                "{\"validFrom\":\""
                    + LocalDate.now(BRUSSELS).plusDays(10)
                    + "\",\"dayRate\":\"1.00\"}")
            .statusCode());
    assertEquals(
        200,
        api.get("steering", "api/time-entries?month=" + java.time.YearMonth.from(day))
            .statusCode());
    assertEquals(403, api.get(SELECTED.get(town), "api/time-entries").statusCode());

    // A rate change applies from a future date only; past entries keep their rate.
    assertEquals(
        400,
        api.postJson(
                "coordinator",
                "api/profiles/FA/rates",
                "{\"validFrom\":\"" + day + "\",\"dayRate\":\"990.00\"}")
            .statusCode());
    assertEquals(
        400,
        api.postJson(
                "coordinator",
                "api/profiles/FA/rates",
                "{\"validFrom\":\""
                    + LocalDate.now(BRUSSELS).plusDays(30)
                    + "\",\"dayRate\":\"990.001\"}")
            .statusCode());
    assertEquals(
        201,
        api.postJson(
                "coordinator",
                "api/profiles/FA/rates",
                "{\"validFrom\":\""
                    + LocalDate.now(BRUSSELS).plusDays(30)
                    + "\",\"dayRate\":\"990.00\"}")
            .statusCode());
    JsonArray month =
        ApiClient.array(
            api.get("analist", "api/time-entries?month=" + java.time.YearMonth.from(day)));
    assertTrue(
        month.stream().allMatch(e -> e.asJsonObject().getString("amount").equals("481.29")),
        month.toString());
    JsonObject fa =
        ApiClient.array(api.get("steering", "api/budget/profiles")).stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("code").equals("FA"))
            .findFirst()
            .orElseThrow();
    assertEquals("962.57", fa.getString("current"));
    assertEquals(2, fa.getJsonArray("rates").size());
  }

  @Test
  @Order(8)
  void aReportForAPastDateStaysTheSameAndCoFinancingIsTwentyPercent() {
    int group1 =
        ApiClient.array(api.get("coordinator", "api/pilot/groups"))
            .getJsonObject(0)
            .getInt("number");
    LocalDate day = LocalDate.now(BRUSSELS).minusDays(2);
    // Group-level work is split over the group's six members to the cent.
    HttpResponse<String> groupWork =
        api.postJson(
            "coordinator",
            "api/time-entries",
            "{\"person\":\"Extern bureau\",\"profile\":\"BA_PM\",\"date\":\""
                + day
                + "\",\"days\":1,\"activity\":\"INTAKE\",\"track\":\"ACM_IDM\",\"group\":"
                + group1
                + "}");
    assertEquals(201, groupWork.statusCode(), groupWork.body());
    assertEquals("Extern bureau", ApiClient.object(groupWork).getString("person"));

    // These entries were made days ago (as they would have been in real life): a report for
    // yesterday sees them as known at its end.
    TestServices.execute("UPDATE time_entry SET created_at = DATE_SUB(NOW(3), INTERVAL 5 DAY)");
    LocalDate yesterday = LocalDate.now(BRUSSELS).minusDays(1);
    String report = api.get("steering", "api/steering/report?date=" + yesterday).body();
    JsonObject r = ApiClient.object(api.get("steering", "api/steering/report?date=" + yesterday));
    JsonObject co = r.getJsonObject("coFinancing");
    BigDecimal attributed = new BigDecimal(co.getString("attributed"));
    BigDecimal shares = BigDecimal.ZERO;
    BigDecimal groupShares = BigDecimal.ZERO;
    List<Long> members = groupOne();
    for (JsonValue v : co.getJsonArray("shares")) {
      JsonObject share = v.asJsonObject();
      shares = shares.add(new BigDecimal(share.getString("share")));
      if (members.contains((long) share.getInt("municipalityId"))) {
        groupShares = groupShares.add(new BigDecimal(share.getString("attributed")));
      }
    }
    // 958.32 over six members, plus the FA day of test 7 (481.29 + 481.29 exact 962.57) on the
    // first.
    assertEquals(
        0,
        groupShares.compareTo(new BigDecimal("958.32").add(new BigDecimal("962.57"))),
        groupShares.toString());
    BigDecimal expected = attributed.multiply(new BigDecimal("0.20"));
    assertTrue(
        shares
                .subtract(expected)
                .abs()
                .compareTo(
                    new BigDecimal("0.005")
                        .multiply(BigDecimal.valueOf(co.getJsonArray("shares").size())))
            <= 0,
        shares + " vs " + expected);
    // Invoice-ready: the total is the sum of the lines.
    assertEquals(0, new BigDecimal(co.getString("share")).compareTo(shares));

    // Later entries for earlier dates, and deletions, do not change the report of a past date.
    HttpResponse<String> late =
        api.postJson(
            "coordinator",
            "api/time-entries",
            "{\"person\":\"Laatkomer\",\"profile\":\"EXT_B\",\"date\":\""
                + day.minusDays(1)
                + "\",\"days\":1,\"activity\":\"WORKSHOP\",\"track\":\"BCP\"}");
    assertEquals(201, late.statusCode(), late.body());
    assertEquals(
        204,
        api.delete("coordinator", "api/time-entries/" + ApiClient.object(groupWork).getInt("id"))
            .statusCode());
    assertEquals(report, api.get("steering", "api/steering/report?date=" + yesterday).body());
    JsonObject today = ApiClient.object(api.get("steering", "api/budget"));
    JsonObject bcp =
        today.getJsonArray("tracks").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("track").equals("BCP"))
            .findFirst()
            .orElseThrow();
    assertEquals("1068.05", bcp.getString("realised"));

    // An approved month is locked.
    String monthOfLate = java.time.YearMonth.from(day.minusDays(1)).toString();
    assertEquals(204, api.put("coordinator", "api/time-locks/" + monthOfLate, "").statusCode());
    assertEquals(
        409,
        api.delete("coordinator", "api/time-entries/" + ApiClient.object(late).getInt("id"))
            .statusCode());
    HttpResponse<String> inLocked =
        api.postJson(
            "coordinator",
            "api/time-entries",
            "{\"person\":\"Laatkomer\",\"profile\":\"EXT_B\",\"date\":\""
                + day.minusDays(1)
                + "\",\"days\":0.5,\"activity\":\"WORKSHOP\",\"track\":\"BCP\"}");
    assertEquals(409, inLocked.statusCode());
    assertTrue(
        ApiClient.object(inLocked).getString("message").contains("afgesloten"), inLocked.body());
    assertEquals(409, api.put("coordinator", "api/time-locks/" + monthOfLate, "").statusCode());
    // Approving a month closes the months before it as well.
    LocalDate earlier = java.time.YearMonth.parse(monthOfLate).atDay(1).minusDays(1);
    HttpResponse<String> beforeLock =
        api.postJson(
            "analist",
            "api/time-entries",
            entry(
                "FA",
                earlier,
                "0.5",
                "TESTING",
                "ACM_IDM",
                ",\"municipalityId\":" + members.get(1)));
    assertTrue(beforeLock.statusCode() == 409 || beforeLock.statusCode() == 400, beforeLock.body());
    // External profiles are booked by the coordinator, not by an analyst for himself.
    HttpResponse<String> external =
        api.postJson(
            "analist",
            "api/time-entries",
            entry("EXT_D", LocalDate.now(BRUSSELS), "1", "WORKSHOP", "BCP", ""));
    assertEquals(400, external.statusCode());
    assertTrue(
        ApiClient.object(external).getString("message").contains("intern profiel"),
        external.body());

    // Exports: the PDF and the workbooks carry the same figures.
    HttpResponse<byte[]> xlsx =
        api.getBytes("steering", "api/budget/cofinancing.xlsx?date=" + yesterday);
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      double sum = 0;
      for (int i = 1; i <= co.getJsonArray("shares").size(); i++) {
        sum += sheet.getRow(i).getCell(3).getNumericCellValue();
      }
      assertEquals(shares.doubleValue(), sum, 0.001);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(
        403, api.getBytes(SELECTED.get(members.get(0)), "api/steering/report/pdf").statusCode());
    assertEquals(
        400,
        api.get("steering", "api/steering/report?date=" + LocalDate.now(BRUSSELS).plusDays(3))
            .statusCode());
  }

  @Test
  @Order(9)
  void theSteeringCommitteeOpensItsDashboardAndExportsThePdf() throws IOException {
    try (Browser browser = new Browser(base)) {
      WebDriver d = browser.driver();
      browser.logIn("steering");
      browser.open("steering/index.xhtml");
      browser.waitFor(By.cssSelector("#burn-up canvas"));
      assertTrue(
          browser.text(By.id("programme-planned")).contains("636.687,00"),
          browser.text(By.id("programme-planned")));
      assertEquals(2, d.findElements(By.cssSelector("canvas")).size());
      assertTrue(
          browser.text(By.id("plan")).contains("47.916,00")
              && browser.text(By.id("plan")).contains("288.771,00"));
      assertTrue(
          d.findElements(By.id("nav-time")).isEmpty(),
          "no time registration for the steering committee");
      browser.screenshot("31-steering-dashboard");
      String href = d.findElement(By.id("export-pdf")).getAttribute("href");
      // Download as the browser does (with its session), then render page 1 to look at it.
      String base64 =
          (String)
              ((org.openqa.selenium.JavascriptExecutor) d)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                          + " let s = ''; const a = new Uint8Array(b);"
                          + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                          + " done(btoa(s)); });",
                      href);
      byte[] pdf = java.util.Base64.getDecoder().decode(base64);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        assertTrue(text.contains("Stuurgroeprapport"), text);
        assertTrue(text.contains("636.687,00"), text);
        java.awt.image.BufferedImage page =
            new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110);
        javax.imageio.ImageIO.write(
            page, "png", Browser.SCREENSHOTS.resolve("32-steering-report-page1.png").toFile());
      }
      browser.open("steering/time.xhtml");
      browser.screenshot("33-steering-time-readonly");
      assertTrue(d.findElements(By.id("entry:add")).isEmpty(), "the steering committee reads only");
      browser.open("pilot/dossiers.xhtml");
      assertTrue(
          d.findElements(By.id("new-dossier")).isEmpty(),
          "no new dossiers for the steering committee");
      assertTrue(
          d.findElements(By.cssSelector("a.dossier-link")).isEmpty(),
          "dossiers are listed, not opened");
      browser.open("pilot/register.xhtml");
      assertTrue(
          d.findElements(By.id("new-item:raise")).isEmpty(),
          "no register items for the steering committee");
      browser.logOut();

      browser.logIn("analist");
      browser.open("steering/time.xhtml");
      browser.waitFor(By.id("entry:add"));
      // Half a day, registered from the page (it used to end in "Validation Error: Value is not
      // valid" for the days, with nothing stored).
      String note = "browser-half-day " + java.util.UUID.randomUUID().toString().substring(0, 8);
      long before = TestServices.number("SELECT COUNT(*) FROM time_entry");
      // The report test of this class approves and closes a recent month (and so every month
      // before it); lifted for this step, as it is for the other classes when this one ends.
      TestServices.execute("DELETE FROM time_lock");
      // With the keyboard: the half day's radio button takes Space, the button takes Enter.
      d.findElements(By.cssSelector("[id='entry:days'] input[type=radio]"))
          .get(0)
          .sendKeys(org.openqa.selenium.Keys.SPACE);
      browser.choose(
          "entry:municipality",
          Long.toString(TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'")));
      d.findElement(By.id("entry:note")).sendKeys(note);
      d.findElement(By.id("entry:add")).sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitForText(By.id("messages"), "geregistreerd");
      assertFalse(browser.text(By.id("messages")).contains("Validation"));
      assertTrue(
          browser.text(By.id("messages")).contains("0,5 dag op"),
          "Dutch numbers and dates in the confirmation: " + browser.text(By.id("messages")));
      assertEquals(before + 1, TestServices.number("SELECT COUNT(*) FROM time_entry"));
      assertEquals(
          0,
          new java.math.BigDecimal("0.5")
              .compareTo(
                  new java.math.BigDecimal(
                      TestServices.string("SELECT days FROM time_entry WHERE note = ?", note))));
      // The default of one day is accepted too.
      d.findElement(By.id("entry:note")).sendKeys(note + "-1");
      d.findElement(By.id("entry:add")).click();
      browser.waitUntil(dr -> TestServices.number("SELECT COUNT(*) FROM time_entry") == before + 2);
      browser.screenshot("34-time-registration");
    }
  }
}
