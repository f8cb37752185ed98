package be.vlaanderen.crt.portal.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.vlaanderen.crt.portal.testsupport.Browser;
import be.vlaanderen.crt.portal.testsupport.PortalIT;
import be.vlaanderen.crt.portal.testsupport.SampleFiles;
import be.vlaanderen.crt.portal.testsupport.TestServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A municipality contact and a CRT expert in a real browser (headless Chromium): log in, hand in a
 * PDF, see it listed, see a disguised file refused, and the expert finding the document.
 * Screenshots of each step land in {@code target/screenshots}.
 */
class SubmissionBrowserIT extends PortalIT {

  private static WebDriver browser;
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @BeforeAll
  static void openBrowser() throws IOException {
    browser = Browser.chrome();
  }

  /** Every page of the test ran with the script policy on: nothing the page needed was refused. */
  @org.junit.jupiter.api.AfterEach
  void noScriptWasRefused() {
    assertEquals(List.of(), Browser.policyViolations(browser));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aMunicipalityHandsInAPdfAndTheExpertFindsIt() throws IOException {
    String id = UUID.randomUUID().toString().substring(0, 8);
    // A colon is ordinary in Mac file names; the portal keeps the upload and cleans the name.
    Path pdf = Files.createTempDirectory("crt-it").resolve("BIA: Aalst " + id + ".pdf");
    String fileName = "BIA_ Aalst " + id + ".pdf";
    Files.write(pdf, SampleFiles.pdf("Business Impact Analyse Aalst"));

    logIn("aalst");
    assertEquals("Mijn opdrachten", text(By.tagName("h1")));
    screenshot("01-aalst-home");
    browser
        .findElement(
            By.xpath("//tr[contains(., 'Business Impact Analyse')]//a[contains(., 'Openen')]"))
        .click();
    waitFor(By.id("assignment-title"));
    screenshot("02-aalst-assignment-empty");

    long versionsBefore =
        TestServices.number(
            "SELECT COUNT(*) FROM document_version v JOIN submission s ON s.id = v.submission_id JOIN municipality m ON m.id = s.municipality_id"
                + " JOIN assignment a ON a.id = s.assignment_id WHERE m.name = 'Aalst' AND a.kind = 'BIA'");
    upload(pdf);
    waitForText(By.id("versions-panel"), fileName);
    WebElement newest = browser.findElement(By.cssSelector("#versions_data tr"));
    assertTrue(newest.getText().startsWith("v" + (versionsBefore + 1)), newest.getText());
    assertTrue(
        newest.getText().contains(fileName) && newest.getText().contains("PDF"), newest.getText());
    assertTrue(
        text(By.id("upload:messages")).contains("Ontvangen"), text(By.id("upload:messages")));
    screenshot("03-aalst-uploaded");

    Path disguised = pdf.resolveSibling("notities.docx");
    Files.writeString(disguised, "Dit is gewone tekst, geen Word-document.");
    upload(disguised);
    waitForText(By.id("upload:messages"), "platte tekst");
    assertFalse(
        text(By.id("versions-panel")).contains("notities.docx"), "the refused file is not listed");
    screenshot("04-aalst-refused");

    logOut();
    logIn("expert");
    assertEquals("Inzendingen van mijn gemeenten", text(By.tagName("h1")));
    screenshot("05-expert-home");
    // Other test classes may have given the expert more municipalities: filter as a user would.
    browser.findElement(By.cssSelector("#worklist\\:rows thead input")).sendKeys("Aalst");
    By aalstBia =
        By.xpath(
            "//tr[contains(., 'Aalst') and contains(., 'Business Impact Analyse')]//a[contains(., 'Openen')]");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#worklist\\:rows_data tr")).stream()
                    .allMatch(row -> row.getText().contains("Aalst")));
    browser.findElement(aalstBia).click();
    waitForText(By.id("versions-panel"), fileName);
    assertTrue(
        browser.findElements(By.id("upload:file")).isEmpty(),
        "an expert cannot upload for a municipality");
    screenshot("06-expert-sees-document");
    String assignmentUrl = browser.getCurrentUrl();
    String downloadUrl =
        browser
            .findElement(By.cssSelector("#versions_data tr a.download-link"))
            .getAttribute("href");

    logOut();
    logIn("brugge");
    browser.get(assignmentUrl);
    assertTrue(
        browser.getPageSource().contains("Pagina niet gevonden"),
        "Brugge gets a 404 page for Aalst's assignment");
    assertFalse(browser.getPageSource().contains(fileName));
    screenshot("07-brugge-denied");
    browser.get(base + "submission/assignment.xhtml?assignment=abc&municipality=%27");
    assertTrue(
        browser.getPageSource().contains("Pagina niet gevonden"),
        "a malformed address is a 404, not a blank page");
    browser.get(downloadUrl);
    assertTrue(
        browser.getPageSource().contains("Pagina niet gevonden"),
        "nor can Brugge download the document by its link");
  }

