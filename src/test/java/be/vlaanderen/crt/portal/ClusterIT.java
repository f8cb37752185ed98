package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.devenv.PayaraMicroServer;
import be.vlaanderen.crt.portal.testsupport.Annotations;
import be.vlaanderen.crt.portal.testsupport.ApiClient;
import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.Mailbox;
import be.vlaanderen.crt.portal.testsupport.NginxProxy;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two more Payara Micro nodes of the same WAR, clustered through Payara's data grid (Hazelcast on
 * loopback), behind the production nginx configuration with the two-node upstream, on the test
 * run's MariaDB and S3 server: a document uploaded on node A is found by the internal search of
 * node B, a remark written on B is read on A, reminders asked of both nodes at once and the outbox
 * that both drain send each mail once, and a coordinator whose node is killed with {@code kill -9}
 * in the middle of a form saves it on the other node without logging in again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends PortalIT {

  private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
  private static final Path DIR = Path.of("target", "cluster");
  private static final int PORT_A = 18181;
  private static final int PORT_B = 18182;

  private static PayaraMicroServer nodeA;
  private static PayaraMicroServer nodeB;
  private static NginxProxy balancer;

  @BeforeAll
  static void startCluster() {
    Assumptions.assumeTrue(NginxProxy.installed(), "nginx is installed by .ci/run");
    nodeA = node("a", PORT_A, 6911);
    nodeB = node("b", PORT_B, 6912);
    nodeA.launch();
    nodeB.launch();
    nodeA.awaitReady(Duration.ofMinutes(4));
    nodeB.awaitReady(Duration.ofMinutes(4));
    balancer =
        NginxProxy.start("cluster/nginx", "crt-upstream-cluster.conf", List.of(PORT_A, PORT_B));
  }

  private static PayaraMicroServer node(String name, int port, int gridPort) {
    return new PayaraMicroServer(
            Path.of(System.getProperty("crt.tools.dir", "target/tools"), "payara-micro.jar"),
            Path.of(System.getProperty("crt.war", "target/ROOT.war")),
            Path.of("config", "test.properties"),
            port,
            DIR.resolve(name).resolve("payara.log"))
        .clustered("crt-cluster-it", "node-" + name, gridPort, 6911)
        // Each node keeps its own search index, as in production.
        .jvmOption("-Dcrt.search.dir=" + DIR.resolve(name).resolve("index").toAbsolutePath())
        .jvmOption("-Xmx512m");
  }

  @AfterAll
  static void stopCluster() {
    if (balancer != null) {
      balancer.close();
    }
    if (nodeA != null) {
      nodeA.stop();
    }
    if (nodeB != null) {
      nodeB.stop();
    }
  }

  private static ApiClient on(PayaraMicroServer node) throws Exception {
    return new ApiClient(new URL(node.url()));
  }

  @Test
  @Order(1)
  void theTwoNodesShareDocumentsSearchAndRemarks() throws Exception {
    String contact = TestServices.municipalityWithContact("Cluster");
    long assignment = TestServices.bcpAssignment("BCP");
    String word = "clusterwoord" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> uploaded =
        on(nodeA)
            .upload(
                contact,
                assignment,
                "plan.docx",
                SampleFiles.docx(
                    "Het continuïteitsplan noemt het " + word + " voor de crisiscel."));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long submission = ApiClient.object(uploaded).getJsonNumber("submissionId").longValue();

    // Node B applies the search change log into its own index.
    ApiClient b = on(nodeB);
    TestServices.waitUntil(
        Duration.ofSeconds(60),
        () -> {
          HttpResponse<String> r = b.get("coordinator", "api/search?q=" + word);
          return r.statusCode() == 200
              && ApiClient.object(r).getJsonNumber("total").longValue() == 1;
        },
        "node B finds the document uploaded on node A");

    String annotations = "api/submissions/" + submission + "/annotations";
    String remark = "Opmerking geschreven op knooppunt B " + word;
    String json = Annotations.remark("commenting", remark, "governance", "crisiscel");
    HttpResponse<String> created =
        b.exchange(
            "coordinator", "POST", annotations, json, "Content-Type", Annotations.MEDIA_TYPE);
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> read = on(nodeA).get("coordinator", annotations);
    assertEquals(200, read.statusCode());
    assertTrue(read.body().contains(remark), "node A reads the remark written on node B");
  }

  @Test
  @Order(2)
  void remindersAskedOfBothNodesAndTheOutboxTheyBothDrainSendEachMailOnce() throws Exception {
    String contact = TestServices.municipalityWithContact("ClusterMail");
    long municipality =
        TestServices.number("SELECT municipality_id FROM user_account WHERE username = ?", contact);
    String title = "Clustertest " + UUID.randomUUID().toString().substring(0, 8);
    long programme =
        TestServices.insert(
            "INSERT INTO programme (name, track, starts_on, ends_on) VALUES (?, 'BCP', CURDATE(), DATE_ADD(CURDATE(), INTERVAL 30 DAY))",
            title);
    long wave =
        TestServices.insert(
            "INSERT INTO wave (programme_id, number, name) VALUES (?, 1, ?)", programme, title);
    long enrollment =
        TestServices.insert(
            "INSERT INTO enrollment (wave_id, municipality_id) VALUES (?, ?)", wave, municipality);
    long assignment =
        TestServices.insert(
            "INSERT INTO assignment (wave_id, kind, title, description, deadline) VALUES (?, 'BIA', ?, 'x', DATE_ADD(NOW(), INTERVAL 3 DAY))",
            wave,
            title);
    try {
      // Both nodes run the reminder round at the same moment (as their daily jobs would).
      CompletableFuture<HttpResponse<String>> onA =
          CompletableFuture.supplyAsync(() -> call(nodeA, "api/admin/reminders"));
      CompletableFuture<HttpResponse<String>> onB =
          CompletableFuture.supplyAsync(() -> call(nodeB, "api/admin/reminders"));
      assertEquals(200, onA.get().statusCode(), onA.get().body());
      assertEquals(200, onB.get().statusCode(), onB.get().body());
      String address = contact + "@example.invalid";
      Mailbox.await(
          m -> Mailbox.recipients(m).contains(address) && Mailbox.subject(m).contains(title),
          "with the reminder");
      Thread.sleep(3_000); // all three nodes drain the outbox every half second
      long mails =
          java.util.Arrays.stream(Mailbox.all())
              .filter(
                  m ->
                      Mailbox.recipients(m).contains(address) && Mailbox.subject(m).contains(title))
              .count();
      assertEquals(1, mails, "one reminder, not one per node");
      assertEquals(
          1,
          TestServices.number(
              "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
              address,
              "%" + title + "%"));
    } finally {
      TestServices.execute("DELETE FROM assignment WHERE id = " + assignment);
      TestServices.execute("DELETE FROM enrollment WHERE id = " + enrollment);
      TestServices.execute("DELETE FROM feedback_round WHERE wave_id = " + wave);
      TestServices.execute("DELETE FROM wave WHERE id = " + wave);
      TestServices.execute("DELETE FROM programme WHERE id = " + programme);
    }
  }

  private static HttpResponse<String> call(PayaraMicroServer node, String path) {
    try {
      return on(node).post("coordinator", path);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(3)
  void whenTheNodeOfASessionIsKilledTheFormIsSavedOnTheOtherWithoutLoggingInAgain()
      throws Exception {
    long municipality =
        TestServices.enrolledMunicipality(
            "Clustergem " + UUID.randomUUID().toString().substring(0, 8));
    String nis = Long.toString(10_000 + Math.floorMod(UUID.randomUUID().hashCode(), 89_999));
    try (Browser browser = new Browser(new URL(balancer.url()))) {
      WebDriver driver = browser.driver();
      browser.logIn("coordinator");
      browser.open("municipality/detail.xhtml?id=" + municipality);
      browser.waitFor(By.id("official-code:nis"));
      String servedBy = lastUpstream("GET /municipality/detail.xhtml");
      PayaraMicroServer victim = servedBy.endsWith(":" + PORT_A) ? nodeA : nodeB;
      PayaraMicroServer survivor = victim == nodeA ? nodeB : nodeA;
      driver.findElement(By.id("official-code:nis")).sendKeys(nis);

      long killed = System.nanoTime();
      victim.kill();
      driver.findElement(By.id("official-code:save-nis")).click();
      browser.waitForText(By.id("official-code:messages"), "bewaard");
      long failover = (System.nanoTime() - killed) / 1_000_000;
      LOG.info(
          () -> "Failover: the form was saved on the other node " + failover + " ms after kill -9");

      assertEquals(
          nis,
          TestServices.string("SELECT nis_code FROM municipality WHERE id = ?", municipality),
          "the form's value was saved");
      String savedBy = lastUpstream("POST /municipality/detail.xhtml");
      assertTrue(
          savedBy.endsWith(":" + survivor.port()),
          "saved by the surviving node, nginx says " + savedBy);
      assertNotEquals(servedBy, savedBy);
      // Still logged in on the next page, no login form.
      browser.open("index.xhtml");
      browser.waitFor(By.id("session:logout"));
      assertTrue(driver.findElements(By.id("login:username")).isEmpty());
    }
  }

  /** The upstream address nginx used for the last request that starts with {@code request}. */
  private static String lastUpstream(String request) {
    List<String> lines = balancer.accessLog();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(request)) {
        String[] parts = lines.get(i).split(" ");
        // After a failed try nginx lists both: "127.0.0.1:18181, 127.0.0.1:18182".
        return parts[parts.length - 1];
      }
    }
    throw new AssertionError("nginx logged no " + request + ": " + lines);
  }
}
