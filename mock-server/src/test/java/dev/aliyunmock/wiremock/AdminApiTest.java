package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin routes under {@code /__admin/aliyun} (docs/admin-api.md). */
class AdminApiTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";

  private AliyunMockServer server;
  private ApiHttp http;
  private Sdk sdk;

  @BeforeEach
  void start() {
    server = MockServers.start();
    http = new ApiHttp(server);
    sdk = new Sdk(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private Response post(String path, String json) {
    return http.spec().contentType("application/json").body(json).post(path);
  }

  private String status(String id) {
    return server.mock().routerInterface(id).orElseThrow().status().apiName();
  }

  private void connect() throws Exception {
    ConnectRouterInterfaceRequest r = new ConnectRouterInterfaceRequest();
    r.setRouterInterfaceId(INITIATOR);
    sdk.call(r);
  }

  /** The initiator's status as a polling client sees it. */
  private String describedStatus() throws Exception {
    DescribeRouterInterfacesRequest d = new DescribeRouterInterfacesRequest();
    DescribeRouterInterfacesRequest.Filter f = new DescribeRouterInterfacesRequest.Filter();
    f.setKey("RouterInterfaceId");
    f.setValues(List.of(INITIATOR));
    d.setFilters(List.of(f));
    DescribeRouterInterfacesResponse r = sdk.call(d);
    return r.getRouterInterfaceSet().get(0).getStatus();
  }

  @Test
  void stateIsTheWorldAsAFixtureDocument() {
    Response r = http.spec().get("/__admin/aliyun/state");
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.getContentType()).startsWith("application/json");
    assertThat(r.jsonPath().getList("RouterInterfaces.RouterInterfaceId", String.class)).contains(INITIATOR);
    assertThat(r.jsonPath().getList("Accounts.AccessKeyId", String.class)).contains(Sdk.KEY, Sdk.PEER_KEY);
  }

  @Test
  void infoNamesTheVersionTheDefaultAccountAndTheRegions() {
    Response r = http.spec().get("/__admin/aliyun/info");
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.getContentType()).startsWith("application/json");
    assertThat(r.jsonPath().getString("Version")).isNotBlank();
    assertThat(r.jsonPath().getString("DefaultAccount.AccessKeyId")).isEqualTo(Sdk.KEY);
    assertThat(r.jsonPath().getString("DefaultAccount.OwnerId")).isEqualTo(server.defaultAccount().ownerId());
    assertThat(r.jsonPath().getList("Regions", String.class)).startsWith("cn-hangzhou");
    assertThat(r.jsonPath().getString("Auth")).isEqualTo("strict");
  }

  @Test
  void stateRoundTripsThroughFixturesIntoAFreshServer() throws Exception {
    connect();
    String state = http.spec().get("/__admin/aliyun/state").asString();
    try (AliyunMockServer fresh = MockServers.start(m -> m.fixtures("{}"))) {
      ApiHttp freshHttp = new ApiHttp(fresh);
      Response load = freshHttp.spec().contentType("application/json").body(state).post("/__admin/aliyun/fixtures");
      assertThat(load.getStatusCode()).as(load.asString()).isEqualTo(200);
      assertThat(freshHttp.spec().get("/__admin/aliyun/state").asString()).isEqualTo(state);
      assertThat(fresh.mock().stateJson()).isEqualTo(server.mock().stateJson());
    }
  }

  @Test
  void badFixtureIsRefusedWithItsPathAndLoadsNothing() {
    String before = server.mock().stateJson();
    String doc = "{\"Routers\":[{\"RouterId\":\"vrt-new\",\"RouterType\":\"VRouter\",\"RegionId\":\"cn-hangzhou\","
        + "\"OwnerId\":\"1000000000000001\"}],"
        + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-new\",\"RouterId\":\"vrt-new\",\"Role\":\"Sideways\"}]}";
    Response r = post("/__admin/aliyun/fixtures", doc);
    assertThat(r.getStatusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).startsWith("RouterInterfaces[0].Role: ");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void fixtureThatIsNotJsonIsRefusedWith400() {
    String before = server.mock().stateJson();
    Response r = post("/__admin/aliyun/fixtures", "{not json");
    assertThat(r.getStatusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).isNotBlank();
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void goodFixtureIsLoadedIntoTheWorld() {
    String doc = "{\"Routers\":[{\"RouterId\":\"vrt-new0000000000000001\",\"RouterType\":\"VRouter\","
        + "\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}]}";
    assertThat(post("/__admin/aliyun/fixtures", doc).getStatusCode()).isEqualTo(200);
    assertThat(server.mock().stateJson()).contains("vrt-new0000000000000001");
  }

  @Test
  void resetReturnsToTheStartingWorld() throws Exception {
    String initial = server.mock().stateJson();
    connect();
    assertThat(server.mock().stateJson()).isNotEqualTo(initial);
    assertThat(post("/__admin/aliyun/reset", "").getStatusCode()).isEqualTo(200);
    assertThat(server.mock().stateJson()).isEqualTo(initial);
  }

  @Test
  void manualModeHoldsTheTransientStateUntilCompleted() throws Exception {
    assertThat(post("/__admin/aliyun/transitions/mode", "{\"Mode\":\"manual\"}").getStatusCode()).isEqualTo(200);
    connect();
    assertThat(describedStatus()).isEqualTo("Connecting");
    assertThat(describedStatus()).isEqualTo("Connecting");
    assertThat(post("/__admin/aliyun/transitions/complete", "").getStatusCode()).isEqualTo(200);
    assertThat(describedStatus()).isEqualTo("Active");
  }

  @Test
  void completeOfOneRouterInterfaceEndsItsTransition() throws Exception {
    post("/__admin/aliyun/transitions/mode", "{\"Mode\":\"manual\"}");
    connect();
    Response r = post("/__admin/aliyun/transitions/complete", "{\"RouterInterfaceId\":\"" + INITIATOR + "\"}");
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(status(INITIATOR)).isEqualTo("Active");
  }

  @Test
  void completeWithNothingUnderWayIsRefusedWith404() {
    Response r = post("/__admin/aliyun/transitions/complete", "{\"RouterInterfaceId\":\"" + INITIATOR + "\"}");
    assertThat(r.getStatusCode()).isEqualTo(404);
    assertThat(r.jsonPath().getString("message")).contains(INITIATOR);
  }

  @Test
  void unknownModeIsRefusedWith400() {
    Response r = post("/__admin/aliyun/transitions/mode", "{\"Mode\":\"sometimes\"}");
    assertThat(r.getStatusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).isNotBlank();
  }

  @Test
  void clockAdvanceEndsTimedTransitionsThatAreDue() throws Exception {
    post("/__admin/aliyun/transitions/mode", "{\"Mode\":\"after:PT30S\"}");
    connect();
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
    post("/__admin/aliyun/clock/advance", "{\"Duration\":\"PT29S\"}");
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
    Response r = post("/__admin/aliyun/clock/advance", "{\"Duration\":\"PT1S\"}");
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(status(INITIATOR)).isEqualTo("Active");
  }

  @Test
  void clockAdvanceWithABadDurationIsRefusedWith400() {
    Response r = post("/__admin/aliyun/clock/advance", "{\"Duration\":\"soon\"}");
    assertThat(r.getStatusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).contains("ISO-8601");
  }

  @Test
  void transitionsListsWhatIsUnderWay() throws Exception {
    post("/__admin/aliyun/transitions/mode", "{\"Mode\":\"manual\"}");
    connect();
    Response r = http.spec().get("/__admin/aliyun/transitions");
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.jsonPath().getString("DefaultMode")).isEqualTo("manual");
    assertThat(r.jsonPath().getList("Pending.RouterInterfaceIds.flatten()", String.class)).contains(INITIATOR);
  }
}
