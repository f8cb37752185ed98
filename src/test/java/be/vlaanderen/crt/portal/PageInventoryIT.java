package be.vlaanderen.crt.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.vlaanderen.crt.portal.testsupport.PageClient;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every page of the portal for every kind of user: the answer each gets (the page, "not found", or
 * the login page), and never the error page. A page added to {@code src/main/webapp} without a line
 * here fails the test, so nobody forgets to decide who may see it.
 */
class PageInventoryIT extends PortalIT {

  /** Anonymous, a municipality, another municipality, expert, analyst, coordinator, steering. */
  static final List<String> USERS =
      List.of("", "aalst", "brugge", "expert", "analist", "coordinator", "steering");

  private static final String ALL = "* aalst brugge expert analist coordinator steering";
  private static final String LOGGED_IN = "aalst brugge expert analist coordinator steering";
  private static final String REVIEWERS = "expert analist coordinator";

  /**
   * Page (with the demo data's ids where it needs one) → who gets the page ({@code *} = without a
   * login); everybody else gets 404, or the login page when not logged in ({@code public}: 404
   * without a login too, for a public page asked for something that does not exist).
   */
  static Map<String, String> inventory() {
    Map<String, String> pages = new LinkedHashMap<>();
    long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
    pages.put("login.xhtml", ALL);
    pages.put("account/set-password.xhtml?token=unknown", ALL);
    pages.put("toolkit/index.xhtml", ALL);
    pages.put("toolkit/les.xhtml?id=1", ALL);
    pages.put("toolkit/hulpmiddel.xhtml?id=1", ALL);
    // Ids that are not ids (typed view parameters): not found for everybody, never an error page.
    pages.put("toolkit/les.xhtml?id=abc", "public");
    pages.put("review/group.xhtml?round=-1", "");
    pages.put("municipality/detail.xhtml?id=1234567890123456789012", "");
    pages.put("toolkit/zelftest.xhtml", ALL);
    pages.put("toolkit/handboek.xhtml", ALL);
    pages.put("toegankelijkheid.xhtml", ALL);
    // Where an ACM/IDM login that cannot be let in lands (also with a reason it does not know).
    pages.put("oidc-denied.xhtml?reason=UNKNOWN", ALL);
    pages.put("oidc-denied.xhtml?reason=%3Cscript%3E", ALL);
    pages.put("error/403.xhtml", ALL);
    pages.put("error/404.xhtml", ALL);
    pages.put("error/405.xhtml", ALL);
    pages.put("error/500.xhtml", ALL);
    pages.put("error/503.xhtml", ALL);
    pages.put("error/expired.xhtml", ALL);
    pages.put("index.xhtml", LOGGED_IN);
    pages.put("review/search.xhtml", LOGGED_IN);
    pages.put("pilot/index.xhtml", LOGGED_IN);
    pages.put("pilot/dossiers.xhtml", LOGGED_IN);
    pages.put("pilot/register.xhtml", LOGGED_IN);
    pages.put("lessons/resources.xhtml", LOGGED_IN);
    pages.put("programme/timeline.xhtml", "aalst brugge");
    // A municipality's timeline and self-evaluation opened by the CRT (links on its detail page)
    pages.put(
        "programme/timeline.xhtml?municipality=" + aalst,
        "aalst coordinator ?expert ?analist ?steering");
    pages.put(
        "selfevaluation/index.xhtml?municipality=" + aalst,
        "aalst coordinator ?expert ?analist ?steering");
    pages.put("selfevaluation/index.xhtml", "aalst brugge");
    long firstWave =
        TestServices.number(
            "SELECT MIN(w.id) FROM wave w JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP'");
    // Workshop 5's questionnaire (participants) and its results (CRT, steering committee).
    pages.put("programme/feedback.xhtml?wave=" + firstWave, LOGGED_IN);
    pages.put("programme/feedback.xhtml", "");
    long bia =
        TestServices.number(
            "SELECT COALESCE(MIN(id), 0) FROM submission WHERE municipality_id = ? AND assignment_id = 2",
            aalst);
    // Experts and analysts see a municipality's documents when they review it (other test classes
    // change who reviews whom in the shared database): asked of the database, not assumed.
    String aalstReviewers =
        java.util.stream.Stream.of("expert", "analist")
            .filter(
                u ->
                    TestServices.number(
                            "SELECT COUNT(*) FROM reviewer_assignment r JOIN user_account u"
                                + " ON u.id = r.reviewer_id WHERE u.username = ? AND r.municipality_id = ?",
                            u,
                            aalst)
                        > 0)
            .collect(Collectors.joining(" "));
    pages.put("submission/assignment.xhtml?assignment=2", "aalst brugge");
    pages.put(
        "submission/assignment.xhtml?assignment=2&municipality=" + aalst,
        "aalst coordinator " + aalstReviewers);
    pages.put("review/document.xhtml?submission=" + bia, "aalst coordinator " + aalstReviewers);
    // Another submission's (or no) version in the picker's parameter: not found for everybody.
    pages.put("review/document.xhtml?submission=" + bia + "&version=999999999", "");
    pages.put("review/worklist.xhtml", REVIEWERS);
    pages.put("review/group.xhtml?round=1", REVIEWERS);
    pages.put("lessons/index.xhtml", REVIEWERS);
    pages.put("steering/time.xhtml", REVIEWERS + " steering");
    pages.put("reporting/progress.xhtml", REVIEWERS + " steering");
    long dossier =
        TestServices.number(
            "SELECT COALESCE(MIN(id), 0) FROM integration_dossier WHERE municipality_id = ?",
            aalst);
    // Without a dossier of Aalst in the database (it depends on which tests ran before): an
    // unknown id, which is "not found" for everybody.
    pages.put(
        "pilot/dossier.xhtml?id=" + (dossier == 0 ? 999_999 : dossier),
        dossier == 0 ? "" : "aalst coordinator ?expert ?analist");
    pages.put("steering/index.xhtml", "coordinator steering");
    pages.put("steering/kpis.xhtml", "coordinator steering");
    pages.put("pilot/kpis.xhtml", "coordinator steering");
    pages.put("municipality/detail.xhtml?id=" + aalst, "coordinator steering");
    pages.put("municipality/index.xhtml", "coordinator steering");
    pages.put("municipality/index.xhtml?q=aal&province=OOST_VLAANDEREN", "coordinator steering");
    // Hostile filter values: a LIKE wildcard, a quote and a script as the name, an unknown wave and
    // province; the list answers (unfiltered where a value is unknown) and never reflects the
    // script.
    pages.put(
        "municipality/index.xhtml?q=%25_%27%3Cscript%3Ealert(1)%3C/script%3E&wave=abc&province=NOPE",
        "coordinator steering");
    pages.put("review/rounds.xhtml", "coordinator");
    pages.put("pilot/selection.xhtml", "coordinator");
    pages.put("pilot/closing.xhtml", "coordinator steering");
    pages.put("programme/manage.xhtml", "coordinator");
    pages.put("municipality/import.xhtml", "coordinator");
    pages.put("admin/background.xhtml", "coordinator");
    pages.put("account/tokens.xhtml", LOGGED_IN);
    return pages;
  }

