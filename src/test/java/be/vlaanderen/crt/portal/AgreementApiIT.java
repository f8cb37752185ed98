package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 16: the agreement through the API as an integrating system drives it — Brussels dates at
 * midnight, and what the API must offer besides the pages.
 */
class AgreementApiIT extends PortalIT {

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /**
   * At 00:30 in Brussels, UTC is still on the day before: the day's work counts on the Brussels
   * date, and the budget "as of today" and "as of that date" both include it.
   */
  @Test
  void justAfterMidnightInBrusselsTheProgrammeIsAlreadyOnTheNewDay() {
    var api = new ApiClient(base);
    long town =
        TestServices.number(
            "SELECT municipality_id FROM user_account WHERE username = ?",
            TestServices.municipalityWithContact("Middernacht"));
    LocalDate day = LocalDate.now(BRUSSELS);
    String lateEvening = day.minusDays(1).atTime(23, 30).toInstant(ZoneOffset.UTC).toString();
    HttpResponse<String> set =
        api.put("coordinator", "api/admin/clock", "{\"instant\":\"" + lateEvening + "\"}");
    assertEquals(200, set.statusCode(), set.body());
    try {
      JsonObject clock = ApiClient.object(set);
      assertEquals(day.toString(), clock.getString("brusselsDate"), set.body());
      assertTrue(clock.getString("brusselsTime").matches("0[01]:30(:00)?"), set.body());
      assertEquals(403, api.get("analist", "api/admin/clock").statusCode());

      BigDecimal before =
          new BigDecimal(
              ApiClient.object(api.get("coordinator", "api/budget"))
                  .getString("programmeRealised"));
      HttpResponse<String> entry =
          api.postJson(
              "coordinator",
              "api/time-entries",
              "{\"person\":\"Nachtwerker "
                  + System.nanoTime()
                  + "\",\"profile\":\"FA\",\"date\":\""
                  + day
                  + "\",\"days\":0.5,\"activity\":\"FEEDBACK_ROUND\",\"track\":\"BCP\",\"municipalityId\":"
                  + town
                  + "}");
      assertEquals(
          201, entry.statusCode(), "the Brussels date is today, not the future: " + entry.body());
      assertEquals(day.toString(), ApiClient.object(entry).getString("date"));
      BigDecimal amount = new BigDecimal(ApiClient.object(entry).getString("amount"));

      HttpResponse<String> today = api.get("coordinator", "api/budget");
      assertEquals(200, today.statusCode(), today.body());
      assertEquals(day.toString(), ApiClient.object(today).getString("asOf"));
      assertEquals(
          before.add(amount),
          new BigDecimal(ApiClient.object(today).getString("programmeRealised")),
          "the day's work is in today's budget");
      HttpResponse<String> ofTheDay = api.get("steering", "api/budget?date=" + day);
      assertEquals(200, ofTheDay.statusCode(), ofTheDay.body());
      assertEquals(
          before.add(amount),
          new BigDecimal(ApiClient.object(ofTheDay).getString("programmeRealised")));
      HttpResponse<String> tomorrow = api.get("steering", "api/budget?date=" + day.plusDays(1));
      assertEquals(400, tomorrow.statusCode(), tomorrow.body());
      String created = "api/time-entries/" + ApiClient.object(entry).getInt("id");
      HttpResponse<String> stored = api.get("coordinator", created);
      assertEquals(day.toString(), ApiClient.object(stored).getString("date"), stored.body());
      assertEquals(204, api.delete("coordinator", created).statusCode());
    } finally {
      assertEquals(200, api.delete("coordinator", "api/admin/clock").statusCode());
    }
  }

