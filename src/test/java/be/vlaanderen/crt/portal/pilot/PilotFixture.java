package be.vlaanderen.crt.portal.pilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pilot's one selection, made once per test run by whichever test class needs it first: 40
 * municipalities sign up (with the refusals checked on the way), the coordinator adjusts the
 * proposal with reasons and confirms it into five groups of six, and the analyst takes group 1. The
 * pilot has one selection per database, so the classes that work on the selected municipalities
 * ({@link PilotIT}, {@link SteeringBudgetIT}, {@link PilotSelectionIT}) ask for it here instead of
 * depending on the order in which they run.
 */
final class PilotFixture {

  /**
   * Candidates per province: Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant, West-Vlaanderen.
   */
  static final int[] PER_PROVINCE = {12, 3, 10, 8, 7};

  static final String[] PROVINCES = {
    "ANTWERPEN", "LIMBURG", "OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN"
  };

  /** The selected municipalities: id → contact user name. */
  static final Map<Long, String> SELECTED = new HashMap<>();

  static final String TAG = UUID.randomUUID().toString().substring(0, 6);

  private static boolean attempted;

  private static boolean done;

  private PilotFixture() {}

  /** Makes the selection unless this run already has; fails alike if the first attempt failed. */
  static synchronized void select(URL base) {
    if (done) {
      return;
    }
    if (attempted) {
      throw new IllegalStateException("The pilot selection failed earlier in this run");
    }
    attempted = true;
    ApiClient api = new ApiClient(base);
    // Closed window: nobody can sign up yet.
    setWindow(api, -30, -1);
    List<String> users = new ArrayList<>();
    int n = 0;
    for (int p = 0; p < PROVINCES.length; p++) {
      for (int i = 0; i < PER_PROVINCE[p]; i++) {
        String name = "Pilotgem " + TAG + " " + PROVINCES[p].charAt(0) + i;
        long id =
            TestServices.insert(
                "INSERT INTO municipality (name, province, population) VALUES (?, ?, ?)",
                name,
                PROVINCES[p],
                4_000 + n * 2_500);
        String user = "pilot-" + TAG + "-" + n;
        TestServices.contactUser(user, "Contact " + name, id);
        users.add(user);
        n++;
      }
    }
    HttpResponse<String> closed =
        api.put(users.get(0), "api/pilot/applications/mine", signUp(3, 10_000, false));
    assertEquals(409, closed.statusCode(), closed.body());

    setWindow(api, -1, 30);
    // Refusals change nothing.
    HttpResponse<String> badMaturity =
        api.put(users.get(0), "api/pilot/applications/mine", signUp(7, 10_000, false));
    assertEquals(400, badMaturity.statusCode());
    assertTrue(ApiClient.object(badMaturity).getString("message").contains("1 tot 5"));
    assertEquals(404, api.get(users.get(0), "api/pilot/applications/mine").statusCode());
    assertEquals(
        403,
        api.put("expert", "api/pilot/applications/mine", signUp(3, 10_000, false)).statusCode());

    for (int i = 0; i < users.size(); i++) {
      HttpResponse<String> applied =
          api.put(
              users.get(i),
              "api/pilot/applications/mine",
              signUp(1 + i % 5, 4_000 + i * 2_500, i % 3 == 0));
      assertEquals(200, applied.statusCode(), applied.body());
    }
    assertEquals(403, api.get(users.get(0), "api/pilot/selection/proposal").statusCode());

    HttpResponse<String> first = api.get("coordinator", "api/pilot/selection/proposal");
    assertEquals(200, first.statusCode(), first.body());
    JsonObject proposal = ApiClient.object(first);
    assertTrue(proposal.getBoolean("oversubscribed"));
    assertEquals(30, proposal.getInt("proposed"));
    JsonObject byProvince = proposal.getJsonObject("proposedByProvince");
    assertEquals(3, byProvince.getInt("LIMBURG"));
    for (String p : List.of("ANTWERPEN", "OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN")) {
      assertTrue(byProvince.getInt(p) >= 4, p + " " + byProvince);
    }
    JsonArray rows = proposal.getJsonArray("rows");
    long ours =
        rows.stream().filter(r -> r.asJsonObject().getString("municipality").contains(TAG)).count();
    assertEquals(40, ours);
    for (JsonValue r : rows) {
      assertFalse(r.asJsonObject().getString("reason").isBlank());
    }
    // Deterministic: asked again, the same proposal.
    assertEquals(first.body(), api.get("coordinator", "api/pilot/selection/proposal").body());

    // The coordinator adjusts: one left out, one taken in, each with a reason.
    JsonObject in =
        rows.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getBoolean("proposed"))
            .findFirst()
            .orElseThrow();
    JsonObject out =
        rows.stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> !r.getBoolean("proposed"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        400,
        api.put(
                "coordinator",
                "api/pilot/selection/applications/" + out.getInt("applicationId"),
                "{\"choice\":\"SELECTED\"}")
            .statusCode());
    assertEquals(
        204,
        api.put(
                "coordinator",
                "api/pilot/selection/applications/" + out.getInt("applicationId"),
                "{\"choice\":\"SELECTED\",\"reason\":\"Sterke trekker voor de regio\"}")
            .statusCode());
    HttpResponse<String> tooMany = api.post("coordinator", "api/pilot/selection/confirm");
    assertEquals(400, tooMany.statusCode(), tooMany.body());
    assertTrue(ApiClient.object(tooMany).getString("message").contains("31"));
    assertEquals(
        204,
        api.put(
                "coordinator",
                "api/pilot/selection/applications/" + in.getInt("applicationId"),
                "{\"choice\":\"NOT_SELECTED\",\"reason\":\"Trekt zich terug wegens personeelstekort\"}")
            .statusCode());

