package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole agreement at its real size, through the API only, with eight parallel clients: 50
 * municipalities in two waves (imported, invited, their passwords set from the invitation mail),
 * five workshops per wave with attendance and workshop 5's questionnaire, 150 documents, about 650
 * remarks, replies, new versions with carry-over, 150 feedback rounds released, lessons published
 * and found; 36 pilot applications, 30 selected into 5 groups of 6, 30 dossiers through ACM and IDM
 * on T&amp;I and PRD with their test plans, satisfaction before, during and after; the planned days
 * registered. It then checks the totals the agreement names and that no call answered 5xx.
 *
 * <p>Not part of {@code verify} (it takes minutes and needs a database of its own): run it alone
 * with {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=FullSizeScenarioIT}. The duration, the calls per status and the slowest calls go to
 * {@code target/scenario.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class FullSizeScenarioIT {

  static {
    TestServices.start();
  }

  private static final int CLIENTS = 8;
  private static final String LD = "application/ld+json";
  private static final String[] PROVINCES = {
    "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"
  };
  private static final String[] THEMES = {
    "governance", "bia-method", "mtpd-rto-rpo", "ict-dependencies", "suppliers"
  };
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return TestServices.portalWar();
  }

  /** A municipality of the scenario: its id, the contact's login ("user:password") and wave. */
  record Town(long id, String name, String login, long wave) {}

  private ApiClient api;
  private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  private final List<String> serverErrors = new CopyOnWriteArrayList<>();
  private final List<String> slow = new CopyOnWriteArrayList<>();
  private final AtomicInteger retries = new AtomicInteger();
  private final Map<String, Long> phases = new LinkedHashMap<>();

  /** Every call goes through here: counted by status; a 503 BUSY is retried as a client would. */
  private HttpResponse<String> call(String what, Supplier<HttpResponse<String>> request) {
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      HttpResponse<String> response = request.get();
      long millis = (System.nanoTime() - start) / 1_000_000;
      statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
      if (millis > 2_000) {
        slow.add(what + " " + response.statusCode() + " " + millis + " ms");
      }
      if (response.statusCode() >= 500) {
        serverErrors.add(what + " → " + response.statusCode() + " " + response.body());
        if (response.statusCode() == 503 && attempt < 4) {
          retries.incrementAndGet();
          sleep(2_000);
          continue;
        }
      }
      return response;
    }
  }

  private HttpResponse<String> expect(int status, String what, Supplier<HttpResponse<String>> r) {
    HttpResponse<String> response = call(what, r);
    assertEquals(status, response.statusCode(), what + ": " + response.body());
    return response;
  }

  /**
   * Runs the tasks on eight clients at once and waits for all; the first failure fails the test.
   */
  private <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void phase(String name, long startNanos) {
    phases.put(name, (System.nanoTime() - startNanos) / 1_000_000);
  }

  @Test
  void theWholeAgreementAtFullSizeThroughTheApiWithParallelClients() throws Exception {
    api = new ApiClient(base);
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(BRUSSELS);

    // ---- The programme's structure: two BCP waves with their three assignments and workshops.
    long t = System.nanoTime();
    List<Long> allWaves =
        ApiClient.array(expect(200, "waves", () -> api.get("coordinator", "api/waves"))).stream()
            .map(w -> w.asJsonObject().getJsonNumber("id").longValue())
            .sorted()
            .toList();
    assertTrue(allWaves.size() >= 2, "two BCP waves");
    List<Long> waves = allWaves.subList(0, 2);
    Map<Long, Map<String, Long>> assignments = new LinkedHashMap<>();
    for (long wave : waves) {
      Map<String, Long> byKind = new LinkedHashMap<>();
      for (JsonValue a :
          ApiClient.array(
              expect(
                  200,
                  "assignments",
                  () -> api.get("coordinator", "api/waves/" + wave + "/assignments")))) {
        byKind.put(
            a.asJsonObject().getString("kind"), a.asJsonObject().getJsonNumber("id").longValue());
      }
      for (String kind : List.of("BIA", "BCP", "BCP_UPDATE")) {
        if (!byKind.containsKey(kind)) {
          JsonObject created =
              ApiClient.object(
                  expect(
                      201,
                      "assignment " + kind,
                      () ->
                          api.postJson(
                              "coordinator",
                              "api/waves/" + wave + "/assignments",
                              "{\"kind\":\""
                                  + kind
                                  + "\",\"title\":\""
                                  + kind
                                  + " indienen\",\"description\":\"Volgens het sjabloon.\","
                                  + "\"deadline\":\""
                                  + today.plusMonths(4)
                                  + "T17:00\"}")));
          byKind.put(kind, created.getJsonNumber("id").longValue());
        }
      }
      assignments.put(wave, byKind);
    }
    Map<Long, List<Long>> workshops = new LinkedHashMap<>();
    for (long wave : waves) {
      List<Long> ids = new ArrayList<>();
      for (int n = 1; n <= 5; n++) {
        int number = n;
        HttpResponse<String> planned =
            call(
                "workshop",
                () ->
                    api.put(
                        "coordinator",
                        "api/waves/" + wave + "/workshops/" + number,
                        "{\"title\":\"Workshop "
                            + number
                            + "\",\"heldAt\":\""
                            + today.minusDays(50 - 10L * number)
                            + "T09:30\",\"place\":\"Brussel, Herman Teirlinckgebouw\","
                            + "\"validatedByAbb\":true,\"validatedOn\":\""
                            + today.minusDays(60)
                            + "\"}"));
        assertTrue(planned.statusCode() == 200 || planned.statusCode() == 201, planned.body());
        ids.add(ApiClient.object(planned).getJsonNumber("id").longValue());
      }
      workshops.put(wave, ids);
    }
    phase("structure", t);

    // ---- 50 municipalities: 48 imported with an invited contact, the demo's Aalst and Brugge.
    t = System.nanoTime();
    String tag = Long.toString(System.currentTimeMillis() % 100_000, 36);
    List<Town> towns = new ArrayList<>();
    for (String demo : List.of("aalst", "brugge")) {
      JsonObject me = ApiClient.object(expect(200, "me", () -> api.get(demo, "api/me")));
      towns.add(new Town(me.getJsonNumber("municipalityId").longValue(), demo, demo, waves.get(0)));
    }
    Map<String, Integer> toImport = new LinkedHashMap<>();
    for (long wave : waves) {
      long enrolled = towns.stream().filter(x -> x.wave() == wave).count();
      StringBuilder csv = new StringBuilder("gemeente;provincie;inwoners;contactpersoon;e-mail\n");
      for (int i = 0; i < 25 - enrolled; i++) {
        int n = toImport.size();
        String mail = "scen" + tag + "-" + n + "@example.invalid";
        toImport.put(mail, n);
        csv.append("Scenariogemeente ")
            .append(tag)
            .append('-')
            .append(n)
            .append(';')
            .append(PROVINCES[n % PROVINCES.length])
            .append(';')
            .append(5_000 + 1_000 * n)
            .append(";Contact ")
            .append(n)
            .append(';')
            .append(mail)
            .append('\n');
      }
      JsonObject result =
          ApiClient.object(
                  expect(
                      200,
                      "import",
                      () ->
                          api.uploadTo(
                              "coordinator",
                              "api/admin/municipalities/import?wave=" + wave,
                              "gemeenten.csv",
                              csv.toString().getBytes(StandardCharsets.UTF_8))))
              .getJsonObject("result");
      assertEquals(25 - enrolled, result.getInt("enrolled"), result.toString());
      assertEquals(0, result.getInt("waveFull"), result.toString());
    }
    // Each contact sets a password with the link of the invitation mail.
    Map<String, String> tokens = awaitTokens(toImport.keySet());
    List<Callable<Town>> activations = new ArrayList<>();
    for (Map.Entry<String, Integer> e : toImport.entrySet()) {
      long wave = e.getValue() < 23 ? waves.get(0) : waves.get(1);
      String mail = e.getKey();
      String password = "Scenario-2026-" + e.getValue() + "!";
      activations.add(
          () -> {
            expect(
                200,
                "password",
                () ->
                    api.postJson(
                        null,
                        "api/public/password",
                        "{\"token\":\""
                            + tokens.get(mail)
                            + "\",\"password\":\""
                            + password
                            + "\"}"));
            String login = mail + ":" + password;
            JsonObject me = ApiClient.object(expect(200, "me", () -> api.get(login, "api/me")));
            return new Town(me.getJsonNumber("municipalityId").longValue(), mail, login, wave);
          });
    }
    towns.addAll(parallel(activations));
    assertEquals(50, towns.size());
    phase("municipalities imported, invited, activated", t);

    // ---- Reviewers, attendance, workshop 5's questionnaire.
    t = System.nanoTime();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Town town : towns) {
      String reviewer = town.wave() == waves.get(0) ? "expert" : "analist";
      tasks.add(
          () -> {
            expect(
                204,
                "reviewers",
                () ->
                    api.put(
                        "coordinator",
                        "api/municipalities/" + town.id() + "/reviewers",
                        "{\"reviewers\":[\"" + reviewer + "\"]}"));
            return null;
          });
      for (long workshop : workshops.get(town.wave())) {
        boolean present = (town.id() + workshop) % 7 != 0;
        tasks.add(
            () -> {
              expect(
                  200,
                  "attendance",
                  () ->
                      api.put(
                          "coordinator",
                          "api/workshops/" + workshop + "/attendance/" + town.id(),
                          "{\"present\":" + present + "}"));
              return null;
            });
      }
    }
    parallel(tasks);
    tasks.clear();
    for (Town town : towns) {
      tasks.add(
          () -> {
            expect(
                200,
                "workshop 5 feedback",
                () ->
                    api.put(
                        town.login(),
                        "api/waves/" + town.wave() + "/feedback/mine",
                        "{\"ratings\":[4,5,3,4,5],\"helped\":\"De voorbeelden van andere"
                            + " besturen.\",\"missing\":\"Meer tijd voor oefeningen.\","
                            + "\"recommendations\":\"Een oefening met een echte crisis.\"}"));
            return null;
          });
    }
    parallel(tasks);
    phase("50 reviewer sets, 250 attendances, 50 workshop-5 answers", t);

    // ---- 150 documents, about 650 remarks, releases, replies, new versions.
    t = System.nanoTime();
    Map<String, Long> submissions = new ConcurrentHashMap<>();
    List<Callable<Void>> uploads = new ArrayList<>();
    for (Town town : towns) {
      for (String kind : List.of("BIA", "BCP")) {
        uploads.add(
            () -> {
              submissions.put(town.id() + kind, upload(town, assignments, kind, 1));
              return null;
            });
      }
    }
    parallel(uploads);
    AtomicInteger remarks = new AtomicInteger();
    List<Callable<Void>> remarking = new ArrayList<>();
    for (Town town : towns) {
      String reviewer = town.wave() == waves.get(0) ? "expert" : "analist";
      for (String kind : List.of("BIA", "BCP")) {
        int count = kind.equals("BIA") ? 4 : 5;
        for (int i = 0; i < count; i++) {
          int line = i;
          remarking.add(
              () -> {
                long submission = submissions.get(town.id() + kind);
                expect(
                    201,
                    "remark",
                    () ->
                        api.exchange(
                            reviewer,
                            "POST",
                            "api/submissions/" + submission + "/annotations",
                            remark(THEMES[line % THEMES.length], sentence(town, kind, line, 1)),
                            "Content-Type",
                            LD));
                remarks.incrementAndGet();
                return null;
              });
        }
      }
    }
    parallel(remarking);
    phase("100 uploads (BIA, BCP) and 450 remarks", t);

    t = System.nanoTime();
    List<Callable<Void>> releases = new ArrayList<>();
    for (Town town : towns) {
      String reviewer = town.wave() == waves.get(0) ? "expert" : "analist";
      for (String kind : List.of("BIA", "BCP")) {
        releases.add(
            () -> {
              expect(
                  200,
                  "release",
                  () ->
                      api.post(
                          reviewer,
                          "api/submissions/"
                              + submissions.get(town.id() + kind)
                              + "/review/release"));
              return null;
            });
      }
    }
    parallel(releases);
    // Each municipality answers its first BCP remark, marks it processed, and hands in a new BIA.
    List<Callable<Void>> answers = new ArrayList<>();
    for (Town town : towns) {
      answers.add(
          () -> {
            long bcp = submissions.get(town.id() + "BCP");
            JsonObject page =
                ApiClient.object(
                    expect(
                        200,
                        "annotations",
                        () -> api.get(town.login(), "api/submissions/" + bcp + "/annotations")));
            JsonArray items = page.getJsonObject("first").getJsonArray("items");
            assertEquals(5, items.size(), "the municipality sees the five released remarks");
            String iri = items.getJsonObject(0).getString("id");
            expect(
                201,
                "reply",
                () ->
                    api.exchange(
                        town.login(),
                        "POST",
                        "api/submissions/" + bcp + "/annotations",
                        "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\","
                            + "\"motivation\":\"replying\",\"body\":{\"type\":\"TextualBody\","
                            + "\"value\":\"Aangepast in hoofdstuk 3.\"},\"target\":\""
                            + iri
                            + "\"}",
                        "Content-Type",
                        LD));
            String remarkId = iri.substring(iri.lastIndexOf('/') + 1);
            expect(
                204,
                "processed",
                () ->
                    api.put(
                        town.login(),
                        "api/submissions/" + bcp + "/review/remarks/" + remarkId + "/processed",
                        "{\"processed\":true}"));
            upload(town, assignments, "BIA", 2);
            return null;
          });
    }
    parallel(answers);
    phase("100 releases, 50 replies and processed, 50 new BIA versions", t);

    // The BCP update: it takes over the BCP's open remarks; four more remarks each, released.
    t = System.nanoTime();
    uploads.clear();
    for (Town town : towns) {
      uploads.add(
          () -> {
            submissions.put(town.id() + "BCP_UPDATE", upload(town, assignments, "BCP_UPDATE", 1));
            return null;
          });
    }
    parallel(uploads);
    remarking.clear();
    for (Town town : towns) {
      String reviewer = town.wave() == waves.get(0) ? "expert" : "analist";
      remarking.add(
          () -> {
            long submission = submissions.get(town.id() + "BCP_UPDATE");
            for (int i = 0; i < 4; i++) {
              int line = i;
              expect(
                  201,
                  "remark",
                  () ->
                      api.exchange(
                          reviewer,
                          "POST",
                          "api/submissions/" + submission + "/annotations",
                          remark(
                              THEMES[(line + 2) % THEMES.length],
                              sentence(town, "BCP_UPDATE", line, 1)),
                          "Content-Type",
                          LD));
              remarks.incrementAndGet();
            }
            expect(
                200,
                "release",
                () -> api.post(reviewer, "api/submissions/" + submission + "/review/release"));
            return null;
          });
    }
    parallel(remarking);
    phase("50 BCP updates, 200 remarks, 50 releases", t);

    // ---- Lessons learned, published and found in the public toolkit.
    t = System.nanoTime();
    String word = "scenariowoord" + tag;
    List<Long> lessons = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      JsonObject lesson =
          ApiClient.object(
              expect(
                  201,
                  "lesson",
                  () ->
                      api.postJson(
                          "expert",
                          "api/lessons",
                          "{\"title\":\"Les "
                              + n
                              + " over "
                              + word
                              + "\",\"summary\":\"Wat de besturen leerden.\",\"body\":\"Bij "
                              + word
                              + " helpt een vaste volgorde.\",\"themes\":[\""
                              + THEMES[n % THEMES.length]
                              + "\"]}")));
      lessons.add(lesson.getJsonNumber("id").longValue());
    }
    for (long lesson : lessons) {
      for (String status : List.of("APPROVED", "PUBLISHED")) {
        expect(
            200,
            "lesson status",
            () ->
                api.postJson(
                    "coordinator",
                    "api/lessons/" + lesson + "/status",
                    "{\"status\":\"" + status + "\"}"));
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    long found = 0;
    while (System.nanoTime() < deadline && found < 6) {
      JsonObject answer =
          ApiClient.object(
              expect(200, "search", () -> api.get(null, "api/toolkit/search?q=" + word)));
      // Until the lessons are indexed the search falls back to parts of the word ("woord"):
      // only an answer without a fallback counts.
      found =
          answer.containsKey("fallback") && !answer.isNull("fallback")
              ? 0
              : answer.getJsonNumber("total").longValue();
      if (found < 6) {
        sleep(500);
      }
    }
    assertEquals(6, found, "the six published lessons are found");
    phase("lessons published and found", t);

    // ---- The pilot: 36 applications, 30 selected into 5 groups of 6.
    t = System.nanoTime();
    expect(
        204,
        "window",
        () ->
            api.put(
                "coordinator",
                "api/pilot/selection/window",
                "{\"opens\":\""
                    + today.minusDays(1)
                    + "\",\"closes\":\""
                    + today.plusDays(20)
                    + "\"}"));
    List<Town> applicants = towns.subList(towns.size() - 36, towns.size());
    List<Callable<Void>> applications = new ArrayList<>();
    for (int i = 0; i < applicants.size(); i++) {
      Town town = applicants.get(i);
      int maturity = 1 + i % 5;
      applications.add(
          () -> {
            expect(
                200,
                "application",
                () ->
                    api.put(
                        town.login(),
                        "api/pilot/applications/mine",
                        "{\"applications\":\"Loketwerking, e-Burgerzaken\",\"population\":"
                            + (8_000 + 500 * maturity)
                            + ",\"maturity\":"
                            + maturity
                            + ",\"auditCofinanced\":"
                            + (maturity % 2 == 0)
                            + ",\"ethicalHacking\":false,\"contacts\":\"Contact, ICT, ict@example.invalid\"}"));
            return null;
          });
    }
    parallel(applications);
    JsonObject proposal =
        ApiClient.object(
            expect(200, "proposal", () -> api.get("coordinator", "api/pilot/selection/proposal")));
    assertEquals(30, proposal.getInt("proposed"), proposal.toString());
    JsonObject confirmed =
        ApiClient.object(
            expect(200, "confirm", () -> api.post("coordinator", "api/pilot/selection/confirm")));
    assertEquals(30, confirmed.getInt("selected"));
    assertEquals(5, confirmed.getInt("groups"));
    JsonArray groups =
        ApiClient.array(expect(200, "groups", () -> api.get("coordinator", "api/pilot/groups")));
    assertEquals(5, groups.size());
    Map<Long, Integer> groupOf = new LinkedHashMap<>();
    for (JsonValue g : groups) {
      JsonObject group = g.asJsonObject();
      assertEquals(6, group.getJsonArray("members").size(), group.toString());
      for (JsonValue m : group.getJsonArray("members")) {
        groupOf.put(
            m.asJsonObject().getJsonNumber("municipalityId").longValue(), group.getInt("number"));
      }
      expect(
          200,
          "analyst",
          () ->
              api.put(
                  "coordinator",
                  "api/pilot/groups/" + group.getJsonNumber("id").longValue() + "/analyst",
                  "{\"username\":\"analist\"}"));
    }
    List<Town> selected = applicants.stream().filter(x -> groupOf.containsKey(x.id())).toList();
    assertEquals(30, selected.size());
    phase("pilot selection", t);

    // ---- 30 dossiers, satisfaction before, during and after, four environments succeeded.
    t = System.nanoTime();
    List<Callable<Void>> dossiers = new ArrayList<>();
    for (Town town : selected) {
      dossiers.add(
          () -> {
            expect(
                204,
                "before",
                () ->
                    api.put(
                        town.login(),
                        "api/pilot/evaluations/mine",
                        "{\"moment\":\"BEFORE\",\"satisfaction\":4}"));
            long dossier =
                ApiClient.object(
                        expect(
                            201,
                            "dossier",
                            () ->
                                api.postJson(
                                    "analist",
                                    "api/pilot/dossiers",
                                    "{\"application\":\"e-Loket\",\"applicationOwner\":\"Dienst"
                                        + " Burgerzaken\",\"audiences\":[\"CITIZENS\",\"STAFF\"],"
                                        + "\"expectedUsers\":1200,\"protocol\":\"SAML2\","
                                        + "\"bulkUpload\":false,\"entitlementScanner\":true,"
                                        + "\"roles\":[{\"localRole\":\"Loketmedewerker\","
                                        + "\"buildingBlockRole\":\"GemeenteLoket-medewerker\","
                                        + "\"context\":\"OVO-code gemeente\"}],\"municipalityId\":"
                                        + town.id()
                                        + "}")))
                    .getJsonNumber("id")
                    .longValue();
            boolean during = false;
            for (String block : List.of("ACM", "IDM")) {
              for (String env : List.of("TI", "PRD")) {
                String path = "api/pilot/dossiers/" + dossier;
                expect(
                    200,
                    "status",
                    () ->
                        api.put(
                            "analist",
                            path + "/status/" + block + "/" + env,
                            "{\"state\":\"IN_PROGRESS\"}"));
                if (!during) {
                  expect(
                      204,
                      "during",
                      () ->
                          api.put(
                              town.login(),
                              "api/pilot/evaluations/mine",
                              "{\"moment\":\"DURING\",\"satisfaction\":3}"));
                  during = true;
                }
                expect(
                    200,
                    "status",
                    () ->
                        api.put(
                            "analist",
                            path + "/status/" + block + "/" + env,
                            "{\"state\":\"TESTING\"}"));
                JsonArray plan =
                    ApiClient.array(
                        expect(
                            200,
                            "test plan",
                            () -> api.get("analist", path + "/tests/" + block + "/" + env)));
                for (JsonValue c : plan) {
                  String testCase = c.asJsonObject().get("caseId").toString().replace("\"", "");
                  expect(
                      204,
                      "test result",
                      () ->
                          api.put(
                              town.login(),
                              path + "/tests/" + block + "/" + env + "/" + testCase,
                              "{\"outcome\":\"PASS\",\"note\":\"Getest met een testgebruiker.\"}"));
                }
                expect(
                    200,
                    "status",
                    () ->
                        api.put(
                            "analist",
                            path + "/status/" + block + "/" + env,
                            "{\"state\":\"SUCCEEDED\"}"));
              }
            }
            expect(
                204,
                "after",
                () ->
                    api.put(
                        town.login(),
                        "api/pilot/evaluations/mine",
                        "{\"satisfaction\":5,\"eagerness\":4,\"comments\":\"Vlot verlopen.\"}"));
            return null;
          });
    }
    parallel(dossiers);
    phase("30 dossiers through four environments", t);

    // ---- The planned days registered: BA/PM 10 days per group, FA 10 days per municipality.
    t = System.nanoTime();
    LocalDate first = LocalDate.of(2026, 9, 7);
    List<Callable<Void>> entries = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      LocalDate day = first.plusDays(d);
      for (int group = 1; group <= 5; group++) {
        entries.add(
            timeEntry("BA/PM groep " + group, "BA_PM", day, "INTAKE", "\"group\":" + group));
      }
      for (Town town : selected) {
        entries.add(
            timeEntry(
                "FA " + town.id(),
                "FA",
                day,
                "INTEGRATION_SUPPORT",
                "\"municipalityId\":" + town.id()));
      }
    }
    parallel(entries);
    phase("350 days registered (BA/PM 50, FA 300)", t);

    // ---- The totals.
    t = System.nanoTime();
    JsonObject kpis =
        ApiClient.object(expect(200, "kpis", () -> api.get("steering", "api/pilot/kpis")));
    for (String env : List.of("acmTi", "acmPrd", "idmTi", "idmPrd")) {
      assertEquals(30, kpis.getJsonObject(env).getInt("integrations"), env);
      assertEquals(30, kpis.getJsonObject(env).getInt("municipalities"), env);
    }
    assertEquals(30, kpis.getJsonObject("satisfactionBefore").getInt("responses"));
    assertEquals(30, kpis.getJsonObject("satisfactionDuring").getInt("responses"));
    assertEquals(30, kpis.getJsonObject("satisfaction").getInt("responses"));
    JsonObject report =
        ApiClient.object(expect(200, "report", () -> api.get("steering", "api/steering/report")));
    int released = 0;
    for (JsonValue v : report.getJsonArray("bcp")) {
      JsonObject wave = v.asJsonObject();
      if (!waves.contains(wave.getJsonNumber("waveId").longValue())) {
        continue;
      }
      assertEquals(25, wave.getInt("enrolled"), wave.toString());
      assertEquals(25, wave.getInt("bia"), wave.toString());
      assertEquals(25, wave.getInt("bcp"), wave.toString());
      assertEquals(25, wave.getInt("bcpUpdate"), wave.toString());
      released +=
          wave.getInt("round1Released")
              + wave.getInt("round2Released")
              + wave.getInt("round3Released");
    }
    assertEquals(150, released, "150 feedback rounds released");
    JsonObject budget =
        ApiClient.object(expect(200, "budget", () -> api.get("steering", "api/budget")));
    List<String> planAmounts =
        budget.getJsonArray("plan").stream()
            .map(p -> p.asJsonObject().getString("amount"))
            .toList();
    assertTrue(
        planAmounts.contains("47916.00") && planAmounts.contains("288771.00"),
        planAmounts.toString());
    JsonObject acmIdm =
        budget.getJsonArray("tracks").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("track").equals("ACM_IDM"))
            .findFirst()
            .orElseThrow();
    assertEquals("336687.00", acmIdm.getString("realised"), "the planned days, realised");
    JsonObject coFinancing =
        ApiClient.object(
            expect(200, "cofinancing", () -> api.get("steering", "api/budget/cofinancing")));
    BigDecimal attributed = new BigDecimal(coFinancing.getString("attributed"));
    BigDecimal share = new BigDecimal(coFinancing.getString("share"));
    assertEquals(0, new BigDecimal("336687.00").compareTo(attributed), coFinancing.toString());
    assertTrue(
        share
                .subtract(attributed.multiply(new BigDecimal("0.20")))
                .abs()
                .compareTo(new BigDecimal("0.30"))
            <= 0,
        "co-financing is 20 %: " + share + " of " + attributed);
    // The KPI catalogue agrees, and reports every municipality.
    JsonObject catalogue =
        ApiClient.object(expect(200, "kpi report", () -> api.get("steering", "api/kpis/report")));
    for (JsonValue k : catalogue.getJsonArray("kpis")) {
      JsonObject kpi = k.asJsonObject();
      if (kpi.getString("measure").startsWith("INTEGRATIONS_")
          || kpi.getString("measure").startsWith("MUNICIPALITIES_")) {
        assertEquals(30, kpi.getJsonNumber("value").intValue(), kpi.toString());
        assertTrue(kpi.getBoolean("reached"), kpi.toString());
      }
    }
    HttpResponse<String> perMunicipality =
        expect(
            200,
            "kpi per municipality",
            () -> api.get("steering", "api/kpis/municipalities?limit=1000"));
    assertEquals("50", perMunicipality.headers().firstValue("X-Total-Count").orElse(""));
    JsonObject feedback =
        ApiClient.object(
            expect(
                200,
                "feedback",
                () -> api.get("steering", "api/waves/" + waves.get(1) + "/feedback")));
    assertEquals(25, feedback.getInt("responded"));
    assertTrue(remarks.get() >= 650, "remarks: " + remarks.get());
    phase("totals checked", t);

    long total = (System.nanoTime() - started) / 1_000_000;
    int calls = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    StringBuilder summary = new StringBuilder();
    summary
        .append("Full-size scenario: ")
        .append(total / 1000.0)
        .append(" s, ")
        .append(calls)
        .append(" calls with ")
        .append(CLIENTS)
        .append(" parallel clients, 5xx: ")
        .append(serverErrors.size())
        .append(", retried after 503: ")
        .append(retries.get())
        .append(", remarks: ")
        .append(remarks.get())
        .append('\n');
    summary.append("statuses: ").append(new java.util.TreeMap<>(statuses)).append('\n');
    phases.forEach((k, v) -> summary.append("  ").append(k).append(": ").append(v).append(" ms\n"));
    summary.append("calls over 2 s: ").append(slow.size()).append('\n');
    slow.stream().limit(20).forEach(s -> summary.append("  ").append(s).append('\n'));
    serverErrors.stream().limit(20).forEach(s -> summary.append("  5xx ").append(s).append('\n'));
    Files.writeString(Path.of("target/scenario.txt"), summary.toString());
    System.out.println(summary);
    assertEquals(Collections.emptyList(), serverErrors, "no call answered 5xx");
  }

  /**
   * One planned day of the pilot, registered by the coordinator for a person ({@code scope}: JSON).
   */
  private Callable<Void> timeEntry(
      String person, String profile, LocalDate day, String activity, String scope) {
    return () -> {
      expect(
          201,
          "time entry",
          () ->
              api.postJson(
                  "coordinator",
                  "api/time-entries",
                  "{\"person\":\""
                      + person
                      + "\",\"profile\":\""
                      + profile
                      + "\",\"date\":\""
                      + day
                      + "\",\"days\":1,\"activity\":\""
                      + activity
                      + "\",\"track\":\"ACM_IDM\","
                      + scope
                      + "}"));
      return null;
    };
  }

  /** A document's lines: six sentences that name the municipality, the kind and the version. */
  private static List<String> lines(Town town, String kind, int version) {
    List<String> lines = new ArrayList<>();
    lines.add(kind + " van " + town.name() + ", versie " + version);
    for (int i = 0; i < 6; i++) {
      lines.add(sentence(town, kind, i, version));
    }
    return lines;
  }

  private static String sentence(Town town, String kind, int line, int version) {
    return "Afspraak "
        + (line + 1)
        + " van het "
        + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " van bestuur "
        + town.id()
        + " geldt voor de kritieke processen.";
  }

  private long upload(
      Town town, Map<Long, Map<String, Long>> assignments, String kind, int version) {
    long assignment = assignments.get(town.wave()).get(kind);
    HttpResponse<String> uploaded =
        expect(
            201,
            "upload " + kind,
            () ->
                api.upload(
                    town.login(),
                    assignment,
                    kind.toLowerCase(java.util.Locale.ROOT) + ".docx",
                    SampleFiles.docxParagraphs(lines(town, kind, version))));
    return ApiClient.object(uploaded).getJsonNumber("submissionId").longValue();
  }

  private static String remark(String theme, String quote) {
    return be.vlaanderen.crt.portal.testsupport.Annotations.remark(
        "questioning", "Waarop steunt deze afspraak?", theme, quote);
  }

  /** The set-password token of each invited address, from the invitation mails (up to 90 s). */
  private static Map<String, String> awaitTokens(java.util.Set<String> addresses) throws Exception {
    Pattern link = Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    Map<String, String> tokens = new ConcurrentHashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (tokens.size() < addresses.size() && System.nanoTime() < deadline) {
      for (jakarta.mail.internet.MimeMessage message : TestServices.mail().getReceivedMessages()) {
        String to = java.util.Arrays.toString(message.getAllRecipients());
        for (String address : addresses) {
          if (!tokens.containsKey(address) && to.contains(address)) {
            Object content = message.getContent();
            String body =
                content instanceof String text
                    ? text
                    : com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
            Matcher m = link.matcher(body);
            if (m.find()) {
              tokens.put(address, m.group(1));
            }
          }
        }
      }
      if (tokens.size() < addresses.size()) {
        Thread.sleep(1_000);
      }
    }
    assertEquals(addresses.size(), tokens.size(), "an invitation for every contact");
    return tokens;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
