package dev.anneal.search.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.search.LinkedFixture;
import dev.anneal.search.Searcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Debian Chromium, driven by Selenium through /usr/bin/chromedriver
 * ({@code scripts/install-test-deps.sh} installs both): type a query, click a facet, open a
 * material and see its linked synthesis paragraph; a paper's {@code <script>} is shown, not run.
 * Screenshots go to {@code target/screenshots/}.
 */
class BrowserEndToEndTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path dir;
  static Searcher searcher;
  static SearchServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: Debian chromium and chromium-driver are not installed "
            + "(run scripts/install-test-deps.sh as root)");
    LinkedFixture.write(dir);
    searcher = new Searcher(dir);
    server = new SearchServer(searcher, SearchServer.DEFAULT_HOST, 0).start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--no-first-run");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  static void screenshot(String name) throws Exception {
    Path dirOut = Path.of("target", "screenshots");
    Files.createDirectories(dirOut);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(dirOut.resolve(name + ".png"), png);
  }

  String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  @Test
  void typeAQueryClickAFacetOpenAMaterialAndSeeItsSynthesis() throws Exception {
    browser.get(base());
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    box.sendKeys("elements:Cu,O");
    browser.findElement(By.id("go")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .card")));
    int before = browser.findElements(By.cssSelector("#results .card")).size();
    assertTrue(before >= 2, "cards: " + before);

    WebElement materialFacet = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#facets button.facet-value[data-dim='kind'][data-value='material']")));
    materialFacet.click();
    wait.until(d -> d.findElement(By.id("q")).getAttribute("value").contains("kind:material"));
    wait.until(d -> d.findElements(By.cssSelector("#results .card")).stream()
        .allMatch(c -> "material".equals(c.getAttribute("data-kind"))));
    List<WebElement> cards = browser.findElements(By.cssSelector("#results .card"));
    assertTrue(cards.size() >= 1 && cards.size() < before, "facet narrowed " + before + " → "
        + cards.size());
    screenshot("search-results");

    WebElement ybco = browser.findElement(
        By.cssSelector("#results .card[data-id='mp-ybco'] a.open"));
    ybco.click();
    WebElement synthesis = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#linked-synthesis .synthesis .text")));
    assertEquals(LinkedFixture.SYNTHESIS_TEXT, synthesis.getText());
    assertEquals("YBa2Cu3O7 (YBCO)", browser.findElement(By.id("record-title")).getText());
    assertFalse(browser.findElement(By.id("search-view")).isDisplayed(), "results are hidden");
    String page = browser.findElement(By.id("record-view")).getText();
    assertTrue(page.contains("3.8227"), "lattice a");
    assertTrue(page.contains("Ba1"), "a site");
    assertTrue(page.contains("91.8 ± 0.3"), "label with uncertainty");
    screenshot("material-page");
  }

  @Test
  void scriptInIndexedTextIsShownNotRun() throws Exception {
    browser.get(base() + "#q=tantalum");
    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#results .card[data-id='p-script']")));
    assertTrue(card.getText().contains("<script>") || card.getText().contains("</script>"),
        card.getText());
    assertTrue(card.getText().contains("<b>markup</b>"), card.getText());
    assertTrue(browser.findElements(By.cssSelector("#results script, #results img, #results b"))
        .isEmpty(), "no element was created from indexed text");
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned;");
    assertNull(pwned);
    assertFalse(browser.getTitle().contains("pwned"));
    screenshot("escaped-script");
  }

  @Test
  void malformedQueryShowsTheMessage() {
    browser.get(base() + "#q=" + "tc%3Eabc");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("not a number"), error.getText());
  }
}
