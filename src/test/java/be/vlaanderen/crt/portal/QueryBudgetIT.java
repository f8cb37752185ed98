package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.PageClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The SQL statements a page view or API read costs, counted by the portal itself (every statement
 * EclipseLink sends on the request's thread, read back from {@code /api/admin/requests/{id}}): each
 * stays within {@value #BUDGET}, and none grows when the submission has 50 remarks with 50 replies
 * instead of one, or the reviewer 50 submissions instead of one (no N+1). Counts, not timings: they
 * are the same on every machine.
 */
class QueryBudgetIT extends PortalIT {

  static final int BUDGET = 15;

  /**
   * The steering dashboard is six reports on one page (BCP progress, the pilot's KPIs, the budget,
   * the co-financing, the KPI catalogue, workshop feedback per wave), each its own service read in
   * one transaction: 71 statements before, 41 on an empty database and 43–44 with the other test
   * classes' data now (a confirmed pilot selection adds some; the order of the classes varies). The
   * budget keeps it from growing unnoticed; it once grew with every municipality that had booked
   * time (one name query each).
   */
  static final int DASHBOARD_BUDGET = 50;

  private static final String LD =
      "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void everyMeasuredViewStaysWithinItsBudgetWith1AndWith50Items() {
    String reviewer = "budget-" + suffix;
    TestServices.insert(
        "INSERT INTO user_account (username, display_name, email, password_hash, role)"
            + " SELECT ?, ?, ?, password_hash, 'REVIEWER' FROM user_account WHERE username = 'expert'",
        reviewer,
        "Budget " + suffix,
        reviewer + "@example.invalid");
    long reviewerId =
        TestServices.number("SELECT id FROM user_account WHERE username = ?", reviewer);

    // One municipality with one BCP, one remark, released, one reply.
    long town = town("Budgetgem " + suffix, reviewerId);
    String contact = "budget-contact-" + suffix;
    TestServices.contactUser(contact, "Contact budget " + suffix, town);
    uploadVersion(contact, 1);
    long submission =
        TestServices.number("SELECT MAX(id) FROM submission WHERE municipality_id = ?", town);
    remarkWithReply(reviewer, contact, submission, 0, false);
    HttpResponse<String> release =
        api.post(reviewer, "api/submissions/" + submission + "/review/release");
    assertEquals(200, release.statusCode(), release.body());
    replyTo(contact, submission, lastRemark(submission));
    // The page shows version 2, with the remark carried over from version 1.
    uploadVersion(contact, 2);
    carriedOver(submission, 1);

    Map<String, Supplier<Integer>> views = views(reviewer, contact, submission);
    Map<String, Integer> one = measure(views);

    // The same submission with 50 remarks and 50 replies, all carried over to version 3; the
    // reviewer with 50 submissions.
    for (int i = 1; i < 50; i++) {
      remarkWithReply(reviewer, contact, submission, i, true);
    }
    uploadVersion(contact, 3);
    carriedOver(submission, 50);
    long stored =
        TestServices.number(
            "SELECT MIN(id) FROM document_version WHERE submission_id = ?", submission);
    for (int i = 1; i < 50; i++) {
      submissionOfItsOwn(town("Budgetgem " + suffix + " " + i, reviewerId), stored);
    }
    Map<String, Integer> fifty = measure(views);

    StringBuilder table = new StringBuilder("SQL statements per view (1 item / 50 items):\n");
    one.forEach(
        (view, count) ->
            table.append(String.format("  %-60s %3d / %3d%n", view, count, fifty.get(view))));
    System.out.print(table);
    List<Executable> checks = new ArrayList<>();
    one.forEach(
        (view, count) -> {
          int budget = view.contains("steering/index") ? DASHBOARD_BUDGET : BUDGET;
          checks.add(
              () ->
                  assertTrue(
                      fifty.get(view) <= budget,
                      view + " sent " + fifty.get(view) + " statements (budget " + budget + ")"));
          checks.add(
              () ->
                  assertTrue(
                      fifty.get(view) <= count,
                      view + " grows with the items: " + count + " → " + fifty.get(view)));
        });
    assertAll(table.toString(), checks);
  }

  private void uploadVersion(String contact, int number) {
    HttpResponse<String> uploaded =
        api.upload(
            contact,
            TestServices.bcpAssignment("BCP"),
            "bcp.docx",
            SampleFiles.docxParagraphs(
                List.of(
                    "# Inleiding",
                    "Versie "
                        + number
                        + " van het plan: hoe de dienstverlening doorgaat bij een incident.",
                    "# Back-ups",
                    "De back-ups staan offline in een tweede datacenter.")));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
  }

  /** Waits until the carry-over has stored the anchors of the remarks on the latest version. */
  private static void carriedOver(long submission, int remarks) {
    TestServices.waitUntil(
        java.time.Duration.ofSeconds(60),
        () ->
            TestServices.number(
                    "SELECT COUNT(*) FROM remark_anchor WHERE version_id ="
                        + " (SELECT MAX(id) FROM document_version WHERE submission_id = ?)",
                    submission)
                >= remarks,
        "the carry-over of " + remarks + " remarks");
  }

  /** The views measured, each answering its statement count. */
  private Map<String, Supplier<Integer>> views(String reviewer, String contact, long submission) {
    PageClient reviewerPages = PageClient.logIn(base, reviewer);
    PageClient contactPages = PageClient.logIn(base, contact);
    PageClient coordinatorPages = PageClient.logIn(base, "coordinator");
    PageClient steeringPages = PageClient.logIn(base, "steering");
    Map<String, Supplier<Integer>> views = new LinkedHashMap<>();
    String document = "review/document.xhtml?submission=" + submission;
    views.put("reviewer " + document, () -> page(reviewerPages, document));
    views.put("reviewer review/worklist.xhtml", () -> page(reviewerPages, "review/worklist.xhtml"));
    views.put("municipality " + document, () -> page(contactPages, document));
    views.put(
        "coordinator reporting/progress.xhtml",
        () -> page(coordinatorPages, "reporting/progress.xhtml"));
    views.put("steering steering/index.xhtml", () -> page(steeringPages, "steering/index.xhtml"));
    String annotations = "api/submissions/" + submission + "/annotations";
    views.put("reviewer GET /" + annotations, () -> read(reviewer, annotations));
    views.put("reviewer GET /api/review/worklist", () -> read(reviewer, "api/review/worklist"));
    views.put("municipality GET /" + annotations, () -> read(contact, annotations));
    return views;
  }

  /** Each view twice; the second (warm) view counts. */
  private static Map<String, Integer> measure(Map<String, Supplier<Integer>> views) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    views.forEach(
        (name, view) -> {
          view.get();
          counts.put(name, view.get());
        });
    return counts;
  }

  private int page(PageClient client, String path) {
    String id = "budget-" + UUID.randomUUID();
    HttpResponse<String> answer = client.get(path, "X-Request-Id", id);
    assertEquals(200, answer.statusCode(), path);
    return statements(id);
  }

  private int read(String user, String path) {
    String id = "budget-" + UUID.randomUUID();
    HttpResponse<String> answer = api.exchange(user, "GET", path, null, "X-Request-Id", id);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return statements(id);
  }

  private int statements(String requestId) {
    HttpResponse<String> cost = api.get("coordinator", "api/admin/requests/" + requestId);
    assertEquals(200, cost.statusCode(), cost.body());
    JsonObject entry = ApiClient.object(cost);
    if (entry.getInt("sqlStatements") > DASHBOARD_BUDGET) {
      System.out.println(entry.getString("path") + ":");
      entry
          .getJsonObject("statements")
          .forEach((sql, times) -> System.out.println("  " + times + " × " + sql));
    }
    return entry.getInt("sqlStatements");
  }

  /** A municipality of wave 1 with the reviewer assigned (by SQL: only the views are measured). */
  private static long town(String name, long reviewerId) {
    long id = TestServices.enrolledMunicipality(name);
    TestServices.insert(
        "INSERT INTO reviewer_assignment (reviewer_id, municipality_id) VALUES (?, ?)",
        reviewerId,
        id);
    return id;
  }

  /**
   * A handed-in BCP written straight into the database, its one version the same bytes as {@code
   * stored} (an uploaded version: keys are content-derived, so identical files share their object
   * and every version can still be downloaded, as the backup drill checks).
   */
  private static void submissionOfItsOwn(long town, long stored) {
    long submission =
        TestServices.insert(
            "INSERT INTO submission (assignment_id, municipality_id, created_at) VALUES (?, ?, NOW(3))",
            TestServices.bcpAssignment("BCP"),
            town);
    TestServices.insert(
        "INSERT INTO document_version (submission_id, version_number, original_file_name, file_name,"
            + " size_bytes, sha256, media_type, storage_key, uploaded_by, uploaded_at)"
            + " SELECT ?, 1, original_file_name, file_name, size_bytes, sha256, media_type, storage_key,"
            + " uploaded_by, NOW(3) FROM document_version WHERE id = ?",
        submission,
        stored);
  }

  private void remarkWithReply(
      String reviewer, String contact, long submission, int number, boolean reply) {
    String json =
        be.vlaanderen.crt.portal.testsupport.Annotations.remark(
            "commenting", "Opmerking " + number, "governance", "tweede datacenter");
    HttpResponse<String> created =
        api.exchange(
            reviewer,
            "POST",
            "api/submissions/" + submission + "/annotations",
            json,
            "Content-Type",
            LD);
    assertEquals(201, created.statusCode(), created.body());
    if (reply) {
      replyTo(contact, submission, lastRemark(submission));
    }
  }

  private static long lastRemark(long submission) {
    return TestServices.number("SELECT MAX(id) FROM remark WHERE submission_id = ?", submission);
  }

  private void replyTo(String contact, long submission, long remark) {
    String annotations = "api/submissions/" + submission + "/annotations";
    String json =
        Json.createObjectBuilder()
            .add("@context", "http://www.w3.org/ns/anno.jsonld")
            .add("type", "Annotation")
            .add("motivation", "replying")
            .add(
                "body",
                Json.createObjectBuilder().add("type", "TextualBody").add("value", "Gezien."))
            .add("target", api.resolve(annotations + "/" + remark).toString())
            .build()
            .toString();
    HttpResponse<String> created =
        api.exchange(contact, "POST", annotations, json, "Content-Type", LD);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(URI.create(created.headers().firstValue("Location").orElseThrow()).isAbsolute());
  }
}
