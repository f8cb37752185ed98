package be.vlaanderen.crt.portal.review;

import static be.vlaanderen.crt.portal.testsupport.ApiClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.AnnotationConformance;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Mailbox;
import be.vlaanderen.crt.portal.testsupport.PageClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Review on Payara Micro, MariaDB and S3: remarks anchored to passages, drafts until release,
 * internal remarks, replies, the permission matrix through REST and pages, the W3C Web Annotation
 * protocol and its conformance, carry-over to new versions on real edits, e-mails and group
 * feedback. Each test works on a municipality of its own, so tests do not depend on each other.
 */
class ReviewIT extends PortalIT {

  static final String LD = "application/ld+json";

  static final String RTO = "Voor burgerzaken bedraagt de RTO vier uur.";
  static final String MTPD =
      "De maximale tolereerbare periode van verstoring (MTPD) is vastgelegd op twee werkdagen.";
  static final String BACKUP =
      "Van alle servers wordt dagelijks een back-up genomen die buiten de site wordt bewaard.";
  static final String CRISIS =
      "Tijdens een crisis co\u00f6rdineert de communicatieambtenaar alle berichtgeving.";
  static final String OTHER =
      "Het plan werd goedgekeurd door het college van burgemeester en schepenen.";

  static final List<String> PLAN_V1 =
      List.of(
          "# Inleiding",
          "Dit bedrijfscontinu\u00efteitsplan beschrijft hoe de dienstverlening doorgaat bij een ernstig incident. "
              + OTHER,
          "# Kritieke processen",
          RTO + " " + MTPD,
          "# ICT-afhankelijkheden",
          "De toepassingen draaien in het datacenter van de intercommunale. " + BACKUP,
          "# Crisiscommunicatie",
          CRISIS + " Berichten gaan via de website en BE-Alert.");

  /** A municipality of the test's own in wave 1, with contact {@code user}, reviewed by expert. */
  record Town(long id, String name, String user) {}

