package dev.aliyunmock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.ecs.model.v20140526.ConnectRouterInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRouterInterfacesRequest;
import com.aliyuncs.exceptions.ClientException;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Sdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium, headless; {@link Browser}): it loads without
 * a console error, draws a fixture's pair, and shows the new status and the call after a Connect
 * through the official SDK, without a reload. Writes {@code target/dashboard.png}, and with {@code
 * -Ddocs.update=true} {@code docs/dashboard.png}.
 */
class DashboardBrowserTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String ACCEPTOR = "ri-beijing00acceptor0001";
  private static final String PAIR = ACCEPTOR + " " + INITIATOR; // sorted, as the page keys pairs
  private static final String XSS = "<img src=x onerror=alert(1)>";

  /** A fixture whose names and descriptions are markup: the page must show them as text. */
  private static final String HOSTILE_FIXTURE =
      "{\"Routers\":[{\"RouterId\":\"vrt-shanghai0markup00001\",\"RouterType\":\"VRouter\",\"RegionId\":\"cn-shanghai\","
          + "\"OwnerId\":\"1000000000000001\"}],"
          + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-shanghai0markup00001\",\"RouterId\":\"vrt-shanghai0markup00001\","
          + "\"Role\":\"InitiatingSide\",\"Spec\":\"Small.1\",\"Name\":\"<script>alert(2)</script>\","
          + "\"Description\":\"" + XSS + "\"}]}";

  private AliyunMockServer server;
  private ChromeDriver browser;

  @BeforeEach
  void start() throws FixtureException {
    Browser.requireInstalled();
    server = AliyunMockServer.builder().build().start();
    server.mock().loadFixtures(HOSTILE_FIXTURE);
    browser = Browser.start(1440, 1500);
  }

  @AfterEach
  void stop() {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (server != null) {
        server.stop();
      }
    }
  }

  private WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(100));
    wait.ignoring(StaleElementReferenceException.class); // the page redraws as calls arrive
    return wait;
  }

  @Test
  void showsTheWorldThenAConnectAndItsCallWithoutAReload() throws ClientException, IOException {
    Sdk sdk = new Sdk(server);
    sdk.call(new DescribeRouterInterfacesRequest());

    browser.get(server.baseUrl() + Route.DASHBOARD.path());
    waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

    // The fixture's pair: both routers and an Idle link between them.
    assertThat(browser.findElements(By.cssSelector("#diagram g.router[data-router='vrt-hangzhou000000000001']"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#diagram g.router[data-router='vrt-beijing0000000000001']"))).hasSize(1);
    assertThat(link().getAttribute("data-status")).isEqualTo("Idle");
    assertThat(browser.findElement(By.cssSelector("#accounts tbody")).getText()).contains("testAccessKeyId").doesNotContain("Secret");

    ((JavascriptExecutor) browser).executeScript("window.__sameDocument = 'yes';");
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    sdk.call(connect);

    waiting().until(d -> "Connecting".equals(link().getAttribute("data-status")));
    WebElement row = waiting().until(d -> d.findElements(By.cssSelector("#calls-table tr.call[data-action='ConnectRouterInterface']"))
        .stream().findFirst().orElse(null));
    assertThat(row.getText()).contains(INITIATOR, "testAccessKeyId", "200", "OK");
    waiting().until(d -> link().getText().contains("CONNECT under way"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;")).isEqualTo("yes");
    // Newest first: the Connect above the Describe.
    List<WebElement> calls = browser.findElements(By.cssSelector("#calls-table tr.call"));
    assertThat(calls.get(0).getAttribute("data-action")).isEqualTo("ConnectRouterInterface");

    // User data is text, never markup.
    WebElement hostile = browser.findElement(By.cssSelector("#interfaces-table tr[data-id='ri-shanghai0markup00001']"));
    assertThat(hostile.getText()).contains(XSS, "<script>alert(2)</script>");
    assertThat(hostile.findElements(By.tagName("img"))).isEmpty();
    assertThat(hostile.findElements(By.tagName("script"))).isEmpty();

    // A refused call shows too, with its code: the pair is connecting already.
    try {
      sdk.call(connect);
    } catch (ClientException expected) {
      assertThat(expected.getErrCode()).isNotBlank();
    }
    WebElement refused = waiting().until(d -> d.findElements(By.cssSelector("#calls-table tr.call.error")).stream().findFirst().orElse(null));
    assertThat(refused.getText()).contains("ConnectRouterInterface", "400");

    assertThat(consoleErrors()).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.__dashboard.errors.length;")).isEqualTo(0L);
    screenshot();
  }

  private WebElement link() {
    return browser.findElement(By.cssSelector("#diagram g.link[data-pair='" + PAIR + "']"));
  }

  private List<String> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  /** target/dashboard.png always; docs/dashboard.png with -Ddocs.update=true. */
  private void screenshot() throws IOException {
    ((JavascriptExecutor) browser).executeScript("document.getElementById('pause').click(); window.scrollTo(0, 0);");
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.write(Path.of("target/dashboard.png"), png);
    if (Boolean.getBoolean("docs.update")) {
      Files.write(Path.of("../docs/dashboard.png"), png);
    }
  }
}
