package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: the agreement through the API as an integrating system drives it — Brussels dates at
 * midnight, and what the API must offer besides the pages.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementApiIT {

  static {
    TestServices.start();
  }

  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return TestServices.portalWar();
  }

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
              "analist",
              "api/time-entries",
              "{\"profile\":\"FA\",\"date\":\""
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
      HttpResponse<String> month = api.get("analist", "api/time-entries");
      assertTrue(month.body().contains("\"date\":\"" + day + "\""), month.body());
      assertEquals(
          204,
          api.delete("analist", "api/time-entries/" + ApiClient.object(entry).getInt("id"))
              .statusCode());
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
}