  @Test
  void everyPageIsInTheInventory() throws IOException {
    Path webapp = Path.of("src", "main", "webapp");
    Set<String> files;
    try (var walk = Files.walk(webapp)) {
      files =
          walk.filter(p -> p.toString().endsWith(".xhtml"))
              .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith("WEB-INF/"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        inventory().keySet().stream()
            .map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p)
            .collect(Collectors.toCollection(TreeSet::new));
    files.removeAll(listed);
    assertEquals(Set.of(), files, "pages without a line in PageInventoryIT.inventory()");
  }

  @Test
  void everyUserGetsThePageNotFoundOrTheLoginNeverTheErrorPage() {
    // Aalst's BIA (assignment 2 of the demo programme) with a document, for the document pages.
    if (TestServices.number(
            "SELECT COUNT(*) FROM submission s JOIN municipality m ON m.id = s.municipality_id"
                + " WHERE m.name = 'Aalst' AND s.assignment_id = 2")
        == 0) {
      assertEquals(
          201,
          new be.vlaanderen.crt.portal.testsupport.ApiClient(base)
              .upload(
                  "aalst",
                  2,
                  "bia.pdf",
                  be.vlaanderen.crt.portal.testsupport.SampleFiles.pdf("Business Impact Analyse"))
              .statusCode());
    }
    Map<String, PageClient> clients = new LinkedHashMap<>();
    for (String user : USERS) {
      clients.put(user, user.isEmpty() ? PageClient.anonymous(base) : PageClient.logIn(base, user));
    }
    List<String> wrong = new ArrayList<>();
    int answers = 0;
    for (Map.Entry<String, String> page : inventory().entrySet()) {
      Set<String> allowed = Set.of(page.getValue().split(" "));
      for (String user : USERS) {
        if (allowed.contains("?" + user)) {
          String got = describe(clients.get(user).get(page.getKey()));
          if (!got.equals("page") && !got.equals("not found")) {
            wrong.add(page.getKey() + " as " + user + ": got " + got);
          }
          answers++;
          continue;
        }
        HttpResponse<String> response = clients.get(user).get(page.getKey());
        answers++;
        String got = describe(response);
        if (response.body().contains("<script>alert(1)")) {
          wrong.add(page.getKey() + " as " + user + ": reflects the script unescaped");
        }
        if (got.equals("page")) {
          wrong.addAll(linksNotForThisUser(page.getKey(), user, response.body()));
        }
        String expected =
            allowed.contains(user.isEmpty() ? "*" : user)
                ? "page"
                : user.isEmpty() && !allowed.contains("public") ? "login" : "not found";
        if (!got.equals(expected)) {
          wrong.add(
              page.getKey()
                  + " as "
                  + (user.isEmpty() ? "anonymous" : user)
                  + ": expected "
                  + expected
                  + ", got "
                  + got);
        }
      }
    }
    System.out.printf(
        "Page inventory: %d pages x %d users = %d answers%n",
        inventory().size(), USERS.size(), answers);
    assertEquals(List.of(), wrong);
  }

  /** One user per role: anonymous, municipality, CRT expert, coordinator, steering committee. */
  static final List<String> ROLES = List.of("", "aalst", "expert", "coordinator", "steering");

  /**
   * Every page each role can reach, opened in Chromium with axe-core on it (WCAG 2.1 AA: no
   * critical or serious violation), at desktop width and at 390 px (a phone: no sideways
   * scrolling). The counts per page are in {@code target/accessibility/axe.tsv}.
   */
  @Test
  void everyPageARoleReachesPassesAxeAndFitsAPhone() throws Exception {
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicInteger states =
        new java.util.concurrent.atomic.AtomicInteger();
    // Two browsers, each taking the next role: the roles are independent of each other.
    java.util.concurrent.ExecutorService browsers =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (String user : ROLES) {
        done.add(
            browsers.submit(
                () -> {
                  pagesOf(user, wrong, states);
                  return null;
                }));
      }
      for (var f : done) {
        f.get();
      }
    } finally {
      browsers.shutdownNow();
    }
    System.out.printf("Page inventory in the browser: %d page states%n", states.get());
    assertEquals(List.of(), wrong);
  }

