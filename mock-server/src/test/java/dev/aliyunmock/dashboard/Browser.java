package dev.aliyunmock.dashboard;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, through Debian's chromedriver: both named explicitly, so Selenium
 * Manager never looks for (or downloads) a browser or a driver. Without them the test is skipped,
 * with the reason; {@code -Daliyunmock.browserTests=required}, or {@code ALIYUN_MOCK_BROWSER_TESTS=required}
 * in the environment (set by {@code .ci/run}), makes their
 * absence a failure instead.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("aliyunmock.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("aliyunmock.chromedriver", "/usr/bin/chromedriver"));

  private Browser() {}

  /** Skips (or, where required, fails) the test when the browser or its driver is missing. */
  static void requireInstalled() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String reason = "the dashboard's browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): sudo apt-get install chromium chromium-driver";
    if (!present && ("required".equals(System.getProperty("aliyunmock.browserTests")) || "required".equals(System.getenv("ALIYUN_MOCK_BROWSER_TESTS")))) {
      fail(reason);
    }
    assumeTrue(present, reason);
  }

  /** A new headless chromium, its console (browser log) recorded. */
  static ChromeDriver start(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // root on CI
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + width + "," + height,
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--password-store=basic");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
