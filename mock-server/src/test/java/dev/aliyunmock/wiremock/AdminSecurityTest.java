package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No web page drives the mock, and no admin input breaks it: cross-origin and foreign-Host
 * (DNS rebinding) requests are refused, admin bodies must be JSON, inputs that used to leave the
 * server answering 500 are refused with 400, and basic authentication speaks HTTP properly
 * ({@code WWW-Authenticate}, a case-insensitive scheme, an open health check).
 */
class AdminSecurityTest {
  private static final String EVIL = "http://evil.example";
  private final AliyunMockServer server;
  private final String before;

  AdminSecurityTest() throws FixtureException {
    server = AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF)).build().start();
    before = server.mock().stateJson();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private KeepAliveSocket.Answer send(AliyunMockServer s, String method, String path, String headers, String body) {
    try (KeepAliveSocket socket = new KeepAliveSocket(s.port())) {
      String head = method + " " + path + " HTTP/1.1\r\n"
          + (headers.toLowerCase().contains("host:") ? "" : "Host: 127.0.0.1:" + s.port() + "\r\n") + headers
          + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n";
      socket.write(0, head.getBytes(StandardCharsets.ISO_8859_1), body.getBytes(StandardCharsets.UTF_8));
      return socket.read();
    }
  }

  private KeepAliveSocket.Answer send(String method, String path, String headers, String body) {
    return send(server, method, path, headers, body);
  }

  private KeepAliveSocket.Answer describe() {
    return send("GET", "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou", "", "");
  }

  @Test
  void aPageOfAnotherOriginCannotReadTheStateNorGetCorsHeaders() {
    KeepAliveSocket.Answer a = send("GET", "/__admin/aliyun/state", "Origin: " + EVIL + "\r\n", "");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body()).doesNotContain("AccessKeySecret");
    assertThat(a.header("access-control-allow-origin")).isNull();
  }

  @Test
  void aPreflightFromAnotherOriginIsRefused() {
    KeepAliveSocket.Answer a = send("OPTIONS", "/__admin/shutdown",
        "Origin: " + EVIL + "\r\nAccess-Control-Request-Method: POST\r\n", "");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.header("access-control-allow-origin")).isNull();
    assertThat(server.isRunning()).isTrue();
  }

  @Test
  void aCrossSiteFormPostWithoutOriginCannotShutTheServerDown() {
    KeepAliveSocket.Answer a = send("POST", "/__admin/shutdown",
        "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nContent-Type: text/plain\r\n", "x");
    assertThat(a.status()).isEqualTo(403);
    assertThat(server.isRunning()).isTrue();
  }

  @Test
  void aForeignHostNameIsRefusedAgainstDnsRebinding() {
    KeepAliveSocket.Answer a = send("GET", "/__admin/aliyun/state", "Host: evil.example:" + server.port() + "\r\n", "");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body()).doesNotContain("AccessKeySecret");
  }

  @Test
  void loopbackNamesAndTheServersOwnOriginAreAnswered() {
    assertThat(send("GET", "/__admin/aliyun/state", "Host: localhost:" + server.port() + "\r\n", "").status()).isEqualTo(200);
    assertThat(send("GET", "/__admin/aliyun/state", "Host: [::1]:" + server.port() + "\r\n", "").status()).isEqualTo(200);
    assertThat(send("GET", "/__admin/aliyun/state", "Origin: http://127.0.0.1:" + server.port() + "\r\n", "").status())
        .isEqualTo(200);
  }

  @Test
  void allowedHostsAndOriginsAreAnsweredWithCorsHeaders() throws FixtureException {
    try (AliyunMockServer open = AliyunMockServer.builder()
        .allowedHosts(List.of("aliyun-mock")).allowedOrigins(List.of("http://console.test:3000")).build().start()) {
      assertThat(send(open, "GET", "/__admin/aliyun/state", "Host: aliyun-mock:8080\r\n", "").status()).isEqualTo(200);
      KeepAliveSocket.Answer a = send(open, "GET", "/__admin/aliyun/state", "Origin: http://console.test:3000\r\n", "");
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.header("access-control-allow-origin")).isEqualTo("http://console.test:3000");
      KeepAliveSocket.Answer pre = send(open, "OPTIONS", "/__admin/aliyun/reset",
          "Origin: http://console.test:3000\r\nAccess-Control-Request-Method: POST\r\n", "");
      assertThat(pre.status()).isEqualTo(204);
    }
  }

  @Test
  void aTextPlainBodyIsRefusedOnTheAliyunRoutesAndLoadsNothing() {
    KeepAliveSocket.Answer a = send("POST", "/__admin/aliyun/fixtures", "Content-Type: text/plain\r\n",
        "{\"Regions\":[\"eu-west-9\"]}");
    assertThat(a.status()).isEqualTo(415);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void theApiRefusesBrowserRequestsOfAnotherOriginAndServesEveryoneElse() {
    KeepAliveSocket.Answer a = send("GET", "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou",
        "Origin: " + EVIL + "\r\n", "");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body()).contains("\"Code\":\"Forbidden.CrossOrigin\"");
    assertThat(a.header("access-control-allow-origin")).isNull();
    assertThat(describe().status()).isEqualTo(200);
  }

  @Test
  void aClockAdvancePastYear9999IsRefusedAndConnectStillWorks() {
    KeepAliveSocket.Answer a = send("POST", "/__admin/aliyun/clock/advance", "Content-Type: application/json\r\n",
        "{\"Duration\":\"PT2562047788015215H\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(send("POST", "/__admin/aliyun/transitions/mode", "Content-Type: application/json\r\n",
        "{\"Mode\":\"after:PT2562047788015215H\"}").status()).isEqualTo(400);
    KeepAliveSocket.Answer connect = send("GET", "/?Action=ConnectRouterInterface&Version=2016-04-28&RegionId=cn-hangzhou"
        + "&RouterInterfaceId=ri-hangzhou0initiator001", "", "");
    assertThat(connect.status()).as(connect.body()).isEqualTo(200);
    assertThat(send("POST", "/__admin/aliyun/clock/advance", "Content-Type: application/json\r\n",
        "{\"Duration\":\"PT30S\"}").status()).isEqualTo(200);
  }

  @Test
  void nullOrNonObjectBodiesToWireMocksRoutesAreRefusedAndTheApiKeepsWorking() {
    for (String route : List.of("/__admin/settings", "/__admin/mappings", "/__admin/requests/find",
        "/__admin/requests/count", "/__admin/mappings/import", "/__admin/near-misses/request")) {
      for (String body : List.of("null", "1", "[]", "\"x\"", "{")) {
        KeepAliveSocket.Answer a = send("POST", route, "Content-Type: application/json\r\n", body);
        assertThat(a.status()).as("%s %s: %s", route, body, a).isEqualTo(400);
      }
    }
    assertThat(send("POST", "/__admin/settings", "Content-Type: application/json\r\n", "{\"fixedDelay\":-5}").status())
        .isEqualTo(400);
    assertThat(describe().status()).isEqualTo(200);
  }

  @Test
  void wireMocksJavaClientStillPostsItsTextPlainJson() {
    KeepAliveSocket.Answer a = send("POST", "/__admin/mappings", "Content-Type: text/plain; charset=UTF-8\r\n",
        "{\"request\":{\"urlPath\":\"/ping\"},\"response\":{\"status\":200,\"body\":\"pong\"}}");
    assertThat(a.status()).isEqualTo(201);
    assertThat(send("GET", "/ping", "", "").body()).isEqualTo("pong");
  }

  @Test
  void basicAuthenticationAsksForCredentialsAcceptsAnyCaseOfTheSchemeAndLeavesHealthOpen() throws FixtureException {
    try (AliyunMockServer locked = AliyunMockServer.builder().adminCredentials("ops", "pw").build().start()) {
      KeepAliveSocket.Answer refused = send(locked, "GET", "/__admin/aliyun/state", "", "");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("www-authenticate")).startsWith("Basic realm=");
      String token = Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8));
      assertThat(send(locked, "GET", "/__admin/aliyun/state", "Authorization: basic " + token + "\r\n", "").status())
          .isEqualTo(200);
      assertThat(send(locked, "GET", "/__admin/mappings", "Authorization: BASIC " + token + "\r\n", "").status())
          .isEqualTo(200);
      KeepAliveSocket.Answer health = send(locked, "GET", "/__admin/health", "", "");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("{\"status\":\"healthy\"}");
    }
  }

  @Test
  void anAdminBodyThatStopsArrivingIsATimeoutNotA500() throws FixtureException {
    HttpPolicy quick = HttpPolicy.defaults().withBodyTiming(Duration.ofSeconds(1), 8 * 1024, Duration.ofSeconds(2));
    try (AliyunMockServer s = AliyunMockServer.builder().httpPolicy(quick).build().start();
        KeepAliveSocket socket = new KeepAliveSocket(s.port())) {
      KeepAliveSocket.Answer a = socket.write("POST /__admin/aliyun/fixtures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Reg").read();
      assertThat(a.status()).isEqualTo(408);
      assertThat(a.body()).contains("\"message\"");
    }
  }

  @Test
  void anApiBodyThatStopsArrivingIsARequestTimeoutEnvelope() throws FixtureException {
    HttpPolicy quick = HttpPolicy.defaults().withBodyTiming(Duration.ofSeconds(1), 8 * 1024, Duration.ofSeconds(2));
    try (AliyunMockServer s = AliyunMockServer.builder().httpPolicy(quick).build().start();
        KeepAliveSocket socket = new KeepAliveSocket(s.port())) {
      KeepAliveSocket.Answer a = socket.write("POST /?Version=2016-04-28 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nAction=Desc").read();
      assertThat(a.status()).isEqualTo(408);
      assertThat(a.body()).contains("\"Code\":\"RequestTimeout\"");
      assertThat(a.header("connection")).isEqualToIgnoringCase("close");
    }
  }

  @Test
  void adminRequestsWithBodiesKeepTheirConnectionAndAreAnsweredOnce() {
    int journal = server.wireMock().getAllServeEvents().size();
    try (KeepAliveSocket s = new KeepAliveSocket(server.port())) {
      for (int i = 0; i < 5; i++) {
        String body = "{\"RouterInterfaces\": [{\"RouterInterfaceId\": \"ri-keep-" + i
            + "\", \"RouterId\": \"vrt-hangzhou000000000001\", \"Role\": \"AcceptingSide\"}]}";
        KeepAliveSocket.Answer a = s.write("POST /__admin/aliyun/fixtures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).read();
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.body()).isEqualTo("{\"loaded\":true}");
      }
      assertThat(s.write("GET /?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\n\r\n").read().body()).contains("ri-keep-4");
    }
    // The stub context did not answer them a second time: only the API call reached the journal.
    assertThat(server.wireMock().getAllServeEvents()).hasSize(journal + 1);
  }
}