  /** An integrating system plans a wave's workshops and records attendance without the pages. */
  @Test
  void workshopsArePlannedListedAndAttendedThroughTheApi() {
    var api = new ApiClient(base);
    String contact = TestServices.municipalityWithContact("Werkwinkel");
    long town =
        TestServices.number("SELECT municipality_id FROM user_account WHERE username = ?", contact);
    long wave =
        TestServices.number(
            "SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP'");
    String plan =
        "{\"title\":\"Terugblik en aanbevelingen\",\"heldAt\":\"2027-03-18T09:30\","
            + "\"place\":\"Gent, Virginie Lovelinggebouw\",\"validatedByAbb\":true,"
            + "\"validatedOn\":\"2027-03-01\"}";
    HttpResponse<String> saved = api.put("coordinator", "api/waves/" + wave + "/workshops/5", plan);
    assertTrue(saved.statusCode() == 200 || saved.statusCode() == 201, saved.body());
    JsonObject five = ApiClient.object(saved);
    assertEquals(5, five.getInt("number"));
    assertEquals("Gent, Virginie Lovelinggebouw", five.getString("place"));
    assertTrue(five.getBoolean("validatedByAbb"));
    assertEquals("2027-03-01", five.getString("validatedOn"));
    long workshop = five.getJsonNumber("id").longValue();
    HttpResponse<String> again = api.put("coordinator", "api/waves/" + wave + "/workshops/5", plan);
    assertEquals(
        200, again.statusCode(), "planning an existing workshop changes it: " + again.body());

    // Refusals say why and change nothing.
    String[][] refused = {
      {"6", plan, "workshop"},
      {"4", "{\"title\":\"\"}", "titel"},
      {"4", "{\"title\":\"X\",\"heldAt\":\"morgen\"}", "jjjj-mm-dd"},
      {"4", "{\"title\":\"X\",\"validatedByAbb\":true}", "ABB"},
    };
    for (String[] r : refused) {
      HttpResponse<String> no =
          api.put("coordinator", "api/waves/" + wave + "/workshops/" + r[0], r[1]);
      assertEquals(400, no.statusCode(), r[1] + " " + no.body());
      assertTrue(
          ApiClient.object(no).getString("message").toLowerCase().contains(r[2].toLowerCase()),
          no.body());
    }
    assertEquals(403, api.put(contact, "api/waves/" + wave + "/workshops/5", plan).statusCode());
    assertEquals(403, api.put("steering", "api/waves/" + wave + "/workshops/5", plan).statusCode());

    // Everyone who follows the wave lists its workshops with their ids.
    for (String reader : new String[] {"coordinator", "expert", "steering", contact}) {
      HttpResponse<String> list = api.get(reader, "api/waves/" + wave + "/workshops");
      assertEquals(200, list.statusCode(), reader + " " + list.body());
      assertTrue(
          ApiClient.array(list).stream()
              .anyMatch(w -> w.asJsonObject().getJsonNumber("id").longValue() == workshop),
          reader + " " + list.body());
    }

    // Attendance: recorded by the coordinator, read per workshop and per municipality.
    HttpResponse<String> present =
        api.put(
            "coordinator",
            "api/workshops/" + workshop + "/attendance/" + town,
            "{\"present\":true}");
    assertEquals(200, present.statusCode(), present.body());
    assertTrue(ApiClient.object(present).getBoolean("present"));
    assertTrue(
        ApiClient.array(
                api.get("coordinator", "api/workshops/" + workshop + "/attendance?limit=1000"))
            .stream()
            .anyMatch(
                r ->
                    r.asJsonObject().getJsonNumber("municipalityId").longValue() == town
                        && r.asJsonObject().getBoolean("present")));
    for (String reader : new String[] {"coordinator", "steering", contact}) {
      HttpResponse<String> mine = api.get(reader, "api/municipalities/" + town + "/attendance");
      assertEquals(200, mine.statusCode(), reader + " " + mine.body());
      assertTrue(
          ApiClient.array(mine).stream()
              .anyMatch(
                  a ->
                      a.asJsonObject().getJsonNumber("workshopId").longValue() == workshop
                          && a.asJsonObject().getBoolean("present")),
          mine.body());
    }
    assertEquals(404, api.get("aalst", "api/municipalities/" + town + "/attendance").statusCode());
    assertEquals(
        403,
        api.put(contact, "api/workshops/" + workshop + "/attendance/" + town, "{\"present\":true}")
            .statusCode());
    HttpResponse<String> outsider =
        api.put(
            "coordinator",
            "api/workshops/"
                + workshop
                + "/attendance/"
                + TestServices.insert(
                    "INSERT INTO municipality (name, province) VALUES (?, 'LIMBURG')",
                    "Buitenstaander " + System.nanoTime()),
            "{\"present\":true}");
    assertEquals(400, outsider.statusCode(), outsider.body());
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'ATTENDANCE_RECORDED' AND municipality_id = ?",
            town));
    HttpResponse<String> absent =
        api.put(
            "coordinator",
            "api/workshops/" + workshop + "/attendance/" + town,
            "{\"present\":false}");
    assertFalse(ApiClient.object(absent).getBoolean("present"));
  }

  /**
   * The OpenAPI document is valid (a validator finds no error or unresolved reference) and
   * describes every operation well enough to generate a client: a schema for every JSON request
   * body and every JSON answer, and the paging parameters on every list.
   */
  @Test
  void theOpenApiDocumentIsValidAndDescribesEveryOperation() {
    HttpResponse<String> document = new ApiClient(base).get(null, "/openapi");
    assertEquals(200, document.statusCode());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, options);
    List<String> problems =
        new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
    // Payara Micro adds a list of its endpoints at the document's root; generators ignore it.
    problems.remove("attribute endpoints is unexpected");
    OpenAPI api = parsed.getOpenAPI();
    assertTrue(api != null && api.getPaths() != null && api.getPaths().size() > 100, "paths");
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String where = method + " " + path;
                          if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                            problems.add(where + ": no summary");
                          }
                          if (operation.getRequestBody() != null) {
                            Content body = operation.getRequestBody().getContent();
                            if (body == null
                                || body.values().stream().anyMatch(m -> m.getSchema() == null)) {
                              problems.add(where + ": request body without schema");
                            }
                          }
                          if (operation.getResponses() == null
                              || operation.getResponses().isEmpty()) {
                            problems.add(where + ": no responses");
                            return;
                          }
                          operation
                              .getResponses()
                              .forEach(
                                  (status, response) -> {
                                    Content content = response.getContent();
                                    if (content == null) {
                                      return;
                                    }
                                    content.forEach(
                                        (type, media) -> {
                                          if (type.contains("json") && media.getSchema() == null) {
                                            problems.add(
                                                where + " " + status + " " + type + ": no schema");
                                          }
                                        });
                                  });
                          boolean list =
                              method == PathItem.HttpMethod.GET
                                  && operation.getResponses().get("200") != null
                                  && operation.getResponses().get("200").getContent() != null
                                  && operation
                                      .getResponses()
                                      .get("200")
                                      .getContent()
                                      .values()
                                      .stream()
                                      .anyMatch(
                                          m ->
                                              m.getSchema() != null
                                                  && "array".equals(m.getSchema().getType()));
                          if (list
                              && (operation.getParameters() == null
                                  || operation.getParameters().stream()
                                      .noneMatch(p -> "limit".equals(p.getName())))) {
                            problems.add(where + ": a list without limit/offset");
                          }
                        }));
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** Every list pages with limit/offset, says its total and links the next page. */
  @Test
  void everyListPagesWithATotal() {
    var api = new ApiClient(base);
    HttpResponse<String> all = api.get("coordinator", "api/budget/profiles");
    int total = ApiClient.array(all).size();
    assertTrue(total >= 3, all.body());
    assertEquals(String.valueOf(total), all.headers().firstValue("X-Total-Count").orElseThrow());
    HttpResponse<String> first = api.get("coordinator", "api/budget/profiles?limit=2");
    assertEquals(2, ApiClient.array(first).size());
    assertEquals(String.valueOf(total), first.headers().firstValue("X-Total-Count").orElseThrow());
    String next = first.headers().firstValue("Link").orElseThrow();
    assertTrue(next.contains("offset=2") && next.contains("rel=\"next\""), next);
    HttpResponse<String> second = api.get("coordinator", "api/budget/profiles?limit=2&offset=2");
    assertEquals(
        ApiClient.array(all).get(2).asJsonObject().getString("code"),
        ApiClient.array(second).get(0).asJsonObject().getString("code"));
    assertTrue(second.headers().firstValue("Link").orElseThrow().contains("rel=\"prev\""));
    HttpResponse<String> beyond = api.get("coordinator", "api/budget/profiles?offset=500");
    assertEquals(200, beyond.statusCode());
    assertEquals(0, ApiClient.array(beyond).size());
    for (String wrong : new String[] {"limit=0", "limit=1001", "limit=abc", "offset=-1"}) {
      HttpResponse<String> refused = api.get("coordinator", "api/budget/profiles?" + wrong);
      assertEquals(400, refused.statusCode(), wrong + " " + refused.body());
      assertTrue(ApiClient.object(refused).getString("message").contains("limit"), refused.body());
    }
  }

  /**
   * The steering committee moves money between budget lines: the coordinator records it through the
   * API and the page; reports from its date use the new split, reports made before it was recorded
   * do not change, and a line can never go below zero.
   */
  @Test
  void theSteeringCommitteeMovesMoneyBetweenBudgetLines() throws Exception {
    var api = new ApiClient(base);
    LocalDate today = LocalDate.now(BRUSSELS);
    LocalDate yesterday = today.minusDays(1);
    try {
      JsonObject before = ApiClient.object(api.get("coordinator", "api/budget"));
      BigDecimal bcp = envelope(before, "BCP");
      BigDecimal acm = envelope(before, "ACM_IDM");
      BigDecimal reserve = new BigDecimal(before.getString("reserve"));
      assertEquals(
          new BigDecimal(before.getString("programmeEnvelope")), bcp.add(acm).add(reserve));

      HttpResponse<String> moved =
          api.postJson(
              "coordinator",
              "api/budget/shifts",
              "{\"from\":\"BCP\",\"to\":\"ACM_IDM\",\"amount\":\"12500.00\",\"validFrom\":\""
                  + yesterday
                  + "\",\"reason\":\"Extra begeleiding groep 3\",\"meeting\":\"Stuurgroep 4\"}");
      assertEquals(201, moved.statusCode(), moved.body());
      JsonObject after = ApiClient.object(api.get("steering", "api/budget"));
      assertEquals(bcp.subtract(new BigDecimal("12500.00")), envelope(after, "BCP"));
      assertEquals(acm.add(new BigDecimal("12500.00")), envelope(after, "ACM_IDM"));
      assertEquals(reserve, new BigDecimal(after.getString("reserve")));
      assertEquals(before.getString("programmeEnvelope"), after.getString("programmeEnvelope"));
      // Yesterday's report was made before the decision was recorded: it stays as it was.
      JsonObject asKnown = ApiClient.object(api.get("steering", "api/budget?date=" + yesterday));
      assertEquals(bcp, envelope(asKnown, "BCP"));

      String[][] refused = {
        {
          "{\"from\":\"RESERVE\",\"to\":\"BCP\",\"amount\":\""
              + reserve.add(new BigDecimal("0.01"))
              + "\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\",\"meeting\":\"m\"}",
          "reserve"
        },
        {
          "{\"from\":\"BCP\",\"to\":\"BCP\",\"amount\":\"1\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\",\"meeting\":\"m\"}",
          "verschillende"
        },
        {
          "{\"from\":\"BCP\",\"to\":\"ACM_IDM\",\"amount\":\"0\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\",\"meeting\":\"m\"}",
          "bedrag"
        },
        {
          "{\"from\":\"BCP\",\"to\":\"ACM_IDM\",\"amount\":\"1.005\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\",\"meeting\":\"m\"}",
          "bedrag"
        },
        {
          "{\"from\":\"BCP\",\"to\":\"ACM_IDM\",\"amount\":\"1\",\"validFrom\":\""
              + today
              + "\",\"meeting\":\"m\"}",
          "reden"
        },
        {
          "{\"from\":\"BCP\",\"to\":\"ACM_IDM\",\"amount\":\"1\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\"}",
          "vergadering"
        },
        {
          "{\"from\":\"KAS\",\"to\":\"ACM_IDM\",\"amount\":\"1\",\"validFrom\":\""
              + today
              + "\",\"reason\":\"r\",\"meeting\":\"m\"}",
          "budgetlijn"
        },
      };
      long shifts = TestServices.number("SELECT COUNT(*) FROM budget_shift");
      for (String[] r : refused) {
        HttpResponse<String> no = api.postJson("coordinator", "api/budget/shifts", r[0]);
        assertEquals(400, no.statusCode(), r[0] + " " + no.body());
        assertTrue(
            ApiClient.object(no).getString("message").toLowerCase().contains(r[1]), no.body());
      }
      assertEquals(
          403,
          api.postJson(
                  "steering",
                  "api/budget/shifts",
                  refused[1][0].replace("\"BCP\",\"amount", "\"ACM_IDM\",\"amount"))
              .statusCode());
      assertEquals(403, api.get("analist", "api/budget/shifts").statusCode());
      assertEquals(shifts, TestServices.number("SELECT COUNT(*) FROM budget_shift"));
      assertTrue(api.get("steering", "api/budget/shifts").body().contains("Stuurgroep 4"));

      // The coordinator records a decision on the steering page.
      try (Browser browser = new Browser(base)) {
        browser.logIn("coordinator");
        browser.open("steering/index.xhtml");
        browser.waitFor(By.id("split:shift-record"));
        browser.choose("split:shift-from_input", "RESERVE");
        browser.choose("split:shift-to_input", "BCP");
        var amount = browser.driver().findElement(By.id("split:shift-amount_input"));
        amount.sendKeys("1000");
        browser.driver().findElement(By.id("split:shift-reason")).sendKeys("Vertaling toolkit");
        browser.driver().findElement(By.id("split:shift-meeting")).sendKeys("Stuurgroep 5, punt 2");
        browser.driver().findElement(By.id("split:shift-record")).click();
        browser.waitForText(
            By.id("messages"), "verschoven van Niet toegewezen (reserve) naar BCP-traject");
        browser.waitForText(By.id("split:shifts"), "Stuurgroep 5, punt 2");
        browser.waitForText(By.id("reserve"), "2.000,00");
        browser.screenshot("40-steering-budget-split");
        browser.logOut();
        browser.logIn("steering");
        browser.open("steering/index.xhtml");
        browser.waitForText(By.id("split:shifts"), "Vertaling toolkit");
        assertTrue(
            browser.driver().findElements(By.id("split:shift-record")).isEmpty(),
            "steering reads only");
        browser.screenshot("41-steering-budget-split-read-only");
      }
      JsonObject last = ApiClient.object(api.get("steering", "api/budget"));
      assertEquals(
          reserve.subtract(new BigDecimal("1000.00")), new BigDecimal(last.getString("reserve")));
    } finally {
      // Other tests check the agreement's split: the decisions of this test are taken back.
      TestServices.execute("DELETE FROM budget_shift");
    }
  }

  private static BigDecimal envelope(JsonObject budget, String track) {
    return budget.getJsonArray("tracks").stream()
        .map(t -> t.asJsonObject())
        .filter(t -> t.getString("track").equals(track))
        .map(t -> new BigDecimal(t.getString("envelope")))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Workshop 5: the questionnaire opens on the workshop's day; participants rate the workshops, say
   * what helped and what was missing, and confirm or comment on the approved lessons; the
   * coordinator reads every answer, the steering committee the answers without names.
   */
  @Test
  void workshopFiveCapturesTheParticipantsFeedbackAndTheirSayOnTheLessons() throws Exception {
    var api = new ApiClient(base);
    long wave =
        TestServices.number(
            "SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP'");
    LocalDate today = LocalDate.now(BRUSSELS);
    String five = "api/waves/" + wave + "/workshops/5";
    String plan =
        "{\"title\":\"Lessen en evaluatie van het traject\",\"place\":\"Brussel\",\"heldAt\":\"";
    assertEquals(
        200, api.put("coordinator", five, plan + today.plusDays(10) + "T09:30\"}").statusCode());
    HttpResponse<String> early =
        api.put(
            "aalst",
            "api/waves/" + wave + "/feedback/mine",
            "{\"ratings\":[4,4,5,null,null],\"helped\":\"x\"}");
    assertEquals(400, early.statusCode(), early.body());
    assertTrue(ApiClient.object(early).getString("message").contains("workshop 5"), early.body());
    assertEquals(
        404,
        api.get("aalst", "api/lesson-reviews").statusCode(),
        "lessons waiting for publication are for participants whose workshop 5 has come");
    assertEquals(
        200, api.put("coordinator", five, plan + today.minusDays(1) + "T09:30\"}").statusCode());

    HttpResponse<String> draft =
        api.postJson(
            "expert",
            "api/lessons",
            "{\"title\":\"Test het noodnummer elk kwartaal\",\"summary\":\"Een noodnummer dat niemand"
                + " test, werkt niet op de dag dat het moet.\",\"body\":\"Bel het nummer elk kwartaal vanaf"
                + " een extern toestel en noteer wie opnam.\",\"themes\":[\"crisis-communication\"]}");
    assertEquals(201, draft.statusCode(), draft.body());
    long lesson = ApiClient.object(draft).getJsonNumber("id").longValue();
    HttpResponse<String> approved =
        api.postJson(
            "coordinator", "api/lessons/" + lesson + "/status", "{\"status\":\"APPROVED\"}");
    assertEquals(200, approved.statusCode(), approved.body());

    try (Browser browser = new Browser(base)) {
      var d = browser.driver();
      browser.logIn("aalst");
      browser.open("programme/timeline.xhtml");
      d.findElement(By.cssSelector("a[id$='feedback-link']")).click();
      browser.waitFor(By.id("feedback:save"));
      // Four stars for workshop 1, five for workshop 2; the others stay unrated.
      d.findElements(By.cssSelector("[id='feedback:rating1'] .ui-rating-star a")).get(3).click();
      d.findElements(By.cssSelector("[id='feedback:rating2'] .ui-rating-star a")).get(4).click();
      d.findElement(By.id("feedback:helped"))
          .sendKeys("De oefening met het BIA-sjabloon op workshop 2.");
      d.findElement(By.id("feedback:missing"))
          .sendKeys("Meer tijd voor vragen over de ICT-leverancier.");
      d.findElement(By.id("feedback:recommendations"))
          .sendKeys("Nodig de ICT-leverancier uit op workshop 3.");
      d.findElement(By.id("feedback:save")).click();
      browser.waitForText(By.id("messages"), "Uw feedback is bewaard");
      browser.waitFor(By.id("lesson-" + lesson));
      d.findElement(By.cssSelector("#lesson-" + lesson + " button[id$='confirm']")).click();
      browser.waitForText(By.id("messages"), "U hebt de les bevestigd");
      browser.waitForText(By.id("lesson-" + lesson), "U hebt deze les bevestigd");
      browser.screenshot("42-workshop5-feedback-municipality");
      browser.logOut();

      browser.logIn("brugge");
      browser.open("programme/feedback.xhtml?wave=" + wave);
      browser.waitFor(By.id("lesson-" + lesson));
      d.findElement(By.cssSelector("#lesson-" + lesson + " button[id$='send-comment']")).click();
      browser.waitForText(By.id("messages"), "Schrijf eerst wat er anders moet");
      d.findElement(By.cssSelector("#lesson-" + lesson + " textarea"))
          .sendKeys("Zeg ook wie het nummer beheert als de dienst gesloten is.");
      d.findElement(By.cssSelector("#lesson-" + lesson + " button[id$='send-comment']")).click();
      browser.waitForText(By.id("messages"), "Uw opmerking is bewaard");
      browser.logOut();

      browser.logIn("coordinator");
      browser.open("programme/feedback.xhtml?wave=" + wave);
      browser.waitFor(By.id("response-count"));
      assertTrue(
          browser.text(By.id("response-count")).contains("1 van"),
          browser.text(By.id("response-count")));
      String answers = browser.text(By.id("answers"));
      assertTrue(answers.contains("Aalst") && answers.contains("BIA-sjabloon"), answers);
      String ratings = browser.text(By.id("ratings"));
      assertTrue(ratings.contains("4") && ratings.contains("5"), ratings);
      String said = browser.text(By.id("lesson-responses"));
      assertTrue(
          said.contains("Door 1 gemeente bevestigd, 1 opmerking") && said.contains("Brugge"), said);
      browser.screenshot("43-workshop5-feedback-results");
      browser.logOut();

      browser.logIn("steering");
      browser.open("steering/index.xhtml");
      d.findElement(By.cssSelector("a[id$='feedback-link']")).click();
      browser.waitFor(By.id("answers"));
      String anonymous = browser.text(By.id("answers"));
      assertTrue(anonymous.contains("BIA-sjabloon") && !anonymous.contains("Aalst"), anonymous);
      assertFalse(browser.text(By.id("lesson-responses")).contains("Brugge"));
      browser.screenshot("44-workshop5-feedback-steering");
    }
    HttpResponse<String> results = api.get("coordinator", "api/waves/" + wave + "/feedback");
    JsonObject r = ApiClient.object(results);
    assertEquals(1, r.getInt("responded"));
    assertEquals(
        "4.00",
        r.getJsonArray("ratings")
            .getJsonObject(0)
            .getJsonNumber("average")
            .bigDecimalValue()
            .toPlainString());
    assertEquals(403, api.get("aalst", "api/waves/" + wave + "/feedback").statusCode());
    assertEquals(
        403,
        api.put("coordinator", "api/waves/" + wave + "/feedback/mine", "{\"helped\":\"x\"}")
            .statusCode());
    HttpResponse<String> empty =
        api.put(
            "brugge",
            "api/waves/" + wave + "/feedback/mine",
            "{\"ratings\":[null,null,null,null,null]}");
    assertEquals(400, empty.statusCode(), empty.body());
    HttpResponse<String> six =
        api.put("brugge", "api/waves/" + wave + "/feedback/mine", "{\"ratings\":[6]}");
    assertEquals(400, six.statusCode(), six.body());
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM lesson_response WHERE lesson_id = ? AND verdict = 'CONFIRMED'",
            lesson));
    assertEquals(200, api.get("aalst", "api/lesson-reviews").statusCode());
    // The steering committee reads the answers without names, and no municipality's trail
    // (which it can read) says who answered when.
    HttpResponse<String> forSteering = api.get("steering", "api/waves/" + wave + "/feedback");
    assertFalse(forSteering.body().contains("Aalst"), forSteering.body());
    assertFalse(forSteering.body().contains("submittedAt"), forSteering.body());
    assertEquals(
        0,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action IN ('WORKSHOP_FEEDBACK_GIVEN',"
                + " 'LESSON_RESPONDED') AND municipality_id IS NOT NULL"));
  }
}
