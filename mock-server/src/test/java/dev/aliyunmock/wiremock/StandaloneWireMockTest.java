package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.RawHttp;
import dev.aliyunmock.support.SignedCall;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension loads into a stock WireMock standalone ({@code wiremock.Run --extensions …}) in a
 * child JVM on this test's class path, which holds wiremock-standalone, Jackson and the mock. One
 * child serves the class's tests; it is destroyed by its handle afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneWireMockTest {
  private static final long START_TIMEOUT_MS = 120_000;

  private Process process;
  private Path log;
  private int port;

  @BeforeAll
  void launch(@TempDir Path dir) throws Exception {
    port = freePort();
    log = dir.resolve("wiremock.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "wiremock.Run",
            "--port", String.valueOf(port), "--bind-address", "127.0.0.1",
            "--extensions", AliyunWireMockExtension.class.getName()))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    awaitHealthy();
  }

  @AfterAll
  void destroy() throws InterruptedException {
    if (process != null) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Polls {@code /__admin/health} until it answers 200 (or the child dies, or time is up). */
  private void awaitHealthy() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("wiremock.Run exited with " + process.exitValue() + ":\n" + output());
      }
      try {
        RawHttp.Answer a = RawHttp.send(port, "GET /__admin/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        if (a.status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("wiremock.Run did not become healthy:\n" + output());
  }

  private String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void signedApiCallIsServedByTheExtensionInAStockWireMock() {
    ApiHttp http = new ApiHttp("http://127.0.0.1:" + port);
    Envelope e = ApiHttp.assertOk(http.sdkStyle(SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001")));
    assertThat(e.json()).isTrue();
    ApiHttp.assertError(http.sdkStyle(SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001")), 400, "IncorrectRIStatus");
  }

  @Test
  void adminStateRouteIsServedInAStockWireMock() {
    ApiHttp http = new ApiHttp("http://127.0.0.1:" + port);
    assertThat(http.spec().get("/__admin/aliyun/state").jsonPath().getList("RouterInterfaces.RouterInterfaceId"))
        .contains("ri-hangzhou0initiator001");
  }

  @Test
  void malformedInputIsAnsweredWithAnEnvelopeInAStockWireMock() {
    RawHttp.Answer a = RawHttp.send(port, "GET /?Name=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(a.status()).isEqualTo(400);
    a.envelope().assertError("InvalidParameter");
  }
}