  @Test
  void aMunicipalityFillsInItsSelfEvaluation() throws IOException {
    logIn("brugge");
    browser.findElement(By.id("nav-self-evaluation")).click();
    waitFor(By.id("self-evaluation-title"));
    assertTrue(text(By.id("self-evaluation-title")).contains("Brugge"));
    List<WebElement> questions = browser.findElements(By.cssSelector("section.question"));
    assertEquals(10, questions.size());
    browser.findElement(By.id("answers:save")).click();
    waitForText(By.id("answers:messages"), "Vraag 1 is niet beantwoord");

    for (int i = 0; i < questions.size(); i++) {
      // Score 2 everywhere, 3 for the last question.
      int option = i == questions.size() - 1 ? 3 : 2;
      browser
          .findElements(By.cssSelector("section.question"))
          .get(i)
          .findElements(By.cssSelector(".ui-radiobutton-box"))
          .get(option)
          .click();
    }
    browser
        .findElements(By.cssSelector("section.question textarea"))
        .get(0)
        .sendKeys("Beleid in opmaak <script>alert('x')</script>");
    browser.findElement(By.id("answers:save")).click();
    waitForText(By.id("answers:messages"), "opgeslagen");
    // The confirmation is where the user is looking: in the window, although the save button is
    // at the bottom of a long form and the message area at its top.
    assertEquals(
        Boolean.TRUE,
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "var r = document.getElementById('answers:messages').getBoundingClientRect();"
                    + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;"),
        "the confirmation is in view");
    screenshot("08-brugge-self-evaluation");

    String table = text(By.id("scores"));
    assertTrue(table.contains("1. Beleid en eigenaarschap 2"), table);
    assertTrue(table.contains("10. Oefenen en actualiseren 3"), table);
    browser.navigate().refresh();
    waitFor(By.id("self-evaluation-title"));
    assertEquals(
        "Beleid in opmaak <script>alert('x')</script>",
        browser
            .findElements(By.cssSelector("section.question textarea"))
            .get(0)
            .getAttribute("value"),
        "the remark is kept as text, never run");
    logOut();
  }

