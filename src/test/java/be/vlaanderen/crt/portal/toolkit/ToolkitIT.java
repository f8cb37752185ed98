package be.vlaanderen.crt.portal.toolkit;

import static be.vlaanderen.crt.portal.testsupport.ApiClient.array;
import static be.vlaanderen.crt.portal.testsupport.ApiClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The toolkit and the search on Payara Micro, MariaDB and S3: the lesson lifecycle, near-real-time
 * indexing through the change log, the public API without login, the internal search limited to
 * what the caller may read, and a rebuild that gives the same answers.
 */
class ToolkitIT extends PortalIT {

  private static String lesson(String title, String body, String... themes) {
    return "{\"title\":\""
        + title
        + "\",\"summary\":\"Kort.\",\"body\":\""
        + body
        + "\",\"themes\":["
        + String.join(",", java.util.Arrays.stream(themes).map(t -> "\"" + t + "\"").toList())
        + "]}";
  }

  private long publicTotal(String q) {
    HttpResponse<String> r = api.get(null, "api/toolkit/search?q=" + q);
    assertEquals(200, r.statusCode(), r.body());
    return object(r).getJsonNumber("total").longValue();
  }

  @Test
  void aPublishedLessonIsFindableWithinSecondsAndGoneWhenRetired() {
    String word = "zonnepaneel" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        api.postJson(
            "expert",
            "api/lessons",
            lesson(
                "Les over " + word,
                "Het " + word + " van Aalst moet een RTO krijgen.",
                "ict-dependencies"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject saved = object(created);
    long id = saved.getJsonNumber("id").longValue();
    assertEquals(
        List.of("Aalst"),
        saved.getJsonArray("municipalityNames").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList(),
        "the author is warned about the name");
    assertEquals("DRAFT", saved.getString("status"));
    assertEquals(
        404, api.get(null, "api/toolkit/lessons/" + id).statusCode(), "a draft is not public");

    assertEquals(
        403,
        api.postJson("expert", "api/lessons/" + id + "/status", "{\"status\":\"APPROVED\"}")
            .statusCode());
    assertEquals(
        409,
        api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"PUBLISHED\"}")
            .statusCode(),
        "approve first");
    assertEquals(
        200,
        api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"APPROVED\"}")
            .statusCode());
    waitFor(() -> publicTotal(word) == 0, "approved is not yet public");
    long before = System.nanoTime();
    assertEquals(
        200,
        api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"PUBLISHED\"}")
            .statusCode());
    waitFor(() -> publicTotal(word) == 1, "published lesson findable");
    System.out.printf(
        "Published lesson findable after %d ms%n", (System.nanoTime() - before) / 1_000_000);
    assertEquals(200, api.get(null, "api/toolkit/lessons/" + id).statusCode());

    HttpResponse<String> edited =
        api.put(
            "coordinator",
            "api/lessons/" + id,
            lesson(
                "Les over " + word,
                "Het " + word + " van de gemeente moet een RTO krijgen.",
                "ict-dependencies"));
    assertEquals(200, edited.statusCode(), edited.body());
    assertEquals(0, object(edited).getJsonArray("municipalityNames").size());
    assertTrue(
        TestServices.number("SELECT COUNT(*) FROM lesson_revision WHERE lesson_id = ?", id) >= 4,
        "every step is a revision");

