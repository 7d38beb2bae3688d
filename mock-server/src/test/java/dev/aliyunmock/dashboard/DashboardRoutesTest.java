package dev.aliyunmock.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Sdk;
import com.aliyuncs.ecs.model.v20140526.ConnectRouterInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRouterInterfacesRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's page, assets and JSON views, over HTTP, as a browser and any client read them. */
class DashboardRoutesTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";

  private final AliyunMockServer server;
  private final AdminHttp http;

  DashboardRoutesTest() throws FixtureException {
    server = AliyunMockServer.builder().build().start();
    http = new AdminHttp(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void thePageIsServedFromTheJarWithAPolicyThatAllowsOnlyTheMockItself() {
    HttpResponse<String> page = http.get(Route.DASHBOARD.path());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
    assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
        .startsWith("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(page.body()).contains("<title>aliyun-mock dashboard</title>").doesNotContain("http://", "https://");
  }

  @Test
  void everyAssetThePageNamesIsServedAndNothingComesFromElsewhere() {
    String page = http.get(Route.DASHBOARD.path()).body();
    for (String asset : List.of("ui/dashboard.js", "ui/dashboard.css", "ui/favicon.svg")) {
      assertThat(page).contains("\"" + asset + "\"");
      HttpResponse<String> r = http.get("/__admin/aliyun/" + asset);
      assertThat(r.statusCode()).as(asset).isEqualTo(200);
      assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
      // Nothing fetched from another host: no absolute URL but the SVG namespace.
      assertThat(r.body().replace("http://www.w3.org/2000/svg", "")).as(asset).doesNotContain("http://", "https://", "//cdn");
    }
    assertThat(http.get("/__admin/aliyun/ui/dashboard.js").headers().firstValue("content-type")).hasValue("text/javascript;charset=utf-8");
    assertThat(http.get("/__admin/aliyun/ui/secrets.txt").statusCode()).isEqualTo(404);
    assertThat(http.get("/__admin/aliyun/ui/..%2Fdefault-world.json").statusCode()).isEqualTo(404);
  }

  @Test
  void theAdminRootRedirectsToTheDashboard() {
    for (String path : List.of(Route.ROOT.path(), Route.ROOT.path() + "/", Route.DASHBOARD.path() + "/")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.headers().firstValue("location")).as(path).hasValue(Route.DASHBOARD.path());
    }
  }

  @Test
  void callsAreListedOldestFirstWithoutSignatureOrSecretAndSinceASequence() throws Exception {
    Sdk sdk = new Sdk(server);
    sdk.call(new DescribeRouterInterfacesRequest());
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    sdk.call(connect);

    Call.Page all = Call.Page.fromJson(http.get(Route.CALLS.path()).body());
    assertThat(all.lastSequence()).isEqualTo(2);
    assertThat(all.omitted()).isZero();
    assertThat(all.calls()).extracting(Call::action).containsExactly("DescribeRouterInterfaces", "ConnectRouterInterface");
    Call c = all.calls().get(1);
    assertThat(c.sequence()).isEqualTo(2);
    assertThat(c.accessKeyId()).isEqualTo(Sdk.KEY);
    assertThat(c.ownerId()).isEqualTo("1000000000000001");
    assertThat(c.regionId()).isEqualTo("cn-hangzhou");
    assertThat(c.apiVersion()).isEqualTo("2014-05-26");
    assertThat(c.resourceIds()).containsExactly(INITIATOR);
    assertThat(c.httpStatus()).isEqualTo(200);
    assertThat(c.code()).isNull();
    assertThat(c.requestId()).isNotBlank();
    assertThat(c.parameters()).containsEntry("RouterInterfaceId", INITIATOR)
        .doesNotContainKeys("Signature", "SignatureNonce", "SignatureMethod", "SignatureVersion");

    Call.Page after1 = Call.Page.fromJson(http.get(Route.CALLS.path() + "?since=1").body());
    assertThat(after1.calls()).extracting(Call::sequence).containsExactly(2L);
    Call.Page newest = Call.Page.fromJson(http.get(Route.CALLS.path() + "?limit=1").body());
    assertThat(newest.calls()).extracting(Call::sequence).containsExactly(2L);
    assertThat(newest.omitted()).isEqualTo(1);
    assertThat(Call.Page.fromJson(http.get(Route.CALLS.path() + "?since=2").body()).calls()).isEmpty();
    assertThat(http.get(Route.CALLS.path() + "?since=-1").statusCode()).isEqualTo(400);
    assertThat(http.get(Route.CALLS.path() + "?limit=x").statusCode()).isEqualTo(400);
  }

  @Test
  void theOverviewListsTheWorldWithTotalsAndNeverASecret() {
    Map<String, Object> o = JsonValues.object(http.get(Route.OVERVIEW.path()).body());
    assertThat(o).containsKeys(Fields.VERSION, Fields.AUTH, Fields.CLOCK, Fields.REGIONS, Fields.ACCOUNTS, Fields.TOTALS,
        Fields.RESOURCES, Fields.TRANSITIONS);
    List<?> accounts = (List<?>) o.get(Fields.ACCOUNTS);
    assertThat(accounts).hasSize(2);
    for (Object a : accounts) {
      assertThat(map(a)).containsKey(Fields.OWNER_ID).doesNotContainKey(Fields.ACCESS_KEY_SECRET);
    }
    Map<?, ?> totals = (Map<?, ?>) o.get(Fields.TOTALS);
    assertThat(totals.get("RouterInterfaces")).isEqualTo(4L);
    Map<?, ?> resources = (Map<?, ?>) o.get(Fields.RESOURCES);
    assertThat((List<?>) resources.get("RouterInterfaces")).hasSize(4);
    assertThat((List<?>) resources.get("Routers")).hasSize(4);

    Map<String, Object> found = JsonValues.object(http.get(Route.OVERVIEW.path() + "?q=PEER&limit=10").body());
    List<?> matching = (List<?>) ((Map<?, ?>) found.get(Fields.RESOURCES)).get("RouterInterfaces");
    assertThat(matching.stream().map(m -> map(m).get("RouterInterfaceId")).toList())
        .containsExactly("ri-hangzhou0crossacct001", "ri-shanghai0peeraccpt002");
    Map<String, Object> one = JsonValues.object(http.get(Route.OVERVIEW.path() + "?limit=1").body());
    assertThat((List<?>) ((Map<?, ?>) one.get(Fields.RESOURCES)).get("RouterInterfaces")).hasSize(1);
  }

  @Test
  void readingTheOverviewEndsNoPollModeTransition() throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    new Sdk(server).call(connect);
    for (int i = 0; i < 3; i++) {
      assertThat(http.get(Route.OVERVIEW.path()).body()).contains("\"Connecting\"");
    }
    assertThat(server.mock().routerInterface(INITIATOR).orElseThrow().status().apiName()).isEqualTo("Connecting");
    assertThat(server.mock().transitions().pending()).singleElement()
        .satisfies(p -> assertThat(p.pollsLeft()).isEqualTo(1));
  }

  @Test
  void noRouteOfTheDashboardShowsAConfiguredSecret() throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    new Sdk(server).call(connect);
    for (String path : List.of(Route.DASHBOARD.path(), "/__admin/aliyun/ui/dashboard.js", "/__admin/aliyun/ui/dashboard.css",
        "/__admin/aliyun/ui/favicon.svg", Route.OVERVIEW.path(), Route.OVERVIEW.path() + "?limit=5000", Route.CALLS.path(),
        Route.TRANSITIONS.path())) {
      String body = http.get(path).body();
      for (String secret : List.of(Sdk.SECRET, Sdk.PEER_SECRET)) {
        assertThat(body).as(path).doesNotContain(secret);
      }
    }
  }

  @Test
  void aPageOfAnotherOriginCannotReadTheCallsOrTheOverview() {
    for (String path : List.of(Route.CALLS.path(), Route.OVERVIEW.path(), Route.DASHBOARD.path())) {
      assertThat(http.get(path, "Origin", "http://evil.example").statusCode()).as(path).isEqualTo(403);
      assertThat(http.get(path, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "cors").statusCode()).as(path).isEqualTo(403);
      // The page's own fetches: same origin.
      assertThat(http.get(path, "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "cors").statusCode()).as(path).isEqualTo(200);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void aBrowserOpeningTheMocksAddressIsSentToTheDashboard() {
    HttpResponse<String> r = http.get("/", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Sec-Fetch-Site", "none",
        "Accept", "text/html,application/xhtml+xml");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("location")).hasValue(Route.DASHBOARD.path());
  }

  @Test
  void anSdkOrCurlAtTheRootStillGetsTheApisAnswer() {
    for (HttpResponse<String> r : List.of(http.get("/"), http.get("/", "Accept", "text/html"),
        http.get("/?Action=DescribeRouterInterfaces", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"))) {
      assertThat(r.statusCode()).isBetween(400, 404);
      assertThat(r.headers().firstValue("location")).isEmpty();
      assertThat(r.body()).contains("\"Code\"", "\"RequestId\"");
    }
  }

  @Test
  void underAdminCredentialsTheDashboardAndItsDataAskTheBrowserForThem() throws FixtureException {
    AliyunMockServer guarded = AliyunMockServer.builder().adminCredentials("admin", "s3cret").build().start();
    try {
      AdminHttp h = new AdminHttp(guarded.baseUrl());
      String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (String path : List.of(Route.DASHBOARD.path(), "/__admin/aliyun/ui/dashboard.js", Route.CALLS.path(), Route.OVERVIEW.path())) {
        HttpResponse<String> refused = h.get(path);
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.headers().firstValue("www-authenticate").orElseThrow()).as(path).startsWith("Basic realm=");
        assertThat(h.get(path, "Authorization", basic).statusCode()).as(path).isEqualTo(200);
      }
    } finally {
      guarded.stop();
    }
  }
}
