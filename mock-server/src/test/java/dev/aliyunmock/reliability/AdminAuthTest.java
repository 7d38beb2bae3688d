package dev.aliyunmock.reliability;

import static dev.aliyunmock.reliability.Engine.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code AliyunMockServer.builder().adminCredentials(user, password)} puts the whole admin API
 * behind HTTP basic authentication: WireMock's routes and the {@code /__admin/aliyun/*} routes
 * alike (WireMock authenticates every admin request before routing it, extensions' routes
 * included). The API and in-process control are unaffected.
 */
class AdminAuthTest {
  private static final String USER = "admin";
  private static final String PASSWORD = "s3cret:with:colons";

  private final AliyunMockServer server;
  private final Http http;
  private final String before;

  AdminAuthTest() throws FixtureException {
    server = AliyunMockServer.builder().adminCredentials(USER, PASSWORD).build().start();
    http = new Http(server);
    before = server.mock().stateJson();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Http.Answer admin(String method, String path, String authorization, String body) {
    Map<String, String> headers = authorization == null
        ? Map.of("Content-Type", "application/json")
        : Map.of("Content-Type", "application/json", "Authorization", authorization);
    return http.send(method, path, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStateIsRefusedWithoutCredentials() {
    assertThat(admin("GET", "/__admin/aliyun/state", null, "").status()).isEqualTo(401);
  }

  @Test
  void aResetWithAWrongPasswordIsRefusedAndChangesNothing() {
    assertThat(http.rpc(params("Action", "ConnectRouterInterface", "RegionId", "cn-hangzhou",
        "RouterInterfaceId", "ri-hangzhou0initiator001")).status()).isEqualTo(200);
    String connected = server.mock().stateJson();

    assertThat(admin("POST", "/__admin/aliyun/reset", basic(USER, "wrong"), "").status()).isEqualTo(401);
    assertThat(server.mock().stateJson()).isEqualTo(connected);
  }

  @Test
  void fixturesSentWithoutCredentialsAreNotLoaded() {
    Http.Answer a = admin("POST", "/__admin/aliyun/fixtures", null, "{\"Regions\":[\"eu-west-9\"]}");

    assertThat(a.status()).isEqualTo(401);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void everyAliyunAdminRouteIsProtected() {
    for (String[] route : new String[][] {
      {"GET", "/__admin/aliyun/state"}, {"POST", "/__admin/aliyun/fixtures"}, {"POST", "/__admin/aliyun/reset"},
      {"GET", "/__admin/aliyun/transitions"}, {"POST", "/__admin/aliyun/transitions/complete"},
      {"POST", "/__admin/aliyun/transitions/mode"}, {"POST", "/__admin/aliyun/clock/advance"}}) {
      assertThat(admin(route[0], route[1], basic("admin", "nope"), "{}").status()).as("%s %s", route[0], route[1]).isEqualTo(401);
    }
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void wireMocksOwnAdminRoutesAreProtectedToo() {
    assertThat(admin("GET", "/__admin/mappings", null, "").status()).isEqualTo(401);
    assertThat(admin("POST", "/__admin/reset", null, "").status()).isEqualTo(401);
  }

  @Test
  void theRightCredentialsOpenTheAdminApi() {
    Http.Answer state = admin("GET", "/__admin/aliyun/state", basic(USER, PASSWORD), "");

    assertThat(state.status()).isEqualTo(200);
    assertThat(state.body()).contains("ri-hangzhou0initiator001");
    assertThat(admin("GET", "/__admin/mappings", basic(USER, PASSWORD), "").status()).isEqualTo(200);
  }

  @Test
  void theApiNeedsNoAdminCredentials() {
    assertThat(http.rpc(params("Action", "DescribeRouterInterfaces", "RegionId", "cn-hangzhou")).status()).isEqualTo(200);
  }

  @Test
  void inProcessControlNeedsNoCredentials() {
    server.wireMock().stubFor(WireMock.get(WireMock.urlPathEqualTo("/ping")).willReturn(WireMock.ok("pong")));
    assertThat(http.send("GET", "/ping", Map.of(), new byte[0]).body()).isEqualTo("pong");
    server.mock().transitions().completeAll();
  }

  @Test
  void withoutCredentialsConfiguredTheAdminApiIsOpen() throws FixtureException {
    try (AliyunMockServer open = AliyunMockServer.builder().build().start()) {
      assertThat(new Http(open).send("GET", "/__admin/aliyun/state", Map.of(), new byte[0]).status()).isEqualTo(200);
    }
  }

  @Test
  void anEmptyUserOrPasswordOrAUserWithAColonIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> AliyunMockServer.builder().adminCredentials("", "p")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AliyunMockServer.builder().adminCredentials("a:b", "p")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AliyunMockServer.builder().adminCredentials("a", "")).isInstanceOf(IllegalArgumentException.class);
  }
}
