package org.homeward.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, never a downloaded browser. Outside CI a
 * machine without them skips the test; in CI their absence fails it. Screenshots go to {@code
 * target/screenshots}.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final ChromeDriverService service;
  private final WebDriver browser;
  private final Path profile;

  private HeadlessChromium(ChromeDriverService service, WebDriver browser, Path profile) {
    this.service = service;
    this.browser = browser;
    this.profile = profile;
  }

  /**
   * One browser for a test class, started before its tests and closed after them: register it as a
   * static field with {@code @RegisterExtension}.
   */
  public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
      chromium = start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
      if (chromium != null) {
        chromium.close();
        chromium = null;
      }
    }

    /** The class's browser; only while its tests run. */
    public HeadlessChromium get() {
      return chromium;
    }
  }

  public static HeadlessChromium start() throws IOException {
    if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
      String why =
          "needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        fail("The browser test " + why + "; CI must install them");
      }
      Assumptions.abort("Skipped: the browser test " + why);
    }
    // The driver is named explicitly, so Selenium Manager is never asked to download anything.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    System.setProperty("SE_OFFLINE", "true");
    Path profile = Files.createTempDirectory("homeward-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
    return new HeadlessChromium(service, browser, profile);
  }

  public WebDriver browser() {
    return browser;
  }

  /**
   * Waits for the condition; an element that went stale because the page was replaced while it was
   * read (a form posted, a redirect followed) is looked up again on the next poll.
   */
  public <T> T waitUntil(Function<? super WebDriver, T> condition) {
    return new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  public void scrollTo(By element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView()", browser.findElement(element));
  }

  public void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    browser.quit();
    service.stop();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
