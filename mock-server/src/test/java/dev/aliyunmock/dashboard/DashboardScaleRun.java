package dev.aliyunmock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.LargeWorld;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How large a world the dashboard stays usable with: worlds of 1,000 to 100,000 interfaces, the
 * call journal full (1,000 calls), the page loaded in chromium, the time from navigation to the
 * first complete drawing and the sizes of what it reads. A measurement, not a check of the build:
 * its name is outside Surefire's patterns, so only {@code -Dtest=DashboardScaleRun} runs it (with
 * {@code -Daliyunmock.measure.sizes=1000,20000} for other sizes); it writes {@code
 * target/dashboard-scale.md}.
 */
class DashboardScaleRun {
  private static final int CALLS = 1_000;

  @Test
  void measure() throws FixtureException, IOException {
    Browser.requireInstalled();
    List<String> rows = new ArrayList<>();
    rows.add("| interfaces | overview limit | overview JSON | overview answer | search answer (no match) | calls JSON (200) | page: navigation → drawn | rows drawn |");
    rows.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
    String sizes = System.getProperty("aliyunmock.measure.sizes", "1000,5000,20000,100000");
    for (String size : sizes.split(",")) {
      int interfaces = Integer.parseInt(size.trim());
      for (int limit : new int[] {500, 5_000}) {
        if (limit > interfaces) {
          continue;
        }
        rows.add(measure(interfaces, limit));
      }
    }
    String table = String.join("\n", rows) + "\n";
    System.out.println(table);
    Files.writeString(Path.of("target/dashboard-scale.md"), table, StandardCharsets.UTF_8);
  }

  private static String measure(int interfaces, int limit) throws FixtureException {
    AliyunMockServer server = AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF).fixtures(LargeWorld.json(interfaces))).build().start();
    ChromeDriver browser = null;
    try {
      AdminHttp http = new AdminHttp(server.baseUrl());
      for (int i = 0; i < CALLS; i++) {
        http.get("/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou&Filter.1.Key=RouterInterfaceId"
            + "&Filter.1.Value.1=" + LargeWorld.initiator(i % (interfaces / 2)));
      }
      String overviewPath = Route.OVERVIEW.path() + "?limit=" + limit;
      http.get(overviewPath); // warm
      long t0 = System.nanoTime();
      int rounds = 5;
      int overviewBytes = 0;
      for (int i = 0; i < rounds; i++) {
        HttpResponse<String> r = http.get(overviewPath);
        overviewBytes = r.body().getBytes(StandardCharsets.UTF_8).length;
      }
      double overviewMs = (System.nanoTime() - t0) / 1e6 / rounds;
      long t1 = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        http.get(overviewPath + "&q=no-such-thing");
      }
      double searchMs = (System.nanoTime() - t1) / 1e6 / rounds;
      int callsBytes = http.get(Route.CALLS.path() + "?limit=200").body().getBytes(StandardCharsets.UTF_8).length;

      browser = Browser.start(1440, 1000);
      browser.get(server.baseUrl() + Route.DASHBOARD.path() + "?limit=" + limit);
      new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(50))
          .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      Number drawnMs = (Number) ((JavascriptExecutor) browser).executeScript("return window.__dashboard.firstRenderMs;");
      int rowsDrawn = browser.findElements(By.cssSelector("#interfaces-table tbody tr")).size();
      assertThat(rowsDrawn).isEqualTo(Math.min(limit, interfaces));
      return String.format(Locale.ROOT, "| %,d | %,d | %,d KB | %.0f ms | %.0f ms | %,d KB | %.0f ms | %,d |", interfaces, limit, overviewBytes / 1024,
          overviewMs, searchMs, callsBytes / 1024, drawnMs.doubleValue(), rowsDrawn);
    } finally {
      if (browser != null) {
        browser.quit();
      }
      server.stop();
    }
  }
}