    HttpResponse<String> confirmed = api.post("coordinator", "api/pilot/selection/confirm");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals(30, ApiClient.object(confirmed).getInt("selected"));
    assertEquals(5, ApiClient.object(confirmed).getInt("groups"));
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PILOT_SELECTION_CONFIRMED'"));
    assertEquals(
        2,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'PILOT_SELECTION_ADJUSTED'"));
    // Every applicant's contact hears the outcome: 30 selected, 10 not.
    String mails =
        "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE ? AND recipient LIKE 'pilot-"
            + TAG
            + "-%'";
    assertEquals(30, TestServices.number(mails, "pilot-decision:%:in:%"));
    assertEquals(10, TestServices.number(mails, "pilot-decision:%:out"));
    assertEquals("NOT_SELECTED", decision(in.getInt("applicationId")));
    assertEquals("SELECTED", decision(out.getInt("applicationId")));

    JsonArray groups = ApiClient.array(api.get("coordinator", "api/pilot/groups"));
    assertEquals(5, groups.size());
    for (JsonValue g : groups) {
      assertEquals(6, g.asJsonObject().getJsonArray("members").size(), g.toString());
    }
    assertEquals(403, api.get(users.get(0), "api/pilot/groups").statusCode());

    // After the confirmation a sign-up cannot change any more.
    assertEquals(
        409,
        api.put(users.get(1), "api/pilot/applications/mine", signUp(5, 10_000, true)).statusCode());

    for (int i = 0; i < users.size(); i++) {
      JsonObject mine = ApiClient.object(api.get(users.get(i), "api/pilot/applications/mine"));
      if ("SELECTED".equals(mine.getString("decision"))) {
        SELECTED.put((long) mine.getInt("municipalityId"), users.get(i));
        assertFalse(mine.isNull("group"));
      }
    }
    assertEquals(30, SELECTED.size());

    // An intake per group; the analyst takes group 1.
    long group1 = groups.getJsonObject(0).getInt("id");
    HttpResponse<String> intake =
        api.postJson(
            "coordinator",
            "api/pilot/groups/" + group1 + "/meetings",
            "{\"kind\":\"INTAKE\",\"heldAt\":\"2026-12-10T14:00\",\"place\":\"Herman Teirlinckgebouw\",\"participants\":\"CRT, DV\"}");
    assertEquals(201, intake.statusCode(), intake.body());
    HttpResponse<String> analyst =
        api.put(
            "coordinator", "api/pilot/groups/" + group1 + "/analyst", "{\"username\":\"analist\"}");
    assertEquals(200, analyst.statusCode(), analyst.body());
    assertEquals(6, ApiClient.object(analyst).getInt("added"));
    done = true;
  }

  /** Whether this run has made the selection (for the class that checks its outcome). */
  static synchronized boolean done() {
    return done;
  }

  /** The coordinator sets the sign-up window, in days from today. */
  private static void setWindow(ApiClient api, int opens, int closes) {
    HttpResponse<String> set =
        api.put(
            "coordinator",
            "api/pilot/selection/window",
            "{\"opens\":\""
                + LocalDate.now().plusDays(opens)
                + "\",\"closes\":\""
                + LocalDate.now().plusDays(closes)
                + "\"}");
    assertEquals(204, set.statusCode(), set.body());
  }

  static String signUp(int maturity, int population, boolean audit) {
    return "{\"applications\":\"Loketwerking, e-Burgerzaken\",\"population\":"
        + population
        + ",\"maturity\":"
        + maturity
        + ",\"auditCofinanced\":"
        + audit
        + ",\"ethicalHacking\":false,\"contacts\":\"Jan Peeters, ICT-coördinator, jan@example.invalid\"}";
  }

  private static String decision(long applicationId) {
    try (var c = TestServices.database();
        var s = c.prepareStatement("SELECT decision FROM pilot_application WHERE id = ?")) {
      s.setLong(1, applicationId);
      try (var r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The selected municipalities of group 1 (the analyst's), in a stable order. */
  static List<Long> groupOne(ApiClient api) {
    JsonObject g = ApiClient.array(api.get("coordinator", "api/pilot/groups")).getJsonObject(0);
    return g.getJsonArray("members").stream()
        .map(m -> (long) m.asJsonObject().getInt("municipalityId"))
        .toList();
  }
}
