package be.vlaanderen.crt.portal.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium driven as a user would: log in, fill, wait, take screenshots. */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final WebDriver driver;
  private final URL base;

  public Browser(URL base) throws IOException {
    this.base = base;
    this.driver = chrome();
  }

  /** Headless Chromium with the Debian packages' binaries, Dutch, 1280×1000. */
  public static WebDriver chrome() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=nl");
    // The console is kept, so a test can see scripts the Content-Security-Policy refused.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * What the browser refused since the last call because of the Content-Security-Policy (a script
   * or handler the page needs that would not run). Reading the console empties it.
   */
  public static java.util.List<String> policyViolations(WebDriver driver) {
    return driver.manage().logs().get("browser").getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public void logIn(String user) {
    open("login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys("demo");
    driver.findElement(By.id("login:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                !d.getCurrentUrl().contains("login.xhtml")
                    && !d.findElements(By.id("session:logout")).isEmpty());
  }

  public void logOut() {
    driver.findElement(By.id("session:logout")).click();
    waitFor(By.id("login:username"));
  }

  public String text(By by) {
    return driver.findElement(by).getText();
  }

  public void waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  public void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Chooses an option of a PrimeFaces select by its value, through the hidden native select. */
  public void choose(String selectId, String value) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0].replace(/_input$/, ''));"
                + " if (w && w.selectValue) { w.selectValue(arguments[1]); } else {"
                + " var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change')); }",
            selectId,
            value);
  }

  /** A screenshot of the page state, and axe-core's accessibility findings for it. */
  public void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    Accessibility.check(driver, name);
  }

  @Override
  public void close() {
    java.util.List<String> refused;
    try {
      refused = policyViolations(driver);
    } finally {
      driver.quit();
    }
    if (!refused.isEmpty()) {
      throw new AssertionError(
          "The Content-Security-Policy refused what a page needed: " + refused);
    }
  }
}