    assertEquals(
        200,
        api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"RETIRED\"}")
            .statusCode());
    waitFor(() -> publicTotal(word) == 0, "retired lesson gone");
    assertEquals(404, api.get(null, "api/toolkit/lessons/" + id).statusCode());
  }

  @Test
  void aLessonPointsToItsResourcesAndTellsWhereItComesFrom() {
    long resource = TestServices.number("SELECT MIN(id) FROM toolkit_resource");
    String resourceTitle;
    try (var c = TestServices.database();
        var st = c.prepareStatement("SELECT title FROM toolkit_resource WHERE id = ?")) {
      st.setLong(1, resource);
      var rs = st.executeQuery();
      rs.next();
      resourceTitle = rs.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    String json =
        "{\"title\":\"Gebruik het sjabloon\",\"body\":\"Begin met het sjabloon.\",\"themes\":[\"bia-method\"],"
            + "\"source\":\"Traject 2 \u00b7 workshop 3\",\"resources\":["
            + resource
            + "]}";
    assertError(
        api.postJson("coordinator", "api/lessons", json.replace("[" + resource + "]", "[99999]")),
        400,
        "99999");
    HttpResponse<String> created = api.postJson("coordinator", "api/lessons", json);
    assertEquals(201, created.statusCode(), created.body());
    long id = object(created).getJsonNumber("id").longValue();
    api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"APPROVED\"}");
    api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"PUBLISHED\"}");
    String page = api.get(null, "toolkit/les.xhtml?id=" + id).body();
    assertTrue(page.contains("Traject 2 \u00b7 workshop 3"), "source shown");
    assertTrue(
        page.contains("toolkit/hulpmiddel.xhtml?id=" + resource)
            && page.contains(
                resourceTitle.replace("&", "&amp;").replace("'", "&#39;").substring(0, 10)),
        "resource linked");
  }

  @Test
  void badLessonsAreRefusedAndChangeNothing() {
    long before = TestServices.number("SELECT COUNT(*) FROM lesson");
    assertError(
        api.postJson("coordinator", "api/lessons", lesson("", "Tekst", "governance")),
        400,
        "titel");
    assertError(api.postJson("coordinator", "api/lessons", lesson("Titel", "Tekst")), 400, "thema");
    assertError(
        api.postJson("coordinator", "api/lessons", lesson("Titel", "Tekst", "weer")), 400, "thema");
    assertError(api.postJson("coordinator", "api/lessons", "{oops"), 400, "JSON");
    assertEquals(
        403,
        api.postJson("aalst", "api/lessons", lesson("Titel", "Tekst", "governance")).statusCode());
    assertEquals(403, api.get("steering", "api/lessons").statusCode());
    assertEquals(before, TestServices.number("SELECT COUNT(*) FROM lesson"));
  }

  @Test
  void thePublicToolkitAnswersWithoutLogin() {
    HttpResponse<String> r = api.get(null, "api/toolkit/search?q=leverancier");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject result = object(r);
    assertTrue(result.getInt("total") >= 3, r.body());
    JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
    assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());
    assertTrue(result.getJsonObject("facets").getJsonObject("theme").containsKey("SUPPLIERS"));
    // A misspelling without hits shows what the closest spelling finds, and says so.
    JsonObject typo = object(api.get(null, "api/toolkit/search?q=leveranceir"));
    assertEquals("leverancier", typo.getString("suggestion"));
    assertEquals("SPELLING", typo.getString("fallback"), typo.toString());
    assertEquals(result.getInt("total"), typo.getInt("total"), typo.toString());
    String typoPage = api.get(null, "toolkit/index.xhtml?q=leveranceir").body();
    assertTrue(typoPage.contains("id=\"spelling\""), "the page says it searched the spelling");
    assertTrue(typoPage.contains("Niets gevonden voor \u201eleveranceir\u201c"), "in Dutch");
    assertTrue(
        array(api.get(null, "api/toolkit/suggest?q=leverancier")).stream()
            .anyMatch(t -> t.toString().toLowerCase(java.util.Locale.ROOT).contains("leverancier")),
        "the autocomplete offers titles with the word or a compound of it");
    assertFalse(array(api.get(null, "api/toolkit/suggest?q=oef")).isEmpty(), "autocomplete");
    assertEquals(200, api.get(null, "toolkit/index.xhtml?q=leverancier").statusCode());
    long resource = TestServices.number("SELECT MIN(id) FROM toolkit_resource");
    HttpResponse<byte[]> download = api.getBytes(null, "toolkit/bestand/" + resource);
    assertEquals(200, download.statusCode());
    assertTrue(download.body().length > 100);
    assertEquals(404, api.getBytes(null, "toolkit/bestand/999999").statusCode());
    // Script in the query comes back inert.
    String page = api.get(null, "toolkit/index.xhtml?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
    assertFalse(page.contains("<script>alert(1)</script>"));
  }

  @Test
  void theInternalSearchShowsOnlyWhatTheCallerMayRead() {
    String word = "dieselgenerator" + UUID.randomUUID().toString().substring(0, 6);
    long bia =
        TestServices.number(
            "SELECT MIN(id) FROM assignment WHERE kind = 'BIA' AND wave_id = (SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP')");
    HttpResponse<String> uploaded =
        api.upload(
            "aalst",
            bia,
            "bia-noodstroom.pdf",
            SampleFiles.pdf("Noodstroom met de " + word + " voor het stadhuis"));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    waitFor(() -> total("aalst", word) == 1, "own document findable");
    assertEquals(1, total("coordinator", word));
    assertEquals(1, total("expert", word), "assigned reviewer");
    assertEquals(0, total("analist", word), "unassigned reviewer: not even counted");
    assertEquals(0, total("brugge", word), "another municipality");
    assertEquals(403, api.get("steering", "api/search?q=" + word).statusCode());
    assertEquals(401, api.get(null, "api/search?q=" + word).statusCode());
    assertEquals(0, publicTotal(word), "never public");
  }

  @Test
  void aRebuildGivesTheSameAnswersAndTheHealthCheckShowsTheLag() {
    List<String> queries = List.of("leverancier", "oefening", "continuiteit", "rto", "back-up");
    // The same documents, counts, facets and snippets; the order of near ties may differ, since
    // an incrementally updated index still counts its deleted versions in the term statistics.
    List<java.util.Map<String, String>> before = queries.stream().map(this::answers).toList();
    assertEquals(403, api.post("expert", "api/admin/search/rebuild").statusCode());
    HttpResponse<String> rebuilt = api.post("coordinator", "api/admin/search/rebuild");
    assertEquals(200, rebuilt.statusCode(), rebuilt.body());
    assertTrue(object(rebuilt).getJsonNumber("documents").longValue() >= 30);
    List<java.util.Map<String, String>> after = queries.stream().map(this::answers).toList();
    assertEquals(before, after, "rebuild equals incremental");
    assertEquals(
        0, object(api.get("coordinator", "api/admin/search")).getJsonNumber("lag").longValue());
    String health = api.get(null, "health/ready").body();
    assertTrue(health.contains("search-index"), health);
    assertFalse(health.contains("\"lag\""), "figures only for the coordinator: " + health);
    assertEquals(0, healthFigure(searchHealth(), "lag"));
  }

  /** Every hit of a public search over all its pages (id → snippet), with total and facets. */
  private java.util.Map<String, String> answers(String q) {
    java.util.Map<String, String> answers = new java.util.TreeMap<>();
    JsonObject first = object(api.get(null, "api/toolkit/search?q=" + q));
    answers.put("total", first.get("total").toString());
    answers.put("facets", first.get("facets").toString());
    for (int page = 1; page <= first.getInt("pages"); page++) {
      for (JsonValue hit :
          object(api.get(null, "api/toolkit/search?q=" + q + "&page=" + page))
              .getJsonArray("hits")) {
        answers.put(hit.asJsonObject().getString("id"), hit.asJsonObject().toString());
      }
    }
    return answers;
  }

  @Test
  void theHandbookHasEveryPublishedLessonUnderItsThemeAndTheFeedListsThem() throws Exception {
    HttpResponse<byte[]> pdf = api.getBytes(null, "api/toolkit/handbook.pdf");
    assertEquals(200, pdf.statusCode());
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(
          doc.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(),
          "bookmarks");
    }
    assertTrue(text.startsWith("Handboek bedrijfscontinu\u00efteit"), text.substring(0, 80));
    assertTrue(text.contains("Inhoud") && text.contains("Leveranciers"), "table of contents");
    long published = TestServices.number("SELECT COUNT(*) FROM lesson WHERE status = 'PUBLISHED'");
    try (var c = TestServices.database();
        var st = c.createStatement();
        var rs = st.executeQuery("SELECT title FROM lesson WHERE status = 'PUBLISHED'")) {
      int found = 0;
      while (rs.next()) {
        String title = rs.getString(1).replace("\u2011", "-");
        if (text.replaceAll("\\s+", " ")
            .contains(title.replaceAll("\\s+", " ").substring(0, Math.min(30, title.length())))) {
          found++;
        }
      }
      assertEquals(published, found, "every published lesson is in the handbook");
    }
    assertEquals(
        java.util.Arrays.hashCode(pdf.body()),
        java.util.Arrays.hashCode(api.getBytes(null, "api/toolkit/handbook.pdf").body()),
        "kept until the toolkit changes");

    HttpResponse<String> feed = api.get(null, "api/toolkit/feed.atom");
    assertEquals(200, feed.statusCode());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xml =
        factory
            .newDocumentBuilder()
            .parse(
                new java.io.ByteArrayInputStream(
                    feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(Math.min(20, published), xml.getElementsByTagNameNS("*", "entry").getLength());
  }

  private long total(String user, String q) {
    HttpResponse<String> r = api.get(user, "api/search?q=" + q);
    assertEquals(200, r.statusCode(), r.body());
    return object(r).getJsonNumber("total").longValue();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("Timed out: " + what);
  }

  private static void assertError(HttpResponse<String> response, int status, String fragment) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains(fragment), response.body());
  }

  // ---- robust background work (issue 12)

  /** A municipality of its own in the BCP wave, with a contact person; answers its user name. */
  private static String town() {
    return TestServices.municipalityWithContact("Index");
  }

  private long biaOf(String user) {
    return api.get(user, "api/assignments").body().isEmpty()
        ? 0
        : ApiClient.array(api.get(user, "api/assignments")).stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(a -> a.getString("kind").equals("BIA"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("assignmentId")
            .longValue();
  }

  private long internalTotal(String q) {
    HttpResponse<String> r = api.get("coordinator", "api/search?q=" + q);
    assertEquals(200, r.statusCode(), r.body());
    return object(r).getJsonNumber("total").longValue();
  }

  private jakarta.json.JsonObject failureOf(String uid) {
    return ApiClient.array(api.get("coordinator", "api/admin/search/failures")).stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(f -> f.getString("uid").equals(uid))
        .findFirst()
        .orElse(null);
  }

  private jakarta.json.JsonObject searchHealth() {
    HttpResponse<String> ready = api.get("coordinator", "api/admin/health");
    assertEquals(200, ready.statusCode(), ready.body());
    return object(ready).getJsonArray("checks").stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals("search-index"))
        .findFirst()
        .orElseThrow();
  }

  /** A figure of a health check's data (numbers may come as JSON strings). */
  private static long healthFigure(jakarta.json.JsonObject check, String name) {
    jakarta.json.JsonValue value = check.getJsonObject("data").get(name);
    return value instanceof jakarta.json.JsonNumber n
        ? n.longValue()
        : Long.parseLong(((jakarta.json.JsonString) value).getString());
  }

  private long publishLesson(String word) {
    HttpResponse<String> created =
        api.postJson(
            "coordinator",
            "api/lessons",
            lesson("Les " + word, "Over " + word + ".", "governance"));
    assertEquals(201, created.statusCode(), created.body());
    long id = object(created).getJsonNumber("id").longValue();
    api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"APPROVED\"}");
    assertEquals(
        200,
        api.postJson("coordinator", "api/lessons/" + id + "/status", "{\"status\":\"PUBLISHED\"}")
            .statusCode());
    return id;
  }

  @Test
  void aDocumentWithoutExtractableTextNeverStopsIndexingAndIsParkedVisibly() {
    String user = town();
    String word = "gifpil" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> uploaded =
        api.upload(user, biaOf(user), "bia.docx", SampleFiles.docxWithBrokenMainPart(word));
    assertEquals(201, uploaded.statusCode(), "such a document passes intake: " + uploaded.body());
    long submission = object(uploaded).getJsonNumber("submissionId").longValue();
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM search_change WHERE doc_type = 'SUBMISSION' AND doc_id = ?",
            submission),
        "the search change was committed with the version");

    long before = System.nanoTime();
    String lessonWord = "naschok" + UUID.randomUUID().toString().substring(0, 6);
    publishLesson(lessonWord);
    waitFor(() -> publicTotal(lessonWord) == 1, "a lesson published after the poison document");
    System.out.printf(
        "Lesson findable %d ms after publishing, behind a poison document%n",
        (System.nanoTime() - before) / 1_000_000);

    String uid = "SUBMISSION:" + submission;
    waitFor(() -> failureOf(uid) != null, "the document is listed as failed");
    jakarta.json.JsonObject failure = failureOf(uid);
    assertEquals("TEXT_UNAVAILABLE", failure.getString("kind"));
    assertTrue(failure.getBoolean("parked"));
    assertTrue(failure.getString("reason").contains("Tekst niet beschikbaar"), failure.toString());
    assertEquals(
        "FAILED",
        TestServices.string(
            "SELECT t.status FROM document_text t JOIN document_version v ON v.id = t.version_id"
                + " WHERE v.submission_id = ?",
            submission),
        "the version's text is recorded as not available");

    jakarta.json.JsonObject health = searchHealth();
    assertEquals("UP", health.getString("status"), "parked documents do not make the node unready");
    assertTrue(healthFigure(health, "failed") >= 1, health.toString());
    assertEquals(200, api.get(null, "/health/ready").statusCode());

    // The coordinator retries it (after a fix); the document is still broken, so it comes back.
    assertEquals(
        403,
        api.post("expert", "api/admin/search/failures/" + failure.getJsonNumber("id") + "/retry")
            .statusCode());
    assertEquals(
        200,
        api.post(
                "coordinator",
                "api/admin/search/failures/" + failure.getJsonNumber("id") + "/retry")
            .statusCode());
    waitFor(
        () -> {
          jakarta.json.JsonObject again = failureOf(uid);
          return again != null && again.getBoolean("parked") && again.getInt("attempts") == 1;
        },
        "extracted again and parked again");
    assertEquals(
        404, api.post("coordinator", "api/admin/search/failures/99999999/retry").statusCode());
  }

  @Test
  void aDocumentThatCannotBeReadNowIsRetriedParkedAndTheRestGoesOn() {
    String user = town();
    String word = "kwijtgeraakt" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> uploaded =
        api.upload(user, biaOf(user), "bia.pdf", SampleFiles.pdf("Plan met " + word));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long submission = object(uploaded).getJsonNumber("submissionId").longValue();
    waitFor(() -> internalTotal(word) == 1, "the submission is findable");

    // Its object disappears (a restore gone wrong) and the text must be read again.
    String key =
        TestServices.string(
            "SELECT storage_key FROM document_version WHERE submission_id = ?", submission);
    try {
      unreadable(submission, word);
    } finally {
      TestServices.execute(
          "UPDATE document_version SET storage_key = '"
              + key
              + "' WHERE submission_id = "
              + submission);
    }
  }

  private void unreadable(long submission, String word) {
    TestServices.execute(
        "DELETE t FROM document_text t JOIN document_version v ON v.id = t.version_id"
            + " WHERE v.submission_id = "
            + submission);
    TestServices.execute(
        "UPDATE document_version SET storage_key = 'sha256/missing-"
            + UUID.randomUUID()
            + "' WHERE submission_id = "
            + submission);
    TestServices.insert(
        "INSERT INTO search_change (doc_type, doc_id, created_at) VALUES ('SUBMISSION', ?, NOW(3))",
        submission);
    String lessonWord = "daarna" + UUID.randomUUID().toString().substring(0, 6);
    publishLesson(lessonWord);

    waitFor(() -> publicTotal(lessonWord) == 1, "the change behind it is applied");
    String uid = "SUBMISSION:" + submission;
    waitFor(
        () -> failureOf(uid) != null && failureOf(uid).getBoolean("parked"),
        "retried with back-off, then parked");
    jakarta.json.JsonObject failure = failureOf(uid);
    assertEquals("LOAD_FAILED", failure.getString("kind"));
    assertEquals(4, failure.getInt("attempts"), failure.toString());
    assertEquals(1, internalTotal(word), "the index keeps what it had: no entry with empty text");
    assertTrue(healthFigure(searchHealth(), "failed") >= 1);
    String later = "nogeens" + UUID.randomUUID().toString().substring(0, 6);
    publishLesson(later);
    waitFor(() -> publicTotal(later) == 1, "the applier keeps running");
  }

  @Test
  void anObjectStoreOutageDelaysIndexingButLosesNothing() {
    String user = town();
    String word = "stroomuitval" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> first =
        api.upload(user, biaOf(user), "bia.pdf", SampleFiles.pdf("Eerste plan " + word));
    assertEquals(201, first.statusCode(), first.body());
    long submission = object(first).getJsonNumber("submissionId").longValue();
    waitFor(() -> internalTotal(word) == 1, "the first version is findable");
    String second = "tweedeversie" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(
        201,
        api.upload(user, biaOf(user), "bia.pdf", SampleFiles.pdf("Nieuw plan " + second))
            .statusCode());
    waitFor(() -> internalTotal(second) == 1, "the second version is findable");

    // The object store goes down while the second version's text has to be read again.
    TestServices.execute(
        "DELETE t FROM document_text t JOIN document_version v ON v.id = t.version_id"
            + " WHERE v.submission_id = "
            + submission);
    String uid = "SUBMISSION:" + submission;
    TestServices.stopObjectStore();
    try {
      TestServices.insert(
          "INSERT INTO search_change (doc_type, doc_id, created_at) VALUES ('SUBMISSION', ?, NOW(3))",
          submission);
      waitFor(() -> failureOf(uid) != null, "the failure is recorded");
      assertEquals("LOAD_FAILED", failureOf(uid).getString("kind"));
      assertEquals(1, internalTotal(second), "never indexed with empty text");
      String during = "tijdens" + UUID.randomUUID().toString().substring(0, 6);
      publishLesson(during);
      waitFor(() -> publicTotal(during) == 1, "lessons are indexed during the outage");
    } finally {
      TestServices.restartObjectStore();
    }
    waitFor(() -> failureOf(uid) == null, "retried once the store is back, and done");
    assertEquals(1, internalTotal(second));
    assertEquals(
        "OK",
        TestServices.string(
            "SELECT t.status FROM document_text t JOIN document_version v ON v.id = t.version_id"
                + " WHERE v.submission_id = ? ORDER BY v.version_number DESC LIMIT 1",
            submission));
    assertEquals("UP", searchHealth().getString("status"));
  }
}
