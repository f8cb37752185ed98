package be.vlaanderen.crt.portal.submission;

import static be.vlaanderen.crt.portal.testsupport.ApiClient.array;
import static be.vlaanderen.crt.portal.testsupport.ApiClient.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.storage.ContentKeys;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import io.minio.GetObjectArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The portal's document path end to end, through the REST API as a script would use it, on Payara
 * Micro against the real MariaDB and a real S3 server: upload, versions, download, every refusal,
 * isolation between municipalities, and the object store failing mid-test.
 */
class SubmissionApiIT extends PortalIT {

  @Test
  void uploadStoresExactlyTheBytesAndDownloadGivesThemBack() throws Exception {
    byte[] pdf = SampleFiles.pdf("BIA Aalst " + UUID.randomUUID());
    HttpResponse<String> response = api.upload("aalst", bia("aalst"), "BIA Aalst.pdf", pdf);

    assertEquals(201, response.statusCode(), response.body());
    JsonObject version = object(response);
    assertEquals(sha256(pdf), version.getString("sha256"));
    assertEquals(pdf.length, version.getJsonNumber("size").longValue());
    assertEquals("application/pdf", version.getString("mediaType"));
    assertEquals("BIA Aalst.pdf", version.getString("fileName"));
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/api/submissions/" + version.getInt("submissionId")));

    try (InputStream stored =
        TestServices.s3Client()
            .getObject(
                GetObjectArgs.builder()
                    .bucket(TestServices.BUCKET)
                    .object(ContentKeys.forSha256(sha256(pdf)))
                    .build())) {
      assertEquals(
          sha256(pdf),
          sha256(stored.readAllBytes()),
          "the object in S3 holds exactly the uploaded bytes");
    }
    assertEquals(
        1,
        TestServices.number("SELECT COUNT(*) FROM document_version WHERE sha256 = ?", sha256(pdf)));

    HttpResponse<byte[]> download =
        api.getBytes("expert", "api/documents/" + version.getInt("versionId") + "/content");
    assertEquals(200, download.statusCode());
    assertArrayEquals(pdf, download.body(), "bytes out equal bytes in");
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("\"" + sha256(pdf) + "\"", download.headers().firstValue("ETag").orElseThrow());
    assertTrue(
        download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
    int number = version.getInt("version");
    assertEquals(
        "attachment; filename=\"Aalst - BIA v"
            + number
            + " - BIA Aalst.pdf\"; filename*=UTF-8''Aalst%20-%20BIA%20v"
            + number
            + "%20-%20BIA%20Aalst.pdf",
        download.headers().firstValue("Content-Disposition").orElseThrow(),
        "an expert's download says whose document and which version it is");

    HttpResponse<byte[]> own =
        api.getBytes("aalst", "api/documents/" + version.getInt("versionId") + "/content");
    assertArrayEquals(pdf, own.body());
    assertEquals(
        "attachment; filename=\"BIA Aalst.pdf\"; filename*=UTF-8''BIA%20Aalst.pdf",
        own.headers().firstValue("Content-Disposition").orElseThrow(),
        "the municipality gets its own file name back");
  }

  @Test
  void everyUploadIsANewImmutableVersion() {
    long assignment = bia("aalst");
    JsonObject first =
        object(
            api.upload(
                "aalst", assignment, "bia.xlsx", SampleFiles.xlsx("BIA " + UUID.randomUUID())));
    JsonObject second =
        object(
            api.upload(
                "aalst", assignment, "bia.docx", SampleFiles.docx("BIA " + UUID.randomUUID())));

    assertEquals(first.getInt("submissionId"), second.getInt("submissionId"));
    assertEquals(first.getInt("version") + 1, second.getInt("version"));
    JsonObject submission =
        object(api.get("aalst", "api/submissions/" + first.getInt("submissionId")));
    var versions = submission.getJsonArray("versions");
    assertEquals(
        second.getInt("version"), versions.getJsonObject(0).getInt("version"), "newest first");
    assertTrue(
        versions.stream()
            .anyMatch(v -> v.asJsonObject().getString("sha256").equals(first.getString("sha256"))),
        "the earlier version is still there, unchanged");
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        versions.stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getInt("version") == first.getInt("version"))
            .findFirst()
            .orElseThrow()
            .getString("mediaType"));
  }

  @Test
  void identicalContentIsStoredOnceButRecordedAsTwoVersions() {
    byte[] odt = SampleFiles.odt("BCP " + UUID.randomUUID());
    long assignment = bia("brugge");
    JsonObject first = object(api.upload("brugge", assignment, "bcp.odt", odt));
    JsonObject second = object(api.upload("brugge", assignment, "bcp-copy.odt", odt));

    assertEquals(first.getInt("version") + 1, second.getInt("version"));
    assertEquals(
        2,
        TestServices.number("SELECT COUNT(*) FROM document_version WHERE sha256 = ?", sha256(odt)));
    assertEquals(
        1, TestServices.objectKeys().stream().filter(k -> k.endsWith(sha256(odt))).count());
  }

  @Test
  void everyAcceptedFormatIsAccepted() {
    long assignment = bia("brugge");
    assertEquals(
        201,
        api.upload("brugge", assignment, "bia.ods", SampleFiles.ods("BIA " + UUID.randomUUID()))
            .statusCode());
    assertEquals(
        201,
        api.upload("brugge", assignment, "bcp.pdf", SampleFiles.pdf("BCP " + UUID.randomUUID()))
            .statusCode());
    assertEquals(
        201,
        api.upload("brugge", assignment, "bcp", SampleFiles.docx("BCP " + UUID.randomUUID()))
            .statusCode());
  }

  @Test
  void refusedFilesGetAClearDutchMessageAndLeaveNoTrace() {
    long assignment = bia("aalst");
    long rowsBefore = TestServices.number("SELECT COUNT(*) FROM document_version");
    Set<String> objectsBefore = TestServices.objectKeys();

    assertRefused(
        api.upload("aalst", assignment, "bcp.pdf", SampleFiles.executable()),
        415,
        "DISGUISED",
        "uitvoerbaar programma");
    assertRefused(
        api.upload("aalst", assignment, "bia.docx", SampleFiles.text("not a document")),
        415,
        "DISGUISED",
        "platte tekst");
    assertRefused(
        api.upload("aalst", assignment, "bia.docx", SampleFiles.pdf("a PDF in disguise")),
        415,
        "DISGUISED",
        "PDF");
    assertRefused(
        api.upload("aalst", assignment, "archive.zip", SampleFiles.zip("zip")),
        415,
        "UNSUPPORTED_TYPE",
        "PDF, DOCX, XLSX, ODT en ODS");
    assertRefused(
        api.upload("aalst", assignment, "notes.txt", SampleFiles.text("notes")),
        415,
        "UNSUPPORTED_TYPE",
        "platte tekst");
    assertRefused(api.upload("aalst", assignment, "empty.pdf", new byte[0]), 400, "EMPTY", "leeg");
    assertRefused(
        api.upload("aalst", assignment, "huge.pdf", new byte[50 * 1024 * 1024 + 1]),
        413,
        "TOO_LARGE",
        "50 MB");

    assertEquals(
        rowsBefore,
        TestServices.number("SELECT COUNT(*) FROM document_version"),
        "no row for a refused file");
    assertEquals(objectsBefore, TestServices.objectKeys(), "no object for a refused file");
  }

  @Test
  void damagedEncryptedAndInflatingDocumentsAreRefusedAndLeaveNoTrace() {
    long assignment = bia("aalst");
    long rowsBefore = TestServices.number("SELECT COUNT(*) FROM document_version");
    Set<String> objectsBefore = TestServices.objectKeys();

    assertRefused(
        api.upload("aalst", assignment, "plan.pdf", SampleFiles.truncatedPdf()),
        422,
        "DAMAGED",
        "beschadigd");
    assertRefused(
        api.upload("aalst", assignment, "plan.pdf", SampleFiles.pdfWithoutReadableObjects("x")),
        422,
        "DAMAGED",
        "kan niet geopend worden als PDF");
    assertRefused(
        api.upload("aalst", assignment, "plan.pdf", SampleFiles.encryptedPdf("plan", "geheim")),
        415,
        "ENCRYPTED",
        "wachtwoord");
    assertRefused(
        api.upload("aalst", assignment, "plan.docx", SampleFiles.docxInflatingTo("bom", 300)),
        422,
        "INFLATES_TOO_MUCH",
        "zip-bom");
    assertRefused(
        api.upload("aalst", assignment, "plan.docx", SampleFiles.docxWithEntries("veel", 10_001)),
        422,
        "INFLATES_TOO_MUCH",
        "zip-bom");

    assertEquals(
        rowsBefore,
        TestServices.number("SELECT COUNT(*) FROM document_version"),
        "no row for a refused file");
    assertEquals(objectsBefore, TestServices.objectKeys(), "no object for a refused file");

    // Unusual but harmless documents are still taken in.
    assertEquals(
        201,
        api.upload("aalst", assignment, "lang.pdf", SampleFiles.pdfPages(manyPages(60)))
            .statusCode());
  }

  private static java.util.List<String> manyPages(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> "Pagina " + i + " " + UUID.randomUUID())
        .toList();
  }

  @Test
  void fileNamesWithPathPartsOrControlCharactersAreSanitisedAndTheOriginalShownSafely() {
    JsonObject version =
        object(
            api.upload(
                "aalst",
                bia("aalst"),
                "..\\..\\windows\\BIA\u202Efdp.exe\u0007.pdf",
                SampleFiles.pdf("name " + UUID.randomUUID())));
    assertEquals("BIAfdp.exe.pdf", version.getString("fileName"));
    assertEquals(
        "..\\..\\windows\\BIA\\u202Efdp.exe\\u0007.pdf", version.getString("originalFileName"));
  }

  @Test
  void anotherMunicipalitySeesAndTouchesNothingOfAalst() {
    JsonObject version =
        object(
            api.upload(
                "aalst", bia("aalst"), "bia.pdf", SampleFiles.pdf("private " + UUID.randomUUID())));
    int submission = version.getInt("submissionId");
    int versionId = version.getInt("versionId");

    assertEquals(404, api.get("brugge", "api/submissions/" + submission).statusCode());
    assertEquals(
        404, api.getBytes("brugge", "api/documents/" + versionId + "/content").statusCode());
    assertTrue(
        array(api.get("brugge", "api/assignments")).stream()
            .noneMatch(a -> a.asJsonObject().getString("municipality").equals("Aalst")));
    HttpResponse<String> refused =
        api.upload(
            "brugge",
            aalstOnlyAssignment(),
            "bia.pdf",
            SampleFiles.pdf("intrusion " + UUID.randomUUID()));
    assertEquals(404, refused.statusCode());
    assertEquals("NOT_FOUND", object(refused).getString("error"));

    assertEquals(
        404,
        api.getBytes("steering", "api/documents/" + versionId + "/content").statusCode(),
        "steering sees no documents");
    assertEquals(
        403,
        api.upload(
                "expert", bia("expert"), "bia.pdf", SampleFiles.pdf("expert " + UUID.randomUUID()))
            .statusCode(),
        "reviewers read, they do not hand in");
    assertEquals(200, api.get("expert", "api/submissions/" + submission).statusCode());
    assertEquals(404, api.get("aalst", "api/submissions/999999").statusCode());
  }

  @Test
  void whenTheObjectStoreIsDownTheUploadFailsClearlyAndNothingIsRecorded() {
    long assignment = bia("aalst");
    byte[] pdf = SampleFiles.pdf("while S3 is down " + UUID.randomUUID());
    TestServices.stopObjectStore();
    try {
      HttpResponse<String> response = api.upload("aalst", assignment, "bia.pdf", pdf);
      assertRefused(response, 503, "STORAGE_UNAVAILABLE", "niet opgeslagen");
      assertEquals(
          0,
          TestServices.number(
              "SELECT COUNT(*) FROM document_version WHERE sha256 = ?", sha256(pdf)));
      assertEquals(
          503,
          api.get(null, "/health/ready").statusCode(),
          "readiness is DOWN without the object store");
    } finally {
      TestServices.restartObjectStore();
    }
    assertEquals(
        201,
        api.upload("aalst", assignment, "bia.pdf", pdf).statusCode(),
        "works again once the store is back");
    assertEquals(200, api.get(null, "/health/ready").statusCode());
  }

  @Test
  void whenTheDatabaseFailsAfterTheObjectIsStoredNothingIsVisibleAndTheObjectIsReportedAsOrphan() {
    long assignment = bia("aalst");
    byte[] pdf = SampleFiles.pdf("while the database refuses " + UUID.randomUUID());
    String key = ContentKeys.forSha256(sha256(pdf));
    // A real failure of the database as the portal sees it: every insert of a version is refused.
    TestServices.execute(
        "CREATE TRIGGER refuse_versions BEFORE INSERT ON document_version FOR EACH ROW "
            + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated database failure'");
    try {
      assertRefused(
          api.upload("aalst", assignment, "bia.pdf", pdf),
          503,
          "DATABASE_UNAVAILABLE",
          "niets ingediend");
    } finally {
      TestServices.execute("DROP TRIGGER refuse_versions");
    }
    assertEquals(
        0,
        TestServices.number("SELECT COUNT(*) FROM document_version WHERE sha256 = ?", sha256(pdf)));
    assertTrue(
        TestServices.objectKeys().contains(key),
        "the object was written before the database failed");
    JsonObject report = object(api.get("coordinator", "api/admin/reconciliation"));
    assertTrue(
        report
            .getJsonArray("orphans")
            .getValuesAs(JsonValue::toString)
            .contains("\"" + key + "\""));

    JsonObject retried = object(api.upload("aalst", assignment, "bia.pdf", pdf));
    assertEquals(
        sha256(pdf),
        retried.getString("sha256"),
        "the same upload succeeds once the database is back");
  }

  @Test
  void aRecordedDocumentMissingFromStorageIsReportedLoudlyNotAsAnOutage() throws Exception {
    byte[] pdf = SampleFiles.pdf("to lose " + UUID.randomUUID());
    JsonObject version = object(api.upload("brugge", bia("brugge"), "bia.pdf", pdf));
    String key = ContentKeys.forSha256(sha256(pdf));
    TestServices.s3Client()
        .removeObject(RemoveObjectArgs.builder().bucket(TestServices.BUCKET).object(key).build());

    HttpResponse<String> download =
        api.get("brugge", "api/documents/" + version.getInt("versionId") + "/content");
    assertRefused(download, 500, "DOCUMENT_MISSING", "ontbreekt");
    JsonObject report = object(api.get("coordinator", "api/admin/reconciliation"));
    assertTrue(
        report
            .getJsonArray("missing")
            .getValuesAs(JsonValue::toString)
            .contains("\"" + key + "\""));

    // Handing in the same bytes again restores the object under its content key.
    assertEquals(201, api.upload("brugge", bia("brugge"), "bia.pdf", pdf).statusCode());
    assertArrayEquals(
        pdf,
        api.getBytes("brugge", "api/documents/" + version.getInt("versionId") + "/content").body());
  }

  @Test
  void reconciliationReportsObjectsThatNoRowReferences() throws Exception {
    byte[] stray = ("stray " + UUID.randomUUID()).getBytes();
    api.upload(
        "aalst",
        bia("aalst"),
        "bia.pdf",
        SampleFiles.pdf("make sure the bucket exists " + UUID.randomUUID()));
    String key = ContentKeys.forSha256(sha256(stray));
    TestServices.s3Client()
        .putObject(
            PutObjectArgs.builder().bucket(TestServices.BUCKET).object(key).stream(
                    new ByteArrayInputStream(stray), stray.length, -1)
                .build());

    JsonObject report = object(api.get("coordinator", "api/admin/reconciliation"));
    assertTrue(
        report
            .getJsonArray("orphans")
            .getValuesAs(JsonValue::toString)
            .contains("\"" + key + "\""));
    assertTrue(report.getJsonArray("missing").isEmpty(), "every row has its object");
    assertEquals(403, api.get("aalst", "api/admin/reconciliation").statusCode());

    // Every kind of stored file contributes its references: toolkit files are no orphans.
    assertTrue(report.getJsonObject("owners").getInt("toolkit files") > 0, report.toString());
    try (var rows =
        TestServices.database()
            .createStatement()
            .executeQuery("SELECT storage_key FROM toolkit_resource")) {
      while (rows.next()) {
        assertFalse(
            report
                .getJsonArray("orphans")
                .getValuesAs(JsonValue::toString)
                .contains("\"" + rows.getString(1) + "\""),
            "a toolkit file is referenced");
      }
    }

    // Removal: a dry run first, and only what is older than the grace period.
    JsonObject young =
        object(
            api.post(
                "coordinator",
                "api/admin/reconciliation/orphans/removal?dryRun=true&graceHours=24"));
    assertTrue(young.getJsonArray("tooYoung").toString().contains(key), young.toString());
    assertFalse(young.getJsonArray("removable").toString().contains(key));
    JsonObject dry =
        object(
            api.post(
                "coordinator",
                "api/admin/reconciliation/orphans/removal?dryRun=true&graceHours=0"));
    assertTrue(dry.getJsonArray("removable").toString().contains(key), dry.toString());
    assertEquals(0, dry.getInt("removed"));
    assertTrue(TestServices.objectKeys().contains(key), "a dry run removes nothing");
    assertEquals(
        403,
        api.post("aalst", "api/admin/reconciliation/orphans/removal?dryRun=false&graceHours=0")
            .statusCode());
    assertRefused(
        api.post("coordinator", "api/admin/reconciliation/orphans/removal?graceHours=abc"),
        400,
        "INVALID_INPUT",
        "wachttijd");
    assertRefused(
        api.post("coordinator", "api/admin/reconciliation/orphans/removal?graceHours=-1"),
        400,
        "INVALID_INPUT",
        "wachttijd");
    assertRefused(
        api.post("coordinator", "api/admin/reconciliation/orphans/removal?dryRun=misschien"),
        400,
        "INVALID_INPUT",
        "dryRun");
    assertTrue(TestServices.objectKeys().contains(key), "refused requests remove nothing");
    JsonObject removed =
        object(
            api.post(
                "coordinator",
                "api/admin/reconciliation/orphans/removal?dryRun=false&graceHours=0"));
    assertTrue(removed.getInt("removed") >= 1, removed.toString());
    assertFalse(TestServices.objectKeys().contains(key), "the orphan is gone");
    JsonObject after = object(api.get("coordinator", "api/admin/reconciliation"));
    assertTrue(after.getJsonArray("orphans").isEmpty(), after.toString());
    assertTrue(after.getJsonArray("missing").isEmpty(), "nothing referenced was removed");
  }

  @Test
  void theDeepCheckFindsAnObjectWhoseBytesChanged() throws Exception {
    byte[] pdf = SampleFiles.pdf("deep check " + UUID.randomUUID());
    assertEquals(201, api.upload("aalst", bia("aalst"), "bia.pdf", pdf).statusCode());
    String key = ContentKeys.forSha256(sha256(pdf));
    byte[] other = SampleFiles.pdf("tampered " + UUID.randomUUID());
    putObject(key, other);
    try {
      assertEquals(403, api.post("aalst", "api/admin/reconciliation/deep").statusCode());
      HttpResponse<String> started = api.post("coordinator", "api/admin/reconciliation/deep");
      assertEquals(202, started.statusCode(), started.body());
      JsonObject progress = object(started);
      long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
      while (progress.getString("state").equals("RUNNING") && System.nanoTime() < until) {
        Thread.sleep(200);
        progress = object(api.get("coordinator", "api/admin/reconciliation/deep"));
      }
      assertEquals("DONE", progress.getString("state"), progress.toString());
      assertEquals(progress.getInt("total"), progress.getInt("checked"));
      assertTrue(progress.getInt("total") > 0);
      assertEquals(
          List.of(key),
          progress.getJsonArray("mismatched").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList(),
          "exactly the changed object");
      assertTrue(progress.getJsonArray("missing").isEmpty());
    } finally {
      putObject(key, pdf);
    }
  }

  @Test
  void anUploadRetriedWithItsIdempotencyKeyGivesTheSameVersion() {
    long assignment = bia("aalst");
    byte[] pdf = SampleFiles.pdf("idempotent " + UUID.randomUUID());
    String key = UUID.randomUUID().toString();
    String path = "api/assignments/" + assignment + "/documents";
    HttpResponse<String> first =
        api.uploadTo("aalst", path, "bia.pdf", pdf, "Idempotency-Key", key);
    assertEquals(201, first.statusCode(), first.body());
    long versions = TestServices.number("SELECT COUNT(*) FROM document_version");
    HttpResponse<String> again =
        api.uploadTo("aalst", path, "bia.pdf", pdf, "Idempotency-Key", key);
    assertEquals(201, again.statusCode(), again.body());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertEquals(
        object(first).getInt("versionId"), object(again).getInt("versionId"), "the same version");
    assertEquals(versions, TestServices.number("SELECT COUNT(*) FROM document_version"));
    assertRefused(
        api.uploadTo(
            "aalst",
            path,
            "bia.pdf",
            SampleFiles.pdf("another file " + UUID.randomUUID()),
            "Idempotency-Key",
            key),
        422,
        "IDEMPOTENCY_KEY_REUSED",
        "ander bestand");
    assertEquals(versions, TestServices.number("SELECT COUNT(*) FROM document_version"));
    assertEquals(
        "201",
        String.valueOf(
            api.uploadTo("aalst", path, "bia.pdf", pdf, "Idempotency-Key", key + "-b")
                .statusCode()),
        "another key is another upload");
    assertRefused(
        api.uploadTo(
            "aalst",
            "api/assignments/" + otherAssignment("aalst", assignment) + "/documents",
            "bcp.pdf",
            pdf,
            "Idempotency-Key",
            key),
        409,
        "CONFLICT",
        "andere opdracht");
    assertRefused(
        api.uploadTo("aalst", path, "bia.pdf", pdf, "Idempotency-Key", "spaties mogen niet"),
        400,
        "INVALID_INPUT",
        "Idempotency-Key");
  }

  private long otherAssignment(String user, long not) {
    return array(api.get(user, "api/assignments")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> !a.getString("kind").equals("SELF_EVALUATION"))
        .mapToLong(a -> a.getJsonNumber("assignmentId").longValue())
        .filter(id -> id != not)
        .findFirst()
        .orElseThrow();
  }

  private static void putObject(String key, byte[] bytes) throws Exception {
    TestServices.s3Client()
        .putObject(
            PutObjectArgs.builder().bucket(TestServices.BUCKET).object(key).stream(
                    new ByteArrayInputStream(bytes), bytes.length, -1)
                .build());
  }

  @Test
  void callersAreIdentifiedByHttpBasicOnly() {
    JsonObject me = object(api.get("aalst", "api/me"));
    assertEquals("aalst", me.getString("username"));
    assertEquals("Aalst", me.getString("municipality"));
    assertEquals("MUNICIPALITY", me.getJsonArray("roles").getString(0));

    HttpResponse<String> anonymous = api.get(null, "api/me");
    assertEquals(401, anonymous.statusCode());
    assertEquals("UNAUTHENTICATED", object(anonymous).getString("error"));
    assertTrue(
        anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertEquals(401, api.get("aalst:wrong", "api/me").statusCode());
  }

  @Test
  void healthAndOpenApiAreServed() {
    HttpResponse<String> ready = api.get(null, "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"object-store\""));
    HttpResponse<String> openapi = api.get(null, "/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(
        openapi.body().contains("/api/assignments/{id}/documents"),
        openapi.body().substring(0, Math.min(400, openapi.body().length())));
  }

  private long bia(String user) {
    return array(api.get(user, "api/assignments")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("kind").equals("BIA"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("assignmentId")
        .longValue();
  }

  /**
   * A wave in which only Aalst is enrolled, with its own assignment: Brugge has no business there.
   */
  private static long aalstOnlyAssignment() {
    long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
    long programme = TestServices.number("SELECT MIN(id) FROM programme");
    long wave =
        TestServices.insert(
            "INSERT INTO wave (programme_id, number, name) VALUES (?, ?, ?)",
            programme,
            100 + (int) (Math.random() * 1_000_000),
            "Aalst alone");
    TestServices.insert(
        "INSERT INTO enrollment (wave_id, municipality_id) VALUES (?, ?)", wave, aalst);
    return TestServices.insert(
        "INSERT INTO assignment (wave_id, kind, title, deadline) VALUES (?, 'BCP', 'Only for Aalst', NOW())",
        wave);
  }

  private static void assertRefused(
      HttpResponse<String> response, int status, String code, String messagePart) {
    assertEquals(status, response.statusCode(), response.body());
    JsonObject error = object(response);
    assertEquals(code, error.getString("error"));
    assertTrue(error.getString("message").contains(messagePart), error.getString("message"));
    assertFalse(error.getString("message").isBlank());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- login throttling and password hashing (issue 13)

  private static String account(String prefix, String hash) {
    String user = prefix + UUID.randomUUID().toString().substring(0, 8);
    TestServices.insert(
        "INSERT INTO user_account (username, display_name, email, password_hash, role, municipality_id)"
            + " SELECT ?, ?, ?, COALESCE(?, password_hash), 'MUNICIPALITY', municipality_id"
            + " FROM user_account WHERE username = 'aalst'",
        user,
        "Test " + user,
        user + "@example.invalid",
        hash);
    return user;
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhileAndTheRightOneWorksAfterwards()
      throws Exception {
    String user = account("slot-", null);
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          401, api.get(user + ":fout", "api/me").statusCode(), "attempt " + i + " is free");
    }
    assertEquals(401, api.get(user + ":fout", "api/me").statusCode(), "the sixth locks");
    HttpResponse<String> locked = api.get(user, "api/me");
    assertRefused(locked, 429, "TOO_MANY_ATTEMPTS", "Te veel mislukte aanmeldpogingen");
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(
        retryAfter >= 1 && retryAfter <= 5, "the test's lock is a few seconds: " + retryAfter);
    assertEquals(
        1,
        TestServices.number(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_LOCKED' AND actor = ?", user));
    assertTrue(
        api.get("coordinator", "api/admin/login-locks").body().contains("account:" + user),
        "the coordinator sees the lock");
    assertEquals(403, api.get("aalst", "api/admin/login-locks").statusCode());

    Thread.sleep(retryAfter * 1000 + 500);
    assertEquals(200, api.get(user, "api/me").statusCode(), "the right password works again");
    assertEquals(
        0,
        TestServices.number(
            "SELECT COUNT(*) FROM login_throttle WHERE subject = ?", "account:" + user),
        "a success clears the count");
  }

  @Test
  void anOldPasswordHashIsReplacedByAStrongerOneAtLogin() throws Exception {
    byte[] salt = new byte[32];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new javax.crypto.spec.PBEKeySpec("demo".toCharArray(), salt, 2048, 256))
            .getEncoded();
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
    String old =
        "PBKDF2WithHmacSHA256:2048:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    String user = account("oud-", old);

    assertEquals(200, api.get(user, "api/me").statusCode(), "the old hash still verifies");
    String now =
        TestServices.string("SELECT password_hash FROM user_account WHERE username = ?", user);
    assertTrue(now.startsWith("PBKDF2WithHmacSHA256:600000:"), now.substring(0, 30));
    assertEquals(200, api.get(user, "api/me").statusCode(), "and so does the new one");
  }

  @Test
  void anotherSiteCannotMakeABrowserChangeAnythingThroughTheApi() {
    long assignment = bia("aalst");
    String path = "api/assignments/" + assignment + "/documents";
    long versions = TestServices.number("SELECT COUNT(*) FROM document_version");
    byte[] pdf = SampleFiles.pdf("cross-site " + UUID.randomUUID());
    assertRefused(
        api.uploadTo("aalst", path, "bia.pdf", pdf, "Origin", "https://evil.example"),
        403,
        "CROSS_SITE",
        "andere website");
    assertRefused(
        api.uploadTo("aalst", path, "bia.pdf", pdf, "Sec-Fetch-Site", "cross-site"),
        403,
        "CROSS_SITE",
        "niets gewijzigd");
    assertEquals(versions, TestServices.number("SELECT COUNT(*) FROM document_version"));
    // Reading stays possible (no change), and scripts without those headers work as before.
    assertEquals(
        200,
        api.exchange("aalst", "GET", "api/me", null, "Origin", "https://evil.example")
            .statusCode());
    assertEquals(201, api.upload("aalst", assignment, "bia.pdf", pdf).statusCode());

    // Browsers are never challenged into remembering Basic credentials; scripts are.
    HttpResponse<String> browser =
        api.exchange(null, "GET", "api/me", null, "Sec-Fetch-Mode", "navigate");
    assertEquals(401, browser.statusCode());
    assertTrue(browser.headers().firstValue("WWW-Authenticate").isEmpty());
    HttpResponse<String> script = api.get(null, "api/me");
    assertEquals(401, script.statusCode());
    assertTrue(script.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void pagesApiAnswersAndDownloadsCarryTheSecurityHeaders() {
    for (HttpResponse<?> response :
        List.of(
            api.get(null, "login.xhtml"),
            api.get(null, "toolkit/index.xhtml"),
            api.get("aalst", "api/assignments"),
            api.get(null, "api/me"),
            api.getBytes(null, "api/toolkit/handbook.pdf"))) {
      var headers = response.headers();
      assertEquals(
          "nosniff",
          headers.firstValue("X-Content-Type-Options").orElse(""),
          response.uri().toString());
      assertEquals(
          "strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""));
      assertTrue(
          headers
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("frame-ancestors 'self'"));
      assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
    }
  }

  @Test
  void oversizeBodiesAreRefusedBeforeTheyAreRead() throws Exception {
    String big = "{\"token\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    HttpResponse<String> declared = api.postJson(null, "api/public/password", big);
    assertRefused(declared, 413, "BODY_TOO_LARGE", "te groot");

    // Without a declared length (chunked): counted as it streams, refused with a 4xx.
    var chunked =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(api.resolve("api/public/password"))
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes())))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(
        chunked.statusCode() >= 400 && chunked.statusCode() < 500,
        chunked.statusCode() + " " + chunked.body());
    assertTrue(chunked.headers().firstValue("Content-Type").orElse("").contains("json"));

    // Nesting deeper than any request needs: 400 with a message, not a stack overflow.
    String deep = "[".repeat(5000) + "]".repeat(5000);
    HttpResponse<String> nested = api.postJson("coordinator", "api/lessons", deep);
    assertRefused(nested, 400, "INVALID_INPUT", "te diep genest");

    // Someone who may not upload is refused before the body is read.
    HttpResponse<String> steering =
        api.upload(
            "steering", bia("aalst"), "bia.pdf", SampleFiles.pdf("steering " + UUID.randomUUID()));
    assertTrue(
        steering.statusCode() == 403 || steering.statusCode() == 404,
        String.valueOf(steering.statusCode()));
  }
}
