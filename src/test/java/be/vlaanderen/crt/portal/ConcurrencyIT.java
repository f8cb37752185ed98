package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: eight clients write at once to the same few municipalities (reviewers, uploads, time
 * entries, remarks). Deadlocks and lock waits are normal then; none may reach a client as a server
 * error, every answer is JSON, and the database holds exactly what was acknowledged.
 */
class ConcurrencyIT extends PortalIT {

  private static final int CLIENTS = 8;
  private static final int ROUNDS = 12;

  @Test
  void eightParallelClientsGetNoServerErrorAndTheDatabaseHoldsWhatWasAcknowledged()
      throws Exception {
    var api = new ApiClient(base);
    long bia =
        TestServices.number(
            "SELECT MIN(id) FROM assignment WHERE kind = 'BIA' AND wave_id = (SELECT MIN(w.id)"
                + " FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP')");
    List<String> contacts = new ArrayList<>();
    List<Long> towns = new ArrayList<>();
    List<Long> submissions = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String contact = TestServices.municipalityWithContact("Druk" + i);
      long town =
          TestServices.number(
              "SELECT municipality_id FROM user_account WHERE username = ?", contact);
      HttpResponse<String> first =
          api.upload(contact, bia, "bia-" + i + ".pdf", SampleFiles.pdf("BIA " + i));
      assertEquals(201, first.statusCode(), first.body());
      contacts.add(contact);
      towns.add(town);
      submissions.add(
          TestServices.number(
              "SELECT id FROM submission WHERE municipality_id = ? AND assignment_id = ?",
              town,
              bia));
    }
    long entriesBefore = TestServices.number("SELECT COUNT(*) FROM time_entry");
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1);

    List<String> serverErrors = new CopyOnWriteArrayList<>();
    List<String> notJson = new CopyOnWriteArrayList<>();
    List<String> refused = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    Map<Long, Set<String>> reviewerSets = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      final int client = c;
      clients.add(
          pool.submit(
              () -> {
                for (int r = 0; r < ROUNDS; r++) {
                  int t = (r / 4 + client) % 4;
                  long town = towns.get(t);
                  String kind;
                  HttpResponse<String> answer;
                  switch ((client + r) % 4) {
                    case 0 -> {
                      kind = "reviewers";
                      List<String> chosen =
                          (client + r) % 3 == 0
                              ? List.of("expert")
                              : (client + r) % 3 == 1
                                  ? List.of("analist")
                                  : List.of("expert", "analist");
                      reviewerSets
                          .computeIfAbsent(town, k -> ConcurrentHashMap.newKeySet())
                          .add(String.join(",", chosen.stream().sorted().toList()));
                      answer =
                          api.put(
                              "coordinator",
                              "api/municipalities/" + town + "/reviewers",
                              "{\"reviewers\":[\"" + String.join("\",\"", chosen) + "\"]}");
                    }
                    case 1 -> {
                      kind = "upload";
                      answer =
                          api.upload(
                              contacts.get(t),
                              bia,
                              "bia-" + client + "-" + r + ".pdf",
                              SampleFiles.pdf("BIA versie " + client + "-" + r));
                    }
                    case 2 -> {
                      kind = "time";
                      answer =
                          api.postJson(
                              "coordinator",
                              "api/time-entries",
                              "{\"person\":\"Parallel "
                                  + client
                                  + "-"
                                  + r
                                  + "\",\"profile\":\"FA\",\"date\":\""
                                  + yesterday
                                  + "\",\"days\":0.5,\"activity\":\"FEEDBACK_ROUND\","
                                  + "\"track\":\"BCP\",\"municipalityId\":"
                                  + town
                                  + ",\"note\":\"parallel "
                                  + client
                                  + "-"
                                  + r
                                  + "\"}");
                    }
                    default -> {
                      kind = "remark";
                      answer =
                          api.exchange(
                              "coordinator",
                              "POST",
                              "api/submissions/" + submissions.get(t) + "/annotations",
                              "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\","
                                  + "\"motivation\":\"commenting\",\"body\":[{\"type\":\"TextualBody\","
                                  + "\"value\":\"Parallel "
                                  + client
                                  + "-"
                                  + r
                                  + "\"},{\"type\":\"TextualBody\",\"purpose\":\"tagging\","
                                  + "\"value\":\"governance\"}],\"target\":\"http://localhost/whole-document\"}",
                              "Content-Type",
                              "application/ld+json");
                    }
                  }
                  int status = answer.statusCode();
                  if (status >= 500) {
                    serverErrors.add(kind + " " + status + " " + answer.body());
                  }
                  if (status >= 400
                      && !answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    notJson.add(kind + " " + status + " " + answer.body());
                  }
                  if (status >= 400 && status < 500 && !"reviewers".equals(kind)) {
                    refused.add(kind + " " + status + " " + answer.body());
                  }
                  if (status >= 200 && status < 300) {
                    acknowledged.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();

    try {
      checkEverythingAcknowledgedIsStored(
          serverErrors, notJson, acknowledged, reviewerSets, towns, submissions, entriesBefore);
    } finally {
      // The time registered here would change other test classes' budget figures.
      TestServices.execute("DELETE FROM time_entry WHERE note LIKE 'parallel %'");
    }
    System.out.printf(
        "Parallel clients: %d requests, acknowledged %s, refused %s%n",
        CLIENTS * ROUNDS, acknowledged, refused);
  }

  private static void checkEverythingAcknowledgedIsStored(
      List<String> serverErrors,
      List<String> notJson,
      Map<String, AtomicInteger> acknowledged,
      Map<Long, Set<String>> reviewerSets,
      List<Long> towns,
      List<Long> submissions,
      long entriesBefore) {
    String townList = towns.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).get();
    assertEquals(List.of(), serverErrors, "no server errors");
    assertEquals(List.of(), notJson, "every refusal is JSON");
    // Every acknowledged upload is a version, numbered without gaps or doubles.
    for (long submission : submissions) {
      long versions =
          TestServices.number(
              "SELECT COUNT(*) FROM document_version WHERE submission_id = ?", submission);
      assertEquals(
          versions,
          TestServices.number(
              "SELECT COUNT(DISTINCT version_number) FROM document_version WHERE submission_id = ?",
              submission));
      assertEquals(
          versions,
          TestServices.number(
              "SELECT MAX(version_number) FROM document_version WHERE submission_id = ?",
              submission));
    }
    assertEquals(
        4 + count(acknowledged, "upload"),
        TestServices.number(
            "SELECT COUNT(*) FROM document_version v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.municipality_id IN ("
                + townList
                + ")"));
    assertEquals(
        count(acknowledged, "remark"),
        TestServices.number(
            "SELECT COUNT(*) FROM remark r JOIN submission s ON s.id = r.submission_id"
                + " WHERE s.municipality_id IN ("
                + townList
                + ")"));
    assertEquals(
        entriesBefore + count(acknowledged, "time"),
        TestServices.number("SELECT COUNT(*) FROM time_entry"));
    // Each municipality's reviewers are one of the sets that were sent, each reviewer once.
    for (long town : towns) {
      String stored =
          TestServices.string(
              "SELECT COALESCE(GROUP_CONCAT(u.username ORDER BY u.username), '') FROM"
                  + " reviewer_assignment r JOIN user_account u ON u.id = r.reviewer_id WHERE"
                  + " r.municipality_id = ?",
              town);
      assertTrue(
          reviewerSets.get(town).contains(stored),
          "reviewers of " + town + ": " + stored + " not among " + reviewerSets.get(town));
    }
    assertTrue(count(acknowledged, "reviewers") > 0 && count(acknowledged, "upload") > 0);
  }

  /**
   * Eight clients register a whole day for the same person on the same date at once, for five
   * persons: exactly one of the eight is stored per person and day, the others are refused with the
   * reason (400), none answers 5xx, and no person ends up with more than one day on a date.
   */
  @Test
  void eightClientsBookingTheSameDayForOnePersonStoreExactlyOneDay() throws Exception {
    var api = new ApiClient(base);
    String contact = TestServices.municipalityWithContact("Dag");
    long town =
        TestServices.number("SELECT municipality_id FROM user_account WHERE username = ?", contact);
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(2);
    String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> serverErrors = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int person = 0; person < 5; person++) {
        String name = "Dubbel " + tag + " " + person;
        List<Future<?>> calls = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          calls.add(
              pool.submit(
                  () -> {
                    HttpResponse<String> answer =
                        api.postJson(
                            "coordinator",
                            "api/time-entries",
                            "{\"person\":\""
                                + name
                                + "\",\"profile\":\"FA\",\"date\":\""
                                + day
                                + "\",\"days\":1,\"activity\":\"FEEDBACK_ROUND\","
                                + "\"track\":\"BCP\",\"municipalityId\":"
                                + town
                                + ",\"note\":\"parallel "
                                + name
                                + "\"}");
                    statuses
                        .computeIfAbsent(answer.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
                    if (answer.statusCode() >= 500) {
                      serverErrors.add(answer.statusCode() + " " + answer.body());
                    } else if (answer.statusCode() == 400) {
                      assertTrue(
                          ApiClient.object(answer).getString("message").contains("meer dan"),
                          answer.body());
                    }
                    return null;
                  }));
        }
        for (Future<?> call : calls) {
          call.get();
        }
      }
      assertEquals(List.of(), serverErrors);
      assertEquals(5, statuses.get(201).get(), statuses.toString());
      assertEquals(5 * (CLIENTS - 1), statuses.get(400).get(), statuses.toString());
      assertEquals(
          0,
          TestServices.number(
              "SELECT COUNT(*) FROM (SELECT person FROM time_entry WHERE person LIKE ?"
                  + " AND deleted_at IS NULL GROUP BY person, work_date HAVING SUM(days) > 1) x",
              "Dubbel " + tag + "%"));
      assertEquals(
          5,
          TestServices.number(
              "SELECT COUNT(*) FROM time_entry WHERE person LIKE ?", "Dubbel " + tag + "%"));
    } finally {
      pool.shutdownNow();
      TestServices.execute("DELETE FROM time_entry WHERE note LIKE 'parallel Dubbel %'");
    }
  }

  private static int count(Map<String, AtomicInteger> acknowledged, String kind) {
    AtomicInteger n = acknowledged.get(kind);
    return n == null ? 0 : n.get();
  }
}