  /** Every page one role reaches: axe at desktop width, then no sideways scrolling at 390 px. */
  private void pagesOf(
      String user, List<String> wrong, java.util.concurrent.atomic.AtomicInteger states)
      throws IOException {
    try (var browser = new be.vlaanderen.crt.portal.testsupport.Browser(base)) {
      var driver = browser.driver();
      var js = (org.openqa.selenium.JavascriptExecutor) driver;
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
      if (!user.isEmpty()) {
        browser.logIn(user);
      }
      for (Map.Entry<String, String> page : inventory().entrySet()) {
        if (!Set.of(page.getValue().split(" ")).contains(user.isEmpty() ? "*" : user)) {
          continue;
        }
        String state =
            "inventory-"
                + (user.isEmpty() ? "anonymous" : user)
                + "-"
                + page.getKey().replaceAll("[^A-Za-z0-9]+", "-");
        // Opened once at desktop width for axe, then narrowed to a phone's width: the layout
        // follows the width (media queries), so the page need not be loaded twice.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        open(browser, page.getKey());
        states.incrementAndGet();
        try {
          be.vlaanderen.crt.portal.testsupport.Accessibility.check(driver, state);
        } catch (AssertionError e) {
          wrong.add(e.getMessage());
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1000));
        long[] widths = widths(js);
        if (widths[1] > widths[0] + 1) {
          // Some widgets size themselves when the page loads: what a phone really gets is a load
          // at its width, so a page that seems too wide after narrowing is loaded again.
          open(browser, page.getKey());
          widths = widths(js);
        }
        long clientWidth = widths[0];
        long scrollWidth = widths[1];
        if (clientWidth > 420) {
          wrong.add(state + ": the window did not narrow to a phone's width");
        }
        states.incrementAndGet();
        if (scrollWidth > clientWidth + 1) {
          wrong.add(
              state + " at 390 px: the page is " + scrollWidth + " px wide, scrolls sideways");
        }
      }
    }
  }

  /** Opens the page and waits until it has loaded. */
  private static void open(be.vlaanderen.crt.portal.testsupport.Browser browser, String page) {
    browser.open(page);
    browser.waitUntil(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
  }

  /** The page's visible width and its full width, with a vertical scrollbar always shown. */
  private static long[] widths(org.openqa.selenium.JavascriptExecutor js) {
    // Always a vertical scrollbar (as on a long page), so the width left for the page does not
    // depend on how much data the test database holds by now.
    js.executeScript("document.documentElement.style.overflowY = 'scroll';");
    return new long[] {
      ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue(),
      ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue()
    };
  }

  /**
   * Links on a page to pages (without parameters) that this user would get "not found" for: a page
   * a role may not see is never linked for it.
   */
  private static List<String> linksNotForThisUser(String page, String user, String html) {
    Map<String, String> plain = new LinkedHashMap<>();
    inventory().forEach((k, v) -> plain.putIfAbsent(k.contains("?") ? "" : k, v));
    List<String> wrong = new ArrayList<>();
    // only links without parameters: those with one are other states of the page (listed apart)
    var links = java.util.regex.Pattern.compile("href=\"/([a-z/-]+\\.xhtml)[\"#]").matcher(html);
    Set<String> seen = new TreeSet<>();
    while (links.find()) {
      String target = links.group(1);
      String allowed = plain.get(target);
      if (allowed == null || !seen.add(target)) {
        continue;
      }
      Set<String> who = Set.of(allowed.split(" "));
      if (!who.contains(user.isEmpty() ? "*" : user) && !who.contains("?" + user)) {
        wrong.add(page + " as " + (user.isEmpty() ? "anonymous" : user) + ": links to " + target);
      }
    }
    return wrong;
  }

  /** "page", "not found", "login" or "error …": what the user ends up seeing. */
  private static String describe(HttpResponse<String> response) {
    String path = response.uri().getPath();
    String body = response.body();
    HttpResponse<String> first = response;
    while (first.previousResponse().isPresent()) {
      first = first.previousResponse().get();
    }
    String asked = first.uri().getPath();
    if (path.endsWith("/error/500.xhtml") && !body.isEmpty() && response.statusCode() != 200
        || body.contains("Er ging iets mis") && !path.endsWith("/error/500.xhtml")) {
      return "error " + response.statusCode() + " " + path;
    }
    if (response.statusCode() == 404) {
      return "not found";
    }
    if (path.endsWith("/login.xhtml") && !asked.endsWith("/login.xhtml")) {
      return "login";
    }
    if (response.statusCode() == 200 && asked.equals(path)) {
      return "page";
    }
    return "error " + response.statusCode() + " " + path;
  }
}
