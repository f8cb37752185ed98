package be.vlaanderen.crt.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The pages and calls people wait for, one after the other, each at 1 and at 10 concurrent clients
 * (closed model: every client sends its next request when the previous one is answered): the
 * document page and the worklist page with the API's JSON of the same data beside them, remark
 * POSTs through the W3C API, and the public toolkit search at 1, 10 and 100 clients. Run by {@code
 * ./mvnw -Pbench} against a running demo; the report is in {@code target/gatling}.
 *
 * <p>System properties: {@code crt.bench.url} (http://localhost:8080/), {@code
 * crt.bench.submission} (1), {@code crt.bench.remark-submission} (2), {@code crt.bench.seconds}
 * per step (20).
 */
public class PortalSimulation extends Simulation {

  static final String BASE = System.getProperty("crt.bench.url", "http://localhost:8080/");
  static final long SUBMISSION = Long.getLong("crt.bench.submission", 1);
  static final Duration STEP = Duration.ofSeconds(Long.getLong("crt.bench.seconds", 20));

  static final String DOCUMENT = "review/document.xhtml?submission=" + SUBMISSION;
  static final String ANNOTATIONS = "api/submissions/" + SUBMISSION + "/annotations";

  /**
   * Remarks are posted to another submission ({@code crt.bench.remark-submission}, 2): a step adds
   * about a thousand, and a second run would otherwise measure a document page with all of them.
   */
  static final String REMARKS_TO =
      "api/submissions/" + Long.getLong("crt.bench.remark-submission", 2) + "/annotations";

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptLanguageHeader("nl").userAgentHeader("crt-bench").disableCaching();

  /** Logs in through the login form (pages take no Basic authentication). */
  static ChainBuilder logIn(String user) {
    return exec(http("login form")
            .get("login.xhtml")
            .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
        .exec(
            http("login")
                .post("login.xhtml")
                .formParam("login", "login")
                .formParam("login:username", user)
                .formParam("login:password", "demo")
                .formParam("login:next", "")
                .formParam("login:submit", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200)));
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes());
  }

  /** One step: {@code clients} clients asking {@code path} (as {@code user}) for a step's time. */
  static PopulationBuilder page(String name, String user, String path, int clients) {
    return scenario(name + " c" + clients)
        .exec(logIn(user))
        .during(STEP)
        .on(exec(http(name + " c" + clients).get(path).check(status().is(200))))
        .injectOpen(atOnceUsers(clients));
  }

  static PopulationBuilder api(String name, String user, String path, int clients) {
    return scenario(name + " c" + clients)
        .during(STEP)
        .on(
            exec(
                http(name + " c" + clients)
                    .get(path)
                    .header("Authorization", basic(user))
                    .header("Accept", "application/json")
                    .check(status().is(200))))
        .injectOpen(atOnceUsers(clients));
  }

  /**
   * Visitors without a login, each from an address of its own: the portal limits concurrent
   * anonymous requests per address, so 100 visitors from the bench's one address would mostly get
   * 503. Start the demo with {@code CRT_HTTP_TRUSTED_PROXIES=127.0.0.1} so that the portal takes
   * the address from {@code X-Forwarded-For}, as it does behind the production proxy.
   */
  static PopulationBuilder anonymous(String name, String path, int clients) {
    return scenario(name + " c" + clients)
        .during(STEP)
        .on(
            exec(
                http(name + " c" + clients)
                    .get(path)
                    .header(
                        "X-Forwarded-For",
                        session ->
                            "10.0." + (session.userId() / 200) + "." + (session.userId() % 200 + 1))
                    .check(status().is(200))))
        .injectOpen(atOnceUsers(clients));
  }

  static PopulationBuilder remarks(int clients) {
    String remark =
        "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"Annotation\","
            + "\"motivation\":\"commenting\",\"body\":[{\"type\":\"TextualBody\",\"value\":"
            + "\"Bench: graag verduidelijken.\"},{\"type\":\"TextualBody\",\"purpose\":\"tagging\","
            + "\"value\":\"governance\"}],\"target\":\"http://localhost/whole-document\"}";
    return scenario("remark POST c" + clients)
        .during(STEP)
        .on(
            exec(
                http("remark POST c" + clients)
                    .post(REMARKS_TO)
                    .header("Authorization", basic("expert"))
                    .header(
                        "Content-Type",
                        "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"")
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody(remark))
                    .check(status().is(201))))
        .injectOpen(atOnceUsers(clients));
  }

  {
    List<PopulationBuilder> steps = new ArrayList<>();
    for (int clients : new int[] {1, 10}) {
      steps.add(page("document page", "expert", DOCUMENT, clients));
      steps.add(api("annotations API (same data)", "expert", ANNOTATIONS, clients));
      steps.add(page("worklist page", "expert", "review/worklist.xhtml", clients));
      steps.add(api("worklist API (same data)", "expert", "api/review/worklist", clients));
    }
    steps.add(remarks(1));
    for (int clients : new int[] {1, 10, 100}) {
      steps.add(anonymous("toolkit search", "toolkit/index.xhtml?q=back-up", clients));
    }
    for (int i = steps.size() - 1; i > 0; i--) {
      steps.set(i - 1, steps.get(i - 1).andThen(steps.get(i)));
    }
    setUp(steps.get(0)).protocols(protocol);
  }
}