  private Town town() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = "Reviewgem " + suffix;
    String user = "contact-" + suffix;
    long id = TestServices.enrolledMunicipality(name);
    TestServices.contactUser(user, "Contact " + name, id);
    HttpResponse<String> assigned =
        api.put(
            "coordinator",
            "api/municipalities/" + id + "/reviewers",
            "{\"reviewers\":[\"expert\"]}");
    assertEquals(204, assigned.statusCode(), assigned.body());
    return new Town(id, name, user);
  }

  /** Uploads the lines as a DOCX and answers the submission id. */
  private long upload(Town town, String kind, List<String> lines) {
    HttpResponse<String> uploaded =
        api.upload(
            town.user(),
            TestServices.bcpAssignment(kind),
            kind.toLowerCase() + ".docx",
            SampleFiles.docxParagraphs(lines));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    return TestServices.number(
        "SELECT id FROM submission WHERE municipality_id = ? AND assignment_id = ?",
        town.id(),
        TestServices.bcpAssignment(kind));
  }

  private static String annotations(long submission) {
    return "api/submissions/" + submission + "/annotations";
  }

  /** A remark as an annotation with a quote (and optionally internal). */
  static String remark(
      String motivation, String theme, String text, String quote, boolean internal) {
    return be.vlaanderen.crt.portal.testsupport.Annotations.remark(
        motivation, text, theme, quote, internal);
  }

  private HttpResponse<String> post(String user, long submission, String json) {
    return api.exchange(user, "POST", annotations(submission), json, "Content-Type", LD);
  }

  /** Posts a remark as expert and answers its id. */
  private long addRemark(long submission, String json) {
    HttpResponse<String> created = post("expert", submission, json);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void remarksAreSeenExactlyAsThePermissionMatrixSays() {
    Town town = town();
    String marker = "kenmerk" + UUID.randomUUID().toString().substring(0, 8);
    List<String> biaLines = new ArrayList<>(PLAN_V1);
    biaLines.add("Dossier " + marker + ".");
    long bia = upload(town, "BIA", biaLines);
    long bcp = upload(town, "BCP", PLAN_V1);
    waitUntil(() -> searchTotal("coordinator", marker) == 1, "the document is indexed");
    long released =
        addRemark(
            bia, remark("questioning", "mtpd-rto-rpo", "Waarop steunt deze RTO?", RTO, false));
    long internal =
        addRemark(
            bia,
            remark(
                "commenting", "ict-dependencies", "Intern: back-up nog eens nagaan", BACKUP, true));
    long draft =
        addRemark(
            bcp,
            remark("commenting", "crisis-communication", "Wie is de woordvoerder?", CRISIS, false));

    // Before the release: the municipality sees nothing of round 1.
    JsonObject before = object(api.get(town.user(), annotations(bia)));
    assertEquals(0, before.getInt("total"), before.toString());
    PageClient expertPages = PageClient.logIn(base, "expert");
    assertFalse(
        expertPages.get("review/document.xhtml?submission=" + bia).body().contains("visible-now"),
        "no warning before the release");

    HttpResponse<String> release = api.post("expert", "api/submissions/" + bia + "/review/release");
    assertEquals(200, release.statusCode(), release.body());
    // After the release the remark form says that what is written now reaches the municipality.
    String afterRelease = expertPages.get("review/document.xhtml?submission=" + bia).body();
    assertTrue(afterRelease.contains("visible-now"), "the form warns after the release");
    assertTrue(afterRelease.contains("meteen zichtbaar voor de gemeente"));
    assertEquals(1, object(release).getInt("remarks"), "one remark is meant for the municipality");
    assertEquals(
        409, api.post("expert", "api/submissions/" + bia + "/review/release").statusCode());

    String replyJson =
        Json.createObjectBuilder()
            .add("@context", "http://www.w3.org/ns/anno.jsonld")
            .add("type", "Annotation")
            .add("motivation", "replying")
            .add(
                "body",
                Json.createObjectBuilder()
                    .add("type", "TextualBody")
                    .add("value", "Op basis van de BIA-workshop."))
            .add("target", api.resolve(annotations(bia) + "/" + released).toString())
            .build()
            .toString();
    HttpResponse<String> reply = post(town.user(), bia, replyJson);
    assertEquals(201, reply.statusCode(), reply.body());
    String replyPath = URI.create(reply.headers().firstValue("Location").orElseThrow()).getPath();
    long version =
        TestServices.number("SELECT MAX(id) FROM document_version WHERE submission_id = ?", bia);

    // object -> path, expected visibility per actor (HotCRP-style matrix).
    String[] actors = {town.user(), "brugge", "expert", "analist", "coordinator", "steering"};
    Map<String, Object[]> matrix = new LinkedHashMap<>();
    matrix.put(
        "draft remark",
        new Object[] {
          annotations(bcp) + "/" + draft,
          bcp,
          "Wie is de woordvoerder?",
          new boolean[] {false, false, true, false, true, false}
        });
    matrix.put(
        "released remark",
        new Object[] {
          annotations(bia) + "/" + released,
          bia,
          "Waarop steunt deze RTO?",
          new boolean[] {true, false, true, false, true, false}
        });
    matrix.put(
        "internal remark",
        new Object[] {
          annotations(bia) + "/" + internal,
          bia,
          "Intern: back-up nog eens nagaan",
          new boolean[] {false, false, true, false, true, false}
        });
    matrix.put(
        "reply",
        new Object[] {
          replyPath.substring(1),
          bia,
          "Op basis van de BIA-workshop.",
          new boolean[] {true, false, true, false, true, false}
        });
    matrix.put(
        "document",
        new Object[] {
          "api/documents/" + version + "/content",
          bia,
          null,
          new boolean[] {true, false, true, false, true, false}
        });

    List<String> wrong = new ArrayList<>();
    for (int a = 0; a < actors.length; a++) {
      String actor = actors[a];
      PageClient pages = PageClient.logIn(base, actor);
      for (var entry : matrix.entrySet()) {
        String path = (String) entry.getValue()[0];
        long submission = (long) entry.getValue()[1];
        String text = (String) entry.getValue()[2];
        boolean expected = ((boolean[]) entry.getValue()[3])[a];
        // REST: the single resource
        int status = api.get(actor, path).statusCode();
        if ((status == 200) != expected || (!expected && status != 404)) {
          wrong.add(actor + " / " + entry.getKey() + " / REST single: " + status);
        }
        if (text == null) {
          // Search: the document's text through the internal search.
          boolean found = searchTotal(actor, marker) > 0;
          if (found != expected) {
            wrong.add(actor + " / " + entry.getKey() + " / search");
          }
          continue;
        }
        // REST: the collection
        HttpResponse<String> collection = api.get(actor, annotations(submission));
        boolean listed = collection.statusCode() == 200 && collection.body().contains(text);
        if (listed != expected) {
          wrong.add(
              actor + " / " + entry.getKey() + " / REST collection: " + collection.statusCode());
        }
        // Pages: the review page
        HttpResponse<String> page = pages.get("review/document.xhtml?submission=" + submission);
        boolean shown = page.statusCode() == 200 && page.body().contains(text);
        if (shown != expected) {
          wrong.add(actor + " / " + entry.getKey() + " / page: " + page.statusCode());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void everyProducedAnnotationMeetsTheW3cMusts() {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    addRemark(bia, remark("questioning", "mtpd-rto-rpo", "Waarop steunt deze RTO?", RTO, false));
    addRemark(
        bia,
        remark("assessing", "governance", "Sterk: goedkeuring door het college.", OTHER, false));
    addRemark(bia, remark("commenting", "ict-dependencies", "Intern te bekijken", BACKUP, true));
    addRemark(bia, remark("commenting", "governance", "Algemeen: duidelijk plan.", null, false));
    api.post("expert", "api/submissions/" + bia + "/review/release");
    long first = TestServices.number("SELECT MIN(id) FROM remark WHERE submission_id = ?", bia);
    String reply =
        "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\",\"motivation\":\"replying\","
            + "\"body\":{\"type\":\"TextualBody\",\"value\":\"Zie bijlage 3.\"},\"target\":\""
            + api.resolve(annotations(bia) + "/" + first)
            + "\"}";
    assertEquals(201, post(town.user(), bia, reply).statusCode());

    HttpResponse<String> collection = api.get("expert", annotations(bia));
    assertEquals(200, collection.statusCode());
    assertTrue(
        collection
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/ld+json"));
    assertTrue(
        collection.headers().allValues("Link").stream()
            .anyMatch(l -> l.contains("ldp#BasicContainer")));
    List<String> violations =
        new ArrayList<>(AnnotationConformance.violationsOfCollection(collection.body()));
    violations.addAll(AnnotationConformance.violationsOfPage(collection.body()));
    JsonArray items = object(collection).getJsonObject("first").getJsonArray("items");
    assertEquals(5, items.size(), "four remarks and one reply");
    for (JsonValue item : items) {
      String id = item.asJsonObject().getString("id");
      HttpResponse<String> single = api.get("expert", URI.create(id).getPath().substring(1));
      assertEquals(200, single.statusCode(), id);
      violations.addAll(
          AnnotationConformance.violations(single.body()).stream()
              .map(v -> id + ": " + v)
              .toList());
    }
    HttpResponse<String> page = api.get("expert", annotations(bia) + "?page=0");
    violations.addAll(AnnotationConformance.violationsOfPage(page.body()));
    assertTrue(violations.isEmpty(), String.join("\n", violations));

    JsonObject question = items.getJsonObject(0);
    assertEquals("questioning", question.getString("motivation"));
    JsonArray selectors = question.getJsonObject("target").getJsonArray("selector");
    assertEquals(RTO, selectors.getJsonObject(0).getString("exact"));
    int start = selectors.getJsonObject(1).getInt("start");
    int end = selectors.getJsonObject(1).getInt("end");
    assertEquals(RTO.length(), end - start, "position and quote agree");
  }

  @Test
  void concurrentUpdatesOfOneRemarkWithTheSameETagLetExactlyOneWin() throws Exception {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    String json = remark("commenting", "bia-method", "Eerste versie.", MTPD, false);
    HttpResponse<String> created = post("expert", bia, json);
    assertEquals(201, created.statusCode(), created.body());
    String path =
        URI.create(created.headers().firstValue("Location").orElseThrow()).getPath().substring(1);
    String etag = created.headers().firstValue("ETag").orElseThrow();

    int clients = 8;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
    var start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String text = "Versie van klant " + i + ".";
      String body = json.replace("Eerste versie.", text);
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return api.exchange(
                    "expert", "PUT", path, body, "Content-Type", LD, "If-Match", etag);
              }));
    }
    start.countDown();
    List<HttpResponse<String>> done = new ArrayList<>();
    for (var answer : answers) {
      done.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();
    List<HttpResponse<String>> won = done.stream().filter(r -> r.statusCode() == 200).toList();
    assertEquals(
        1,
        won.size(),
        "exactly one update wins: " + done.stream().map(HttpResponse::statusCode).toList());
    assertEquals(
        clients - 1,
        done.stream().filter(r -> r.statusCode() == 412).count(),
        "every other one is refused as based on an older state");
    String winner = object(won.get(0)).getJsonArray("body").getJsonObject(0).getString("value");
    JsonObject stored = object(api.get("expert", path));
    assertEquals(winner, stored.getJsonArray("body").getJsonObject(0).getString("value"));
    assertFalse(winner.equals("Eerste versie."));
    String newTag = won.get(0).headers().firstValue("ETag").orElseThrow();
    assertFalse(newTag.equals(etag), "the winner's answer carries the new revision");
    assertEquals(newTag, api.get("expert", path).headers().firstValue("ETag").orElseThrow());
    // A stale tag is refused with a message; the current one is accepted.
    HttpResponse<String> stale =
        api.exchange("expert", "PUT", path, json, "Content-Type", LD, "If-Match", etag);
    assertEquals(412, stale.statusCode());
    assertTrue(stale.body().contains("intussen gewijzigd"), stale.body());
    assertEquals(
        200,
        api.exchange(
                "expert", "PUT", path, json, "Content-Type", LD, "If-Match", etag + ", " + newTag)
            .statusCode(),
        "one tag of a list that matches is enough");
  }

  @Test
  void theProtocolCreatesReadsUpdatesAndDeletes() {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    String json =
        remark("commenting", "bia-method", "<script>alert(1)</script> Onderbouw dit.", MTPD, false);
    HttpResponse<String> created = post("expert", bia, json);
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = URI.create(location).getPath().substring(1);
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject body = object(api.get("expert", path));
    assertEquals(location, body.getString("id"));
    assertEquals(
        "<script>alert(1)</script> Onderbouw dit.",
        body.getJsonArray("body").getJsonObject(0).getString("value"));

    // The page escapes it.
    String page =
        PageClient.logIn(base, "expert").get("review/document.xhtml?submission=" + bia).body();
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped on the page");
    assertFalse(page.contains("<script>alert(1)</script>"));

    String changed = json.replace("Onderbouw dit.", "Onderbouw dit met cijfers.");
    assertEquals(
        412,
        api.exchange("expert", "PUT", path, changed, "Content-Type", LD, "If-Match", "\"stale\"")
            .statusCode());
    HttpResponse<String> updated =
        api.exchange("expert", "PUT", path, changed, "Content-Type", LD, "If-Match", etag);
    assertEquals(200, updated.statusCode(), updated.body());
    assertTrue(updated.body().contains("met cijfers"));
    assertEquals(
        404, api.exchange("analist", "PUT", path, changed, "Content-Type", LD).statusCode());
    assertEquals(
        404,
        api.exchange(town.user(), "PUT", path, changed, "Content-Type", LD).statusCode(),
        "a draft does not exist for the municipality");

    // Refusals change nothing.
    long before = TestServices.number("SELECT COUNT(*) FROM remark WHERE submission_id = ?", bia);
    assertError(post("expert", bia, json.replace("bia-method", "weather")), 400, "thema");
    assertError(
        post("expert", bia, json.replace(MTPD, "Deze zin staat niet in het plan.")),
        400,
        "niet letterlijk");
    assertError(
        post("expert", bia, json.replace("<script>alert(1)</script> Onderbouw dit.", " ")),
        400,
        "tekst");
    assertError(post("expert", bia, "{not json"), 400, "JSON");
    assertError(post("expert", bia, json.replace("commenting", "bookmarking")), 400, "bookmarking");
    assertEquals(
        403,
        post(town.user(), bia, json).statusCode(),
        "municipalities reply, they do not annotate");
    assertEquals(404, post("brugge", bia, json).statusCode());
    assertEquals(404, post("steering", bia, json).statusCode());
    assertEquals(404, post("analist", bia, json).statusCode());
    assertEquals(
        before, TestServices.number("SELECT COUNT(*) FROM remark WHERE submission_id = ?", bia));

    assertEquals(204, api.delete("expert", path).statusCode());
    assertEquals(404, api.get("expert", path).statusCode());

    // Released remarks stay.
    long kept = addRemark(bia, json);
    api.post("expert", "api/submissions/" + bia + "/review/release");
    assertError(api.delete("expert", annotations(bia) + "/" + kept), 409, "vrijgegeven");
  }

  @Test
  void remarksAreCarriedOverToANewVersionOnRealEdits() {
    Town town = town();
    long bcp = upload(town, "BCP", PLAN_V1);
    long moved =
        addRemark(
            bcp, remark("commenting", "ict-dependencies", "Waar ligt die site?", BACKUP, false));
    long reworded =
        addRemark(bcp, remark("questioning", "mtpd-rto-rpo", "Klopt twee werkdagen?", MTPD, false));
    long deleted =
        addRemark(
            bcp, remark("commenting", "crisis-communication", "Wie vervangt?", CRISIS, false));
    long kept = addRemark(bcp, remark("assessing", "governance", "Goed.", OTHER, false));

    String rewordedMtpd =
        "De maximale tolereerbare periode van verstoring (MTPD) werd vastgelegd op twee kalenderdagen.";
    List<String> v2 =
        List.of(
            "# Inleiding",
            "Dit bedrijfscontinu\u00efteitsplan beschrijft hoe de dienstverlening doorgaat bij een ernstig incident. "
                + OTHER
                + " "
                + BACKUP,
            "# Kritieke processen",
            RTO + " " + rewordedMtpd,
            "# ICT-afhankelijkheden",
            "De toepassingen draaien in het datacenter van de intercommunale.",
            "# Crisiscommunicatie",
            "Berichten gaan via de website en BE-Alert.");
    upload(town, "BCP", v2);
    long v2Id =
        TestServices.number("SELECT MAX(id) FROM document_version WHERE submission_id = ?", bcp);
    waitUntil(
        () ->
            TestServices.number("SELECT COUNT(*) FROM remark_anchor WHERE version_id = ?", v2Id)
                == 4,
        "the carry-over placed all four remarks on version 2");
    assertEquals("STILL_PRESENT", anchor(moved, v2Id));
    assertEquals("CHANGED", anchor(reworded, v2Id));
    assertEquals("NOT_FOUND", anchor(deleted, v2Id));
    assertEquals("STILL_PRESENT", anchor(kept, v2Id));

    String page =
        PageClient.logIn(base, "expert").get("review/document.xhtml?submission=" + bcp).body();
    assertTrue(page.contains("Nog aanwezig: 2"), "summary of the carry-over on the page");
    assertTrue(page.contains("Gewijzigd: 1"));
    assertTrue(page.contains("Niet meer gevonden: 1"));

    // The API says the same in the annotation: the state on the newest version and where it is.
    HttpResponse<String> annotations = api.get("expert", "api/submissions/" + bcp + "/annotations");
    assertEquals(200, annotations.statusCode(), annotations.body());
    assertEquals(List.of(), AnnotationConformance.violationsOfCollection(annotations.body()));
    Map<Long, JsonObject> carried = new HashMap<>();
    for (var item : ApiClient.object(annotations).getJsonObject("first").getJsonArray("items")) {
      String id = item.asJsonObject().getString("id");
      carried.put(
          Long.parseLong(id.substring(id.lastIndexOf('/') + 1)),
          item.asJsonObject().getJsonObject("crt:carryOver"));
    }
    String v2Source = "documents/" + v2Id + "/content";
    assertEquals("STILL_PRESENT", carried.get(moved).getString("state"));
    assertEquals(2, carried.get(moved).getInt("versionNumber"));
    assertTrue(carried.get(moved).getJsonObject("target").getString("source").endsWith(v2Source));
    assertEquals(
        "TextPositionSelector",
        carried.get(moved).getJsonObject("target").getJsonObject("selector").getString("type"));
    assertEquals("CHANGED", carried.get(reworded).getString("state"));
    assertEquals("NOT_FOUND", carried.get(deleted).getString("state"));
    assertFalse(
        carried.get(deleted).getJsonObject("target").containsKey("selector"),
        "a passage that is gone has no position");
    assertTrue(
        ApiClient.object(annotations).getJsonArray("@context").toString().contains("\"crt\""),
        "the extension's prefix is declared after the W3C context");

    // The BCP update takes the open remarks of the BCP along.
    long update = upload(town, "BCP_UPDATE", v2);
    long updateVersion =
        TestServices.number("SELECT MAX(id) FROM document_version WHERE submission_id = ?", update);
    waitUntil(
        () ->
            TestServices.number(
                    "SELECT COUNT(*) FROM remark_anchor WHERE version_id = ?", updateVersion)
                == 4,
        "the BCP's remarks are placed on the BCP update");
    assertEquals("CHANGED", anchor(reworded, updateVersion));
    String updatePage =
        PageClient.logIn(base, "expert").get("review/document.xhtml?submission=" + update).body();
    assertTrue(updatePage.contains("Klopt twee werkdagen?") && updatePage.contains("Uit ronde 2"));
  }

  /**
   * A processed remark is not carried over; showing it on the next version finds its passage again,
   * and that read stores nothing (reads never write).
   */
  @Test
  void readingAProcessedRemarkOnALaterVersionWritesNothing() {
    Town town = town();
    long bcp = upload(town, "BCP", PLAN_V1);
    long remark =
        addRemark(
            bcp, remark("questioning", "mtpd-rto-rpo", "Waarop steunt deze RTO?", RTO, false));
    assertEquals(
        200, api.post("expert", "api/submissions/" + bcp + "/review/release").statusCode());
    String processed = "api/submissions/" + bcp + "/review/remarks/" + remark + "/processed";
    assertEquals(204, api.put(town.user(), processed, "{\"processed\":true}").statusCode());
    List<String> revised = new java.util.ArrayList<>(PLAN_V1);
    revised.add("Herzien na de feedback van de eerste ronde.");
    upload(town, "BCP", revised);
    long v2 =
        TestServices.number("SELECT MAX(id) FROM document_version WHERE submission_id = ?", bcp);

    for (String user : List.of("expert", town.user())) {
      HttpResponse<String> read = api.get(user, "api/submissions/" + bcp + "/annotations");
      assertEquals(200, read.statusCode(), read.body());
      assertTrue(read.body().contains("STILL_PRESENT"), user + " sees where it is: " + read.body());
    }
    String page =
        PageClient.logIn(base, "expert").get("review/document.xhtml?submission=" + bcp).body();
    assertTrue(page.contains("Waarop steunt deze RTO?"), "the remark is on the page");
    assertEquals(
        0,
        TestServices.number("SELECT COUNT(*) FROM remark_anchor WHERE remark_id = ?", remark),
        "reading placed the processed remark on version " + v2 + " without storing an anchor");
  }

  /**
   * The page offers "delete" exactly when the service would delete: not for a remark that became a
   * lesson (the page's own rule once forgot that).
   */
  @Test
  void aRemarkThatBecameALessonOffersNoDeleteOnThePage() {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    long remark =
        addRemark(bia, remark("commenting", "mtpd-rto-rpo", "Een les voor iedereen.", RTO, false));
    String page = "review/document.xhtml?submission=" + bia;
    String before = PageClient.logIn(base, "expert").get(page).body();
    assertTrue(before.contains("Een les voor iedereen."), "the remark is on the page");
    assertTrue(before.contains(":delete\""), "a draft of the author's own can be deleted");

    HttpResponse<String> lesson =
        api.post("coordinator", "api/remarks/" + remark + "/lesson-draft");
    assertEquals(201, lesson.statusCode(), lesson.body());

    String after = PageClient.logIn(base, "expert").get(page).body();
    assertTrue(after.contains("Een les voor iedereen."), "the remark is still on the page");
    assertFalse(after.contains(":delete\""), "no delete for a remark that became a lesson");
    HttpResponse<String> refused = api.delete("expert", annotations(bia) + "/" + remark);
    assertEquals(409, refused.statusCode(), refused.body());
  }

  @Test
  void releaseAndRepliesSendMailAndTheMunicipalityMarksProcessed() throws Exception {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    long remark =
        addRemark(
            bia, remark("questioning", "mtpd-rto-rpo", "Waarop steunt deze RTO?", RTO, false));
    assertEquals(
        200, api.post("expert", "api/submissions/" + bia + "/review/release").statusCode());
    MimeMessage released = mailTo(town.user() + "@example.invalid", "Feedback beschikbaar");
    assertTrue(
        String.valueOf(released.getContent()).contains("1 opmerking"),
        String.valueOf(released.getContent()));

    String reply =
        "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\",\"motivation\":\"replying\","
            + "\"body\":{\"type\":\"TextualBody\",\"value\":\"Op basis van de workshop van maart.\"},\"target\":\""
            + api.resolve(annotations(bia) + "/" + remark)
            + "\"}";
    assertEquals(201, post(town.user(), bia, reply).statusCode());
    MimeMessage toExpert = mailTo("expert@demo.crt-portaal.invalid", "Antwoord van " + town.name());
    assertTrue(
        String.valueOf(toExpert.getContent()).contains("Op basis van de workshop van maart."));

    String processed = "api/submissions/" + bia + "/review/remarks/" + remark + "/processed";
    assertEquals(403, api.put("expert", processed, "{\"processed\":true}").statusCode());
    assertEquals(204, api.put(town.user(), processed, "{\"processed\":true}").statusCode());
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM remark WHERE id = ? AND processed_at IS NOT NULL", remark));
  }

  @Test
  void groupFeedbackCountsByThemeAndLeavesNoMunicipalityName() throws Exception {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    addRemark(
        bia,
        remark(
            "questioning",
            "mtpd-rto-rpo",
            "Hoe kwam " + town.name() + " aan vier uur?",
            RTO,
            false));
    addRemark(
        bia,
        remark(
            "assessing",
            "governance",
            "Mooi dat het college van " + town.name() + " tekende.",
            OTHER,
            false));
    addRemark(
        bia,
        remark("commenting", "mtpd-rto-rpo", "Intern: " + town.name() + " opvolgen", MTPD, true));
    long round =
        TestServices.number(
            "SELECT id FROM feedback_round WHERE wave_id = ? AND number = 1",
            TestServices.bcpWave());

    HttpResponse<String> overview =
        api.get("coordinator", "api/rounds/" + round + "/group-feedback");
    assertEquals(200, overview.statusCode(), overview.body());
    assertFalse(overview.body().contains(town.name()), "no municipality name in the overview");
    JsonObject mtpd =
        object(overview).getJsonArray("themes").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("theme").equals("MTPD_RTO_RPO"))
            .findFirst()
            .orElseThrow();
    assertTrue(mtpd.getInt("total") >= 2);
    assertTrue(
        mtpd.getJsonArray("examples").stream()
            .anyMatch(
                e ->
                    e.asJsonObject()
                        .getString("text")
                        .equals("Hoe kwam [gemeente] aan vier uur?")));
    assertFalse(overview.body().contains("opvolgen"), "internal remarks are counted, never quoted");

    assertEquals(
        403,
        api.put(town.user(), "api/rounds/" + round + "/group-feedback", "{\"text\":\"x\"}")
            .statusCode());
    assertEquals(
        403,
        api.put("expert", "api/rounds/" + round + "/group-feedback", "{\"text\":\"x\"}")
            .statusCode());
    assertEquals(
        204,
        api.put(
                "coordinator",
                "api/rounds/" + round + "/group-feedback",
                "{\"text\":\"Veel RTO's zonder onderbouwing.\"}")
            .statusCode());
    HttpResponse<byte[]> docx =
        api.getBytes("coordinator", "api/rounds/" + round + "/group-feedback.docx");
    assertEquals(200, docx.statusCode());
    try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        var text = new XWPFWordExtractor(doc)) {
      String content = text.getText();
      assertTrue(content.contains("Veel RTO's zonder onderbouwing."), content);
      assertTrue(content.contains("Hoe kwam [gemeente] aan vier uur?"), content);
      assertFalse(content.contains(town.name()), content);
    }
    assertEquals(
        403,
        api.getBytes(town.user(), "api/rounds/" + round + "/group-feedback.docx").statusCode());

    long remarkId = TestServices.number("SELECT MIN(id) FROM remark WHERE submission_id = ?", bia);
    HttpResponse<String> lesson =
        api.post("coordinator", "api/remarks/" + remarkId + "/lesson-draft");
    assertEquals(201, lesson.statusCode(), lesson.body());
    long lessonId = object(lesson).getJsonNumber("id").longValue();
    assertEquals(
        0,
        TestServices.number(
            "SELECT COUNT(*) FROM lesson WHERE id = ? AND (body LIKE ? OR title LIKE ?)",
            lessonId,
            "%" + town.name() + "%",
            "%" + town.name() + "%"));
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM lesson WHERE id = ? AND status = 'DRAFT' AND source_remark_id = ?",
            lessonId,
            remarkId));
    assertEquals(
        403, api.post(town.user(), "api/remarks/" + remarkId + "/lesson-draft").statusCode());
  }

  @Test
  void roundsArePlannedAndReleasedForTheWholeWave() {
    Town town = town();
    long bia = upload(town, "BIA", PLAN_V1);
    addRemark(bia, remark("commenting", "governance", "Wie keurt de BIA goed?", OTHER, false));
    HttpResponse<String> rounds =
        api.get("coordinator", "api/waves/" + TestServices.bcpWave() + "/rounds");
    assertEquals(200, rounds.statusCode(), rounds.body());
    JsonArray list = ApiClient.array(rounds);
    assertEquals(3, list.size());
    long round = list.getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        403, api.get(town.user(), "api/waves/" + TestServices.bcpWave() + "/rounds").statusCode());

    assertError(
        api.put(
            "coordinator",
            "api/rounds/" + round,
            "{\"opensOn\":\"2026-12-10\",\"closesOn\":\"2026-12-01\"}"),
        400,
        "sluitingsdatum");
    assertError(
        api.put("coordinator", "api/rounds/" + round, "{\"opensOn\":\"tien december\"}"),
        400,
        "datum");
    assertEquals(
        403, api.put("expert", "api/rounds/" + round, "{\"opensOn\":\"2026-12-01\"}").statusCode());
    assertEquals(
        204,
        api.put(
                "coordinator",
                "api/rounds/" + round,
                "{\"opensOn\":\"2026-11-01\",\"closesOn\":\"2027-01-31\",\"releaseOn\":\"2027-02-05\"}")
            .statusCode());
    assertEquals(
        "2027-01-31",
        ApiClient.array(api.get("coordinator", "api/waves/" + TestServices.bcpWave() + "/rounds"))
            .getJsonObject(0)
            .getString("closesOn"));

    assertEquals(403, api.post("expert", "api/rounds/" + round + "/release").statusCode());
    HttpResponse<String> released = api.post("coordinator", "api/rounds/" + round + "/release");
    assertEquals(200, released.statusCode(), released.body());
    assertTrue(object(released).getInt("municipalities") >= 1);
    assertEquals(1, object(api.get(town.user(), annotations(bia))).getInt("total"));
    assertEquals(
        0,
        object(api.post("coordinator", "api/rounds/" + round + "/release"))
            .getInt("municipalities"),
        "twice changes nothing");

    JsonArray worklist = ApiClient.array(api.get("expert", "api/review/worklist"));
    assertTrue(
        worklist.stream()
            .anyMatch(r -> r.asJsonObject().getJsonNumber("submissionId").longValue() == bia));
    assertEquals(403, api.get(town.user(), "api/review/worklist").statusCode());
    assertEquals(
        0,
        ApiClient.array(api.get("analist", "api/review/worklist")).stream()
            .filter(r -> r.asJsonObject().getString("municipality").equals(town.name()))
            .count());
  }

  /** Hits of the internal search for the user; 0 when the user may not search at all. */
  private long searchTotal(String user, String q) {
    HttpResponse<String> r = api.get(user, "api/search?q=" + q);
    return r.statusCode() == 200 ? object(r).getJsonNumber("total").longValue() : 0;
  }

  private static String anchor(long remark, long version) {
    try (var connection = TestServices.database();
        var statement =
            connection.prepareStatement(
                "SELECT state FROM remark_anchor WHERE remark_id = ? AND version_id = ?")) {
      statement.setLong(1, remark);
      statement.setLong(2, version);
      var result = statement.executeQuery();
      return result.next() ? result.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage mailTo(String address, String subjectStart) {
    return Mailbox.await(
        m -> Mailbox.recipients(m).contains(address) && Mailbox.subject(m).startsWith(subjectStart),
        "'" + subjectStart + "' to " + address);
  }

  private static void waitUntil(BooleanSupplier condition, String what) {
    TestServices.waitUntil(Duration.ofSeconds(20), condition, what);
  }

  private static void assertError(HttpResponse<String> response, int status, String fragment) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(fragment), response.body());
  }
}
