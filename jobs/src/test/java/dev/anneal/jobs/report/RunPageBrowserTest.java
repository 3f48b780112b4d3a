package dev.anneal.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anneal.jobs.ExampleRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The example run's {@code reports/run.html} in headless Chromium, offline: every section and
 * plot renders with a size, and a screenshot is kept in {@code target/run-report.png}.
 */
class RunPageBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theExampleRunReportRendersOfflineWithItsPlots() throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and "
            + "chromium-driver; scripts/install-test-deps.sh installs them)");
    Path page = ExampleRun.out().resolve("reports/run.html");
    assertTrue(Files.exists(page), "the run wrote " + page);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Offline: any request the page made would fail rather than be fetched.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1200,2400", "--proxy-server=127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    try {
      browser.get(page.toUri().toString());
      assertTrue(browser.getTitle().startsWith("Anneal run report"), browser.getTitle());
      for (String id : List.of("timings", "counts", "rejections", "quality", "tokens",
          "lengths", "labels")) {
        assertTrue(browser.findElement(By.id(id)).isDisplayed(), id);
      }
      List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
      // timings, 5 stages' counts, rejections, 2 token charts, 3 length histograms
      assertTrue(charts.size() >= 10, "charts: " + charts.size());
      for (WebElement chart : charts) {
        assertTrue(chart.getSize().getWidth() > 50 && chart.getSize().getHeight() > 10,
            "every chart has a size: " + chart.getSize());
      }
      List<WebElement> timingBars = browser.findElements(
          By.cssSelector("h2#timings + svg rect"));
      assertEquals(dev.anneal.jobs.stage.Pipeline.allStages().size(), timingBars.size(),
          "one timing bar per stage");
      assertTrue(timingBars.stream().allMatch(r -> r.getSize().getWidth() > 0));
      assertTrue(browser.findElement(By.tagName("body")).getText()
          .contains("ingest: cif.no_cell"), "the example's rejections are listed");
      Number failedRequests = (Number) browser.executeScript(
          "return performance.getEntriesByType('resource').length");
      assertEquals(0L, failedRequests.longValue(), "the page requests nothing");
      byte[] png = browser.getScreenshotAs(OutputType.BYTES);
      Path shot = Path.of("target", "run-report.png");
      Files.write(shot, png);
      assertTrue(png.length > 10_000, "a screenshot of the page: " + shot.toAbsolutePath());
    } finally {
      browser.quit();
    }
  }
}