  @Test
  void aMunicipalityHandsInItsBiaAndSeesWhatTheCompletenessCheckFound() throws IOException {
    Path bia = Files.createTempDirectory("crt-it").resolve("BIA Brugge.xlsx");
    Files.write(
        bia,
        be.vlaanderen.crt.portal.testsupport.Templates.bia(
            List.of(
                java.util.Arrays.asList(
                    "Burgerzaken",
                    "Diensthoofd",
                    72.0,
                    24.0,
                    4.0,
                    "Rijksregister",
                    null,
                    null,
                    null,
                    2.0,
                    3.0,
                    4.0,
                    5.0),
                java.util.Arrays.asList(
                    "Sociale dienst",
                    "Secretaris",
                    24.0,
                    48.0,
                    8.0,
                    "Dossiersoftware",
                    null,
                    null,
                    null,
                    1.0,
                    2.0,
                    4.0,
                    5.0))));
    logIn("brugge");
    browser
        .findElement(
            By.xpath("//tr[contains(., 'Business Impact Analyse')]//a[contains(., 'Openen')]"))
        .click();
    waitFor(By.id("assignment-title"));
    assertTrue(
        browser
            .findElement(By.id("template-link"))
            .getAttribute("href")
            .endsWith("/templates/bia-sjabloon.xlsx"));

    upload(bia);
    waitForText(By.id("upload:messages"), "Controle op volledigheid");
    assertTrue(
        text(By.id("upload:messages")).contains("Uw document is wel ingediend"),
        text(By.id("upload:messages")));
    waitForText(By.id("versions-panel"), "Rij 3: de RTO is groter dan de MTPD");
    screenshot("09-brugge-bia-findings");
    // The moment an upload's file row shows (its progress bar) and fades out: the state axe once
    // caught by chance. Made here on purpose, as PrimeFaces draws it, half faded.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var content = document.querySelector('.ui-fileupload-content');"
                + "var row = document.createElement('div'); row.className = 'ui-fileupload-row'; row.style.opacity = '0.3';"
                + "row.innerHTML = '<div class=\"ui-fileupload-filename\">BIA Brugge.xlsx</div><div>4,9 kB</div>'"
                + " + '<div><div class=\"ui-progressbar ui-widget ui-widget-content\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"60\"><div class=\"ui-progressbar-value\"></div></div></div>';"
                + "content.appendChild(row);");
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(
            d ->
                d.findElement(By.cssSelector(".ui-fileupload-row .ui-progressbar"))
                        .getAttribute("aria-label")
                    != null);
    be.vlaanderen.crt.portal.testsupport.Accessibility.check(browser, "09b-upload-row-fading");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.querySelector('.ui-fileupload-row').remove();");
    logOut();
  }

  @Test
  void theCoordinatorRecordsWhoAttendedAWorkshop() throws IOException {
    logIn("coordinator");
    browser.findElement(By.id("nav-manage")).click();
    waitFor(By.id("manage:attendance-workshop"));
    long workshop =
        TestServices.number(
            "SELECT MIN(w.id) FROM workshop w JOIN enrollment e ON e.wave_id = w.wave_id JOIN municipality m ON m.id = e.municipality_id WHERE m.name = 'Brugge'");
    // Choose the workshop through the PrimeFaces widget, as a click on its menu does.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var menu = PrimeFaces.widgets['widget_manage_attendance_workshop'];"
                + " menu.selectValue(arguments[0]); menu.input.trigger('change');",
            Long.toString(workshop));
    waitFor(By.cssSelector("#manage\\:attendance a"));
    long before = TestServices.number("SELECT COUNT(*) FROM attendance WHERE present = TRUE");
    WebElement brugge =
        browser.findElements(By.cssSelector("#manage\\:attendance a")).stream()
            .filter(a -> a.getText().contains("Brugge"))
            .findFirst()
            .orElseThrow();
    boolean wasPresent = brugge.getAttribute("class").contains("present");
    brugge.click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        // the list is replaced by AJAX while the condition reads it
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#manage\\:attendance a")).stream()
                    .anyMatch(
                        a ->
                            a.getText().contains("Brugge")
                                && a.getAttribute("class")
                                    .contains(wasPresent ? "absent" : "present")));
    assertEquals(
        before + (wasPresent ? -1 : 1),
        TestServices.number("SELECT COUNT(*) FROM attendance WHERE present = TRUE"));
    screenshot("10-coordinator-attendance");

    // "Wijzigen" fills the workshop form further down: it scrolls into view and takes the focus.
    browser.get(base + "programme/manage.xhtml");
    waitFor(By.id("manage:workshops"));
    String firstTitle =
        browser
            .findElement(By.cssSelector("#manage\\:workshops_data tr td:nth-child(2)"))
            .getText();
    browser.findElement(By.cssSelector("#manage\\:workshops_data tr button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> "manage:title".equals(d.switchTo().activeElement().getAttribute("id")));
    assertEquals(firstTitle, browser.findElement(By.id("manage:title")).getAttribute("value"));
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    assertEquals(
        Boolean.TRUE,
        js.executeScript(
            "var r = document.getElementById('manage:title').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;"),
        "the filled form is in view");
    screenshot("10b-coordinator-edits-workshop");
    logOut();
  }

  @Test
  void aWrongPasswordIsRefusedPolitely() {
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys("aalst");
    browser.findElement(By.id("login:password")).sendKeys("not-the-password");
    browser.findElement(By.id("login:submit")).click();
    waitForText(By.id("login:messages"), "onjuist");
    assertTrue(browser.getCurrentUrl().contains("login"));
  }

  @Test
  void theLoginFormSaysWhenTooManyAttemptsLockedTheAccount() throws Exception {
    String user = "vergrendel-" + UUID.randomUUID().toString().substring(0, 8);
    TestServices.insert(
        "INSERT INTO user_account (username, display_name, email, password_hash, role, municipality_id)"
            + " SELECT ?, ?, ?, password_hash, 'MUNICIPALITY', municipality_id FROM user_account"
            + " WHERE username = 'aalst'",
        user,
        "Test " + user,
        user + "@example.invalid");
    // Six wrong guesses (through the API: the count is the account's, whatever the door).
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    for (int i = 0; i < 6; i++) {
      assertEquals(401, api.get(user + ":geraden-" + i, "api/me").statusCode());
    }
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys("demo");
    browser.findElement(By.id("login:submit")).click();
    waitForText(By.id("login:messages"), "Te veel mislukte aanmeldpogingen");
    screenshot("43-login-locked");
    assertTrue(browser.getCurrentUrl().contains("login"), "the right password waits for the lock");
    Thread.sleep(5000);
    browser.findElement(By.id("login:password")).sendKeys("demo");
    browser.findElement(By.id("login:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("session:logout")).isEmpty());
    browser.findElement(By.id("session:logout")).click();
  }

  @Test
  void anExpertRemarksOnAPassageAndTheMunicipalityRepliesAfterTheRelease() throws IOException {
    String sentence = "Voor burgerzaken bedraagt de RTO vier uur.";
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    long bcp = firstWaveAssignment("BCP");
    var uploaded =
        api.upload(
            "brugge",
            bcp,
            "bcp-brugge.docx",
            SampleFiles.docxParagraphs(
                List.of(
                    "Inleiding",
                    "Dit plan beschrijft hoe Brugge de dienstverlening voortzet bij een ernstig incident.",
                    "Kritieke processen",
                    sentence + " De MTPD is twee werkdagen.",
                    "Crisiscommunicatie",
                    "De communicatieambtenaar co\u00f6rdineert alle berichtgeving.")));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long submission =
        TestServices.number(
            "SELECT s.id FROM submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.name = 'Brugge' AND s.assignment_id = ?",
            bcp);
    String remarkText =
        "Waarop steunt deze RTO van vier uur? " + UUID.randomUUID().toString().substring(0, 4);

    logIn("expert");
    browser.get(base + "review/document.xhtml?submission=" + submission);
    waitFor(By.cssSelector("#text-view .tv-seg"));
    // Select the sentence in the text view as a user would with the mouse.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "var wanted = arguments[0];"
                + "var seg = Array.from(document.querySelectorAll('#text-view .tv-seg'))"
                + ".find(function (s) { return s.textContent.indexOf(wanted) >= 0; });"
                + "var node = seg.firstChild; var at = node.nodeValue.indexOf(wanted);"
                + "var range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + wanted.length);"
                + "var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);"
                + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
            sentence);
    waitForText(By.id("selection-preview"), sentence);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "PrimeFaces.getWidgetById('remark-form:theme').selectValue('MTPD_RTO_RPO');");
    browser.findElement(By.id("remark-form:body")).sendKeys(remarkText);
    screenshot("10-expert-selects-passage");
    browser.findElement(By.id("remark-form:add-remark")).click();
    waitForText(By.id("remarks-panel"), remarkText);
    waitFor(By.cssSelector("#text-view mark.hl"));
    assertEquals(sentence, browser.findElement(By.cssSelector("#text-view mark.hl")).getText());
    assertTrue(text(By.id("remarks-panel")).contains("Concept"), "a draft until the release");
    screenshot("11-expert-remark-added");
    assertFalse(
        text(By.id("remark-form")).contains("meteen zichtbaar"), "no warning before the release");

    // An empty remark is refused on the form; the refusal goes away with the next action.
    browser.findElement(By.id("remark-form:add-remark")).click();
    waitForText(By.id("remark-form"), "Schrijf eerst een tekst.");
    browser.findElement(By.id("release-form:release")).click();
    waitFor(By.cssSelector(".ui-confirmdialog-yes"));
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    waitForText(By.id("release-state"), "Vrijgegeven");
    waitForText(By.id("messages"), "1 zichtbare opmerking)");
    assertFalse(
        text(By.id("remark-form")).contains("Schrijf eerst een tekst."),
        "the earlier refusal no longer stands next to the release's confirmation");
    // After the release a new remark for the municipality reaches it at once: the form says so.
    assertTrue(
        text(By.id("remark-form")).contains("meteen zichtbaar voor de gemeente"),
        text(By.id("remark-form")));
    screenshot("12-expert-released");
    logOut();

    logIn("brugge");
    browser.get(base + "review/document.xhtml?submission=" + submission);
    waitFor(By.cssSelector("#text-view mark.hl"));
    assertEquals(sentence, browser.findElement(By.cssSelector("#text-view mark.hl")).getText());
    assertTrue(text(By.id("remarks-panel")).contains(remarkText));
    assertFalse(text(By.id("remarks-panel")).contains("Concept"));
    String reply = "We baseren ons op de BIA-workshop van maart.";
    browser.findElement(By.cssSelector("article.remark textarea")).sendKeys(reply);
    browser.findElement(By.cssSelector("article.remark button[id$='send-reply']")).click();
    waitForText(By.id("remarks-panel"), reply);
    screenshot("13-municipality-replied");
    logOut();
  }

  @Test
  void aVisitorSearchesTheToolkitAndTakesTheSelfCheckWithoutAnAccount() throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(base + "toolkit/index.xhtml");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("oef");
    // Autocomplete fills the datalist while typing.
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#q-suggestions option")).isEmpty());
    assertTrue(
        browser.findElements(By.cssSelector("#q-suggestions option")).stream()
            .anyMatch(o -> o.getAttribute("value").toLowerCase().contains("oefen")));
    screenshot("20-toolkit-autocomplete");
    box.clear();
    box.sendKeys("leveranceir");
    box.submit();
    // Nothing has the misspelling: the page shows what the closest spelling finds, and says so.
    waitFor(By.id("spelling"));
    assertTrue(text(By.id("spelling")).contains("leveranceir"), text(By.id("spelling")));
    assertTrue(text(By.id("spelling")).contains("leverancier"), text(By.id("spelling")));
    waitFor(By.cssSelector("#hits .hit"));
    assertTrue(browser.getCurrentUrl().contains("q=leveranceir"), "the search is in the URL");
    assertTrue(
        text(By.id("result-count")).matches("\\d+ resultaten voor .leverancier.*"),
        text(By.id("result-count")));
    assertFalse(
        browser.findElements(By.cssSelector("#hits mark")).isEmpty(), "matches are highlighted");
    screenshot("21-toolkit-results");
    browser.findElement(By.cssSelector("#facet-theme li a")).click();
    waitFor(By.cssSelector("#facet-theme li.active"));
    assertTrue(browser.getCurrentUrl().contains("theme="));
    browser.findElement(By.cssSelector("#hits .hit h2 a")).click();
    waitFor(By.id("related"));
    screenshot("22-toolkit-article");

    browser.get(base + "toolkit/zelftest.xhtml");
    List<WebElement> questions = browser.findElements(By.cssSelector("li.question"));
    assertEquals(10, questions.size());
    for (int i = 0; i < questions.size(); i++) {
      // Weak on the first three questions, strong on the rest.
      int score = i < 3 ? 0 : 3;
      questions.get(i).findElements(By.cssSelector(".ui-radiobutton-box")).get(score).click();
    }
    browser.findElement(By.id("check:evaluate")).click();
    waitFor(By.cssSelector(".theme-scores li.weak .advice a"));
    assertTrue(text(By.cssSelector(".theme-scores")).contains("Governance"));
    long stored = TestServices.number("SELECT COUNT(*) FROM self_check_result");
    screenshot("23-self-check-result");
    browser.findElement(By.id("check:keep")).click();
    waitFor(By.id("result-link"));
    assertEquals(
        stored + 1,
        TestServices.number("SELECT COUNT(*) FROM self_check_result"),
        "kept only on request");
    // The link is built from the configured public address (never from the Host header); the test
    // portal runs on a random port, so the path of the link is followed here.
    String link = browser.findElement(By.id("result-link")).getAttribute("href");
    assertTrue(link.startsWith("http://localhost/toolkit/zelftest.xhtml?r="), link);
    browser.get(base + link.substring("http://localhost/".length()));
    waitFor(By.cssSelector(".theme-scores li.weak"));

    // The same score gets the same judgement and advice on every theme (a cap of three weak themes
    // once showed a fourth at 33 % as fine).
    browser.get(base + "toolkit/zelftest.xhtml");
    for (WebElement question : browser.findElements(By.cssSelector("li.question"))) {
      question.findElements(By.cssSelector(".ui-radiobutton-box")).get(1).click();
    }
    browser.findElement(By.id("check:evaluate")).click();
    waitFor(By.cssSelector(".theme-scores li.weak"));
    int themes = browser.findElements(By.cssSelector(".theme-scores > li")).size();
    assertTrue(themes > 3, "themes: " + themes);
    assertEquals(themes, browser.findElements(By.cssSelector(".theme-scores > li.weak")).size());
    assertEquals(themes, browser.findElements(By.cssSelector(".theme-scores > li .advice")).size());

    // On a phone (390 px): results before the filters, nothing wider than the screen.
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      browser.get(base + "toolkit/index.xhtml?q=leverancier");
      waitFor(By.cssSelector("#hits .hit"));
      var js = (org.openqa.selenium.JavascriptExecutor) browser;
      Number firstHit =
          (Number)
              js.executeScript(
                  "return document.querySelector('#hits .hit').getBoundingClientRect().top"
                      + " + window.scrollY;");
      Number facets =
          (Number)
              js.executeScript(
                  "return document.querySelector('.facets').getBoundingClientRect().top"
                      + " + window.scrollY;");
      assertTrue(
          firstHit.doubleValue() < facets.doubleValue(),
          "results first on a phone: hit at " + firstHit + ", filters at " + facets);
      assertTrue(
          ((Number) js.executeScript("return document.documentElement.scrollWidth;")).intValue()
              <= 390,
          "no horizontal scrolling on the phone's toolkit");
      screenshot("24-toolkit-mobile");
      browser.get(base + "toegankelijkheid.xhtml");
      waitFor(By.id("a11y-status"));
      screenshot("25-accessibility-statement");
    } finally {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  /**
   * Issue 14, keyboard: the review's main flow without a mouse. The expert reaches the text, moves
   * through its passages with the arrow keys, takes one with Enter, writes the remark, chooses a
   * theme and adds it with the keyboard; the municipality replies with the keyboard; a visitor
   * searches the toolkit with Enter.
   */
  @Test
  void theReviewFlowWorksWithTheKeyboardAlone() throws IOException {
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    long update = firstWaveAssignment("BIA");
    String passage =
        "De kritieke processen zijn burgerzaken, sociale dienst en de loonadministratie.";
    var uploaded =
        api.upload(
            "aalst",
            update,
            "bia-aalst-toetsenbord.docx",
            SampleFiles.docxParagraphs(
                List.of(
                    "Business impact analyse Aalst", passage, "Ondersteunende diensten: ICT.")));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long submission =
        TestServices.number(
            "SELECT s.id FROM submission s JOIN municipality m ON m.id = s.municipality_id WHERE m.name = 'Aalst' AND s.assignment_id = ?",
            update);
    String remarkText = "Met het toetsenbord: welke RTO geldt voor de loonadministratie?";

    logIn("expert");
    browser.get(base + "review/document.xhtml?submission=" + submission);
    waitFor(By.cssSelector("#text-view .tv-seg"));
    WebElement view = browser.findElement(By.id("text-view"));
    assertEquals("0", view.getAttribute("tabindex"), "the text is one tab stop");
    view.sendKeys(Keys.ARROW_DOWN);
    for (int i = 0; i < 5; i++) {
      WebElement at = browser.switchTo().activeElement();
      if (at.getText().contains(passage)) {
        break;
      }
      at.sendKeys(Keys.ARROW_DOWN);
    }
    assertTrue(browser.switchTo().activeElement().getText().contains(passage));
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitForText(By.id("selection-preview"), passage);
    assertEquals(
        "remark-form:body",
        browser.switchTo().activeElement().getAttribute("id"),
        "the focus moves on to the remark's text");
    browser.switchTo().activeElement().sendKeys(remarkText);
    browser.findElement(By.id("remark-form:theme_label")).sendKeys(Keys.ARROW_DOWN);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d -> !d.findElement(By.id("remark-form:theme_input")).getAttribute("value").isEmpty());
    browser.findElement(By.id("remark-form:add-remark")).sendKeys(Keys.ENTER);
    waitForText(By.id("remarks-panel"), remarkText);
    assertEquals(passage, browser.findElement(By.cssSelector("#text-view mark.hl")).getText());
    screenshot("37-keyboard-remark");
    if (!browser.findElements(By.id("release-form:release")).isEmpty()) {
      browser.findElement(By.id("release-form:release")).sendKeys(Keys.ENTER);
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
          .sendKeys(Keys.ENTER);
      waitForText(By.id("release-state"), "Vrijgegeven");
    }
    logOut();

    logIn("aalst");
    browser.get(base + "review/document.xhtml?submission=" + submission);
    WebElement card =
        browser.findElements(By.cssSelector("article.remark")).stream()
            .filter(a -> a.getText().contains(remarkText))
            .findFirst()
            .orElseThrow();
    String reply = "Vier uur, zoals in de BIA-workshop afgesproken.";
    card.findElement(By.tagName("textarea")).sendKeys(reply);
    card.findElement(By.cssSelector("button[id$='send-reply']")).sendKeys(Keys.ENTER);
    waitForText(By.id("remarks-panel"), reply);
    logOut();

    browser.manage().deleteAllCookies();
    browser.get(base + "toolkit/index.xhtml");
    browser.findElement(By.id("q")).sendKeys("continuiteit", Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().contains("q=continuiteit"));
  }

  /**
   * Issue 14: the handbook as an accessible web page next to the PDF (headings per theme and item,
   * a table of contents); the PDF says its language and title.
   */
  @Test
  void theHandbookReadsAsAWebPageAndThePdfSaysItsLanguage() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(base + "toolkit/index.xhtml");
    browser.findElement(By.id("handbook-html-link")).click();
    waitFor(By.id("handbook-title"));
    List<WebElement> chapters = browser.findElements(By.cssSelector(".handbook-chapter h2"));
    List<WebElement> entries = browser.findElements(By.cssSelector(".handbook-entry h3 a"));
    assertFalse(chapters.isEmpty(), "a heading per theme");
    assertFalse(entries.isEmpty(), "a heading per lesson or resource");
    assertEquals(
        chapters.size(),
        browser.findElements(By.cssSelector(".handbook-contents li a")).size(),
        "the contents list every chapter");
    String firstTitle = entries.get(0).getText();
    screenshot("38-handbook-html");
    entries.get(0).click();
    waitForText(By.tagName("h1"), firstTitle);

    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/toolkit/handbook.pdf"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
      assertEquals("nl-BE", pdf.getDocumentCatalog().getLanguage());
      assertEquals("Handboek bedrijfscontinu\u00efteit", pdf.getDocumentInformation().getTitle());
    }
  }

  /** Issue 14, keyboard: the self-evaluation answered and saved without a mouse. */
  @Test
  void theSelfEvaluationWorksWithTheKeyboardAlone() {
    logIn("aalst");
    browser.get(base + "selfevaluation/index.xhtml");
    waitFor(By.cssSelector("section.question"));
    List<WebElement> questions = browser.findElements(By.cssSelector("section.question"));
    for (int i = 0; i < questions.size(); i++) {
      // the radio buttons are real inputs: Tab reaches them, Space chooses
      browser
          .findElements(By.cssSelector("section.question"))
          .get(i)
          .findElements(By.cssSelector("input[type=radio]"))
          .get(1)
          .sendKeys(Keys.SPACE);
    }
    browser.findElement(By.id("answers:save")).sendKeys(Keys.ENTER);
    waitForText(By.id("answers:messages"), "opgeslagen");
    for (WebElement question : browser.findElements(By.cssSelector("section.question"))) {
      assertTrue(
          question.findElements(By.cssSelector("input[type=radio]")).get(1).isSelected(),
          question.getText());
    }
    logOut();
  }

  /** The coordinator adds a toolkit resource through the page's native file field. */
  @Test
  void theCoordinatorAddsAToolkitResourceOnThePage() throws IOException {
    String title = "Checklist crisiscel " + UUID.randomUUID().toString().substring(0, 6);
    Path pdf = Files.createTempDirectory("crt-it").resolve("checklist-crisiscel.pdf");
    Files.write(pdf, SampleFiles.pdf("Checklist voor de crisiscel: wie belt wie."));
    logIn("coordinator");
    browser.get(base + "lessons/resources.xhtml");
    browser.findElement(By.id("add:submit")).click();
    waitForText(By.id("messages"), "Kies eerst een bestand.");
    browser.findElement(By.id("add:title")).sendKeys(title);
    browser.findElement(By.id("add:file")).sendKeys(pdf.toAbsolutePath().toString());
    browser.findElement(By.id("add:submit")).click();
    waitForText(By.id("messages"), "staat in de toolkit");
    assertTrue(text(By.tagName("main")).contains(title), "the new resource is listed");
    assertEquals(
        1, TestServices.number("SELECT COUNT(*) FROM toolkit_resource WHERE title = ?", title));
    screenshot("36-resource-added");
    logOut();
  }

  /**
   * Issue 14, item 6: with many versions the assignment's download buttons stay inside the card and
   * the review page shows a few version chips and a picker for all, instead of a chip per version.
   */
  @Test
  void manyVersionsStayReachableOnTheAssignmentAndReviewPages() throws IOException {
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    long bcp = firstWaveAssignment("BCP");
    for (int i = 1; i <= 7; i++) {
      var uploaded =
          api.upload(
              "aalst",
              bcp,
              "bcp-aalst-opendocument-versie-" + i + ".docx",
              SampleFiles.docxParagraphs(
                  List.of("Business continuiteitsplan Aalst", "Versie " + i + " van het plan.")));
      assertEquals(201, uploaded.statusCode(), uploaded.body());
    }
    long aalst = TestServices.number("SELECT id FROM municipality WHERE name = 'Aalst'");
    long submission =
        TestServices.number(
            "SELECT id FROM submission WHERE municipality_id = ? AND assignment_id = ?",
            aalst,
            bcp);
    long versions =
        TestServices.number(
            "SELECT COUNT(*) FROM document_version WHERE submission_id = ?", submission);

    logIn("expert");
    browser.get(base + "submission/assignment.xhtml?assignment=" + bcp + "&municipality=" + aalst);
    waitFor(By.cssSelector("#versions_data tr a.download-link"));
    // Nothing of the table is cut off or hidden behind a sideways scroll: every download button is
    // entirely inside the table's visible box.
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    Object clipped =
        js.executeScript(
            "var w = document.querySelector('#versions .ui-datatable-tablewrapper') || document.getElementById('versions');"
                + "var box = w.getBoundingClientRect();"
                + "if (w.scrollWidth > w.clientWidth + 1) return 'table scrolls sideways: ' + w.scrollWidth + ' > ' + w.clientWidth;"
                + "var out = Array.from(document.querySelectorAll('#versions_data a.download-link'))"
                + ".map(function (a) { return a.getBoundingClientRect(); })"
                + ".filter(function (r) { return r.right > box.right + 1 || r.left < box.left - 1; });"
                + "return out.length ? out.length + ' download buttons outside ' + box.right : '';");
    assertEquals("", clipped);
    screenshot("34-assignment-many-versions");

    browser.get(base + "review/document.xhtml?submission=" + submission);
    waitFor(By.id("version-pick"));
    assertTrue(
        browser.findElements(By.cssSelector("a.version-chip")).size() <= 6,
        "a few chips, not one per version");
    assertEquals(
        versions,
        browser.findElements(By.cssSelector("#version-pick option")).size(),
        "all versions");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("version-pick")))
        .selectByVisibleText(
            browser.findElements(By.cssSelector("#version-pick option")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("v2 "))
                .findFirst()
                .orElseThrow());
    browser.findElement(By.id("version-go")).click();
    waitForText(By.cssSelector("a.version-chip.current"), "v2");
    screenshot("35-review-version-picker");
    logOut();
  }

  /**
   * Issue 14, items 7 and 8: an import ends at the municipalities list, the preview says which
   * municipality already existed, the list searches and filters, and the audit trail is written in
   * words; the steering committee sees that something happened, not the file names behind it.
   */
  @Test
  void theCoordinatorImportsFindsTheMunicipalitiesAndReadsTheirTrailInWords() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String first = "Zoersel " + suffix;
    String second = "Zwalm " + suffix;
    Path list = Files.createTempFile("gemeenten-", ".csv");
    Files.writeString(
        list,
        "gemeente;provincie;inwoners;contactpersoon;e-mail\n"
            + first
            + ";Antwerpen;22000;Ann Peeters;ann-"
            + suffix
            + "@zoersel.invalid\n"
            + second
            + ";Oost-Vlaanderen;8000;Bart Claes;bart-"
            + suffix
            + "@zwalm.invalid\n"
            + "Brugge;West-Vlaanderen;118000;Eva Extra;eva-"
            + suffix
            + "@brugge.invalid\n");
    logIn("coordinator");
    browser.get(base + "municipality/import.xhtml");
    browser
        .findElement(By.cssSelector("#import\\:file input[type=file]"))
        .sendKeys(list.toAbsolutePath().toString());
    waitForText(By.id("import:rows"), "bestaat al");
    assertTrue(
        text(By.id("import:messages")).contains("2 nieuwe gemeenten"),
        text(By.id("import:messages")));
    for (WebElement row : browser.findElements(By.cssSelector("#import\\:rows tbody tr"))) {
      if (row.getText().contains("Brugge")) {
        assertTrue(row.getText().contains("bestaat al"), row.getText());
      } else {
        assertTrue(row.getText().contains("nieuwe gemeente"), row.getText());
      }
    }
    screenshot("30-import-preview");
    browser.findElement(By.id("import:apply")).click();
    waitFor(By.id("import:to-municipalities"));
    assertTrue(text(By.id("import:messages")).contains("Ge\u00efmporteerd: 2 nieuwe gemeenten"));
    browser.findElement(By.id("import:to-municipalities")).click();

    waitFor(By.id("list:municipalities"));
    browser.findElement(By.id("q")).sendKeys(suffix);
    browser.findElement(By.id("apply-filter")).click();
    waitForText(By.id("municipalities-count"), "2 gemeenten gevonden");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("province")))
        .selectByValue("OOST_VLAANDEREN");
    browser.findElement(By.id("apply-filter")).click();
    waitForText(By.id("municipalities-count"), "1 gemeente gevonden");
    assertTrue(browser.getCurrentUrl().contains("province=OOST_VLAANDEREN"), "bookmarkable");
    assertTrue(text(By.id("list:municipalities")).contains(second));
    assertFalse(text(By.id("list:municipalities")).contains(first));
    screenshot("31-municipalities-filtered");
    browser.findElement(By.linkText(second)).click();

    waitFor(By.id("trail-panel"));
    String trail = text(By.id("trail-panel"));
    assertTrue(trail.contains("Gemeente ge\u00efmporteerd"), trail);
    assertTrue(trail.contains("Contactpersoon uitgenodigd"), trail);
    assertNoCodes(trail);
    assertEquals("Traject van " + second, text(By.id("timeline-of")));
    assertFalse(text(By.tagName("main")).contains("Mijn traject"));

    // A download's file name is in the CRT's trail, not in the steering committee's.
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    long bia = firstWaveAssignment("BIA");
    String fileName = "vertrouwelijk-" + suffix + ".docx";
    var uploaded =
        api.upload(
            "brugge",
            bia,
            fileName,
            SampleFiles.docxParagraphs(
                List.of("Business impact analyse", "Burgerzaken: MTPD twee werkdagen.")));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long version =
        TestServices.number("SELECT MAX(id) FROM document_version WHERE file_name = ?", fileName);
    assertEquals(
        200, api.getBytes("coordinator", "api/documents/" + version + "/content").statusCode());
    long brugge = TestServices.number("SELECT id FROM municipality WHERE name = 'Brugge'");
    browser.get(base + "municipality/detail.xhtml?id=" + brugge);
    waitFor(By.id("trail-panel"));
    // Brugge may have had versions of this assignment before: the number is whatever came next
    assertTrue(
        text(By.id("trail-panel"))
            .matches("(?s).*" + java.util.regex.Pattern.quote(fileName) + " \u00b7 versie \\d+.*"),
        text(By.id("trail-panel")));
    assertNoCodes(text(By.id("trail-panel")));
    screenshot("32-trail-coordinator");
    logOut();

    logIn("steering");
    browser.get(base + "municipality/detail.xhtml?id=" + brugge);
    waitFor(By.id("trail-panel"));
    trail = text(By.id("trail-panel"));
    assertTrue(trail.contains("Document gedownload"), trail);
    assertTrue(trail.contains("Document ingediend"), trail);
    assertFalse(trail.contains(fileName), "no file names for the steering committee");
    assertFalse(
        trail.contains("@"), "no e-mail addresses in the steering committee's trail details");
    assertNoCodes(trail);
    screenshot("33-trail-steering");
    logOut();
  }

  /** No raw action or enum codes ("ROUND_RELEASED", "MTPD_RTO_RPO") where people read. */
  private static void assertNoCodes(String text) {
    var code = java.util.regex.Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b").matcher(text);
    assertFalse(code.find(), () -> "a code on the page: " + code.group() + " in " + text);
  }

  /** The assignment of this kind in the first BCP wave (the demo programme's "Traject 1"). */
  private static long firstWaveAssignment(String kind) {
    return TestServices.number(
        "SELECT MIN(id) FROM assignment WHERE kind = ? AND wave_id = (SELECT MIN(w.id) FROM wave w"
            + " JOIN programme p ON p.id = w.programme_id WHERE p.track = 'BCP')",
        kind);
  }

  private void logIn(String user) {
    browser.get(base + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(user);
    browser.findElement(By.id("login:password")).sendKeys("demo");
    browser.findElement(By.id("login:submit")).click();
    // Wait for the page after the login, not the login page itself (it shows "Afmelden" too when an
    // earlier test left its user logged in).
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().contains("login.xhtml")
                    && !d.findElements(By.id("session:logout")).isEmpty());
  }

  private void logOut() {
    browser.findElement(By.id("session:logout")).click();
    waitFor(By.id("login:username"));
  }

  private void upload(Path file) {
    WebElement input = browser.findElement(By.cssSelector("#upload\\:file input[type=file]"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private String text(By by) {
    return browser.findElement(by).getText();
  }

  private void waitFor(By by) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private void waitForText(By by, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        // A full-page post (the login form) replaces the document while the wait reads it: Chromium
        // then answers "node does not belong to the document"; the next poll reads the new page.
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  private static void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    be.vlaanderen.crt.portal.testsupport.Accessibility.check(browser, name);
  }

  @Test
  void theCoordinatorSeesADocumentWithoutTextParkedAndRetriesItOnThePage() throws Exception {
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    String user = TestServices.municipalityWithContact("Kapot");
    long bia =
        be.vlaanderen.crt.portal.testsupport.ApiClient.array(api.get(user, "api/assignments"))
            .stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(a -> a.getString("kind").equals("BIA"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("assignmentId")
            .longValue();
    var uploaded =
        api.upload(user, bia, "bia.docx", SampleFiles.docxWithBrokenMainPart("kapot " + user));
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long submission =
        be.vlaanderen.crt.portal.testsupport.ApiClient.object(uploaded)
            .getJsonNumber("submissionId")
            .longValue();
    String uid = "Inzending " + submission;

    logIn("coordinator");
    browser.findElement(By.id("nav-background")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("h1")).getText().equals("Achtergrondtaken"));
    // The applier parks it within a second or two; the page shows it after a refresh.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              if (d.findElement(By.id("background:search-failures")).getText().contains(uid)) {
                return true;
              }
              d.findElement(By.id("background:reload")).click();
              return false;
            });
    String table = browser.findElement(By.id("background:search-failures")).getText();
    assertTrue(table.contains("Zonder tekst geïndexeerd"), table);
    assertTrue(table.contains("Tekst niet beschikbaar"), table);
    screenshot("40-admin-background");
    WebElement row =
        browser.findElements(By.cssSelector("#background\\:search-failures tbody tr")).stream()
            .filter(r -> r.getText().contains(uid))
            .findFirst()
            .orElseThrow();
    row.findElement(By.cssSelector("button[id$='retry-search']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("background:messages")).getText().contains("opnieuw verwerkt"));

    // The reviewer's page says the text is not available and why; the document can be downloaded.
    browser.get(base + "review/document.xhtml?submission=" + submission);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.getPageSource().contains("De tekst van dit document is niet beschikbaar"));
    screenshot("41-review-text-unavailable");

    // Only coordinators have the page, and only they see the link.
    browser.findElement(By.id("session:logout")).click();
    logIn("expert");
    assertTrue(browser.findElements(By.id("nav-background")).isEmpty());
    browser.get(base + "admin/background.xhtml");
    assertTrue(browser.getPageSource().contains("niet gevonden"), "404 page for a reviewer");
    for (String other : List.of("brugge", "steering")) {
      browser.findElement(By.id("session:logout")).click();
      logIn(other);
      assertTrue(browser.findElements(By.id("nav-background")).isEmpty(), other);
      browser.get(base + "admin/background.xhtml");
      assertTrue(browser.getPageSource().contains("niet gevonden"), "404 page for " + other);
    }
  }

  @Test
  void aLessonSavedMeanwhileBySomeoneElseIsNotOverwrittenFromAnOpenForm() throws Exception {
    var api = new be.vlaanderen.crt.portal.testsupport.ApiClient(base);
    String word = "gelijktijdig" + UUID.randomUUID().toString().substring(0, 6);
    var created =
        api.postJson(
            "coordinator",
            "api/lessons",
            "{\"title\":\"Les "
                + word
                + "\",\"summary\":\"Kort.\",\"body\":\"Eerste tekst.\","
                + "\"themes\":[\"governance\"]}");
    assertEquals(201, created.statusCode(), created.body());
    long id =
        be.vlaanderen.crt.portal.testsupport.ApiClient.object(created)
            .getJsonNumber("id")
            .longValue();

    logIn("coordinator");
    browser.get(base + "lessons/index.xhtml");
    WebElement row =
        browser.findElements(By.cssSelector("#lessons\\:list tbody tr")).stream()
            .filter(r -> r.getText().contains(word))
            .findFirst()
            .orElseThrow();
    row.findElement(By.xpath(".//button[contains(., 'Bewerken') or contains(., 'Wijzigen')]"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.id("lessons:title")).getAttribute("value").contains(word));

    // Meanwhile an expert saves the same lesson.
    var other =
        api.put(
            "expert",
            "api/lessons/" + id,
            "{\"title\":\"Les "
                + word
                + " (expert)\",\"summary\":\"Kort.\",\"body\":\"Tekst van de expert.\","
                + "\"themes\":[\"governance\"]}");
    assertEquals(200, other.statusCode(), other.body());

    WebElement title = browser.findElement(By.id("lessons:title"));
    title.clear();
    title.sendKeys("Les " + word + " (coördinator)");
    browser.findElement(By.id("lessons:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("messages")).getText().contains("intussen gewijzigd"));
    screenshot("42-lesson-changed-meanwhile");
    String stored =
        be.vlaanderen.crt.portal.testsupport.ApiClient.object(
                api.get("coordinator", "api/lessons/" + id))
            .getString("title");
    assertEquals("Les " + word + " (expert)", stored, "the expert's save is kept");
  }
}
