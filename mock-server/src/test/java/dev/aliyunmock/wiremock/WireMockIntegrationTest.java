package dev.aliyunmock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SignedCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WireMock stays WireMock (docs/standalone.md, "Inside a stock WireMock"): user stubs win, the journal and verify see API calls. */
class WireMockIntegrationTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String THROTTLED =
      "{\"RequestId\":\"7C2B4C5B-1C47-4D4C-9C3A-5A8C3C0F2B11\",\"HostId\":\"vpc.aliyuncs.com\","
          + "\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}";

  private AliyunMockServer server;
  private Sdk sdk;

  @BeforeEach
  void start() {
    server = MockServers.start();
    sdk = new Sdk(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static ConnectRouterInterfaceRequest connect(String id) {
    ConnectRouterInterfaceRequest r = new ConnectRouterInterfaceRequest();
    r.setRouterInterfaceId(id);
    return r;
  }

  private StubMapping throttleConnect() {
    return server.wireMock().stubFor(any(urlPathEqualTo("/"))
        .withQueryParam("Action", WireMock.equalTo("ConnectRouterInterface"))
        .atPriority(1)
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(THROTTLED)));
  }

  private String status(String id) {
    return server.mock().routerInterface(id).orElseThrow().status().apiName();
  }

  @Test
  void userStubAtAHigherPriorityWinsAndTheSdkSeesItsError() {
    throttleConnect();
    String before = server.mock().stateJson();
    ClientException e = assertThrows(ClientException.class, () -> sdk.call(connect(INITIATOR)));
    assertThat(e.getErrCode()).isEqualTo("Throttling.User");
    assertThat(e.getRequestId()).isEqualTo("7C2B4C5B-1C47-4D4C-9C3A-5A8C3C0F2B11");
    assertThat(server.mock().stateJson()).isEqualTo(before);
    assertThat(status(INITIATOR)).isEqualTo("Idle");
  }

  @Test
  void userStubLeavesOtherActionsToTheMock() throws Exception {
    throttleConnect();
    assertThat(sdk.call(new DescribeRouterInterfacesRequest()).getRouterInterfaceSet()).isNotEmpty();
  }

  @Test
  void removingTheUserStubGivesTheApiBack() throws Exception {
    StubMapping stub = throttleConnect();
    server.wireMock().removeStub(stub);
    sdk.call(connect(INITIATOR));
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
  }

  @Test
  void verifySeesApiCalls() throws Exception {
    sdk.call(connect(INITIATOR));
    sdk.call(new DescribeRouterInterfacesRequest());
    server.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/"))
        .withQueryParam("Action", WireMock.equalTo("ConnectRouterInterface"))
        .withQueryParam("RouterInterfaceId", WireMock.equalTo(INITIATOR)));
    server.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-version", WireMock.equalTo("2016-04-28")));
  }

  @Test
  void requestJournalRecordsTheApiAnswers() throws Exception {
    sdk.call(connect(INITIATOR));
    assertThrows(ClientException.class, () -> sdk.call(connect(INITIATOR)));
    List<ServeEvent> events = server.wireMock().getAllServeEvents();
    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.getResponse().getStatus()).containsExactlyInAnyOrder(200, 400);
    assertThat(events).allSatisfy(e -> assertThat(e.getRequest().queryParameter("Action").firstValue())
        .isEqualTo("ConnectRouterInterface"));
    ServeEvent refused = events.stream().filter(e -> e.getResponse().getStatus() == 400).findFirst().orElseThrow();
    Envelope env = Envelope.parse(refused.getResponse().getHeaders().getContentTypeHeader().firstValue(),
        refused.getResponse().getBodyAsString());
    assertThat(env.code()).isEqualTo("IncorrectRIStatus");
  }

  @Test
  void resetAllKeepsTheApiWorking() throws Exception {
    throttleConnect();
    server.wireMock().resetAll();
    assertThat(server.wireMock().getAllServeEvents()).isEmpty();
    sdk.call(connect(INITIATOR));
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
  }

  @Test
  void resetMappingsBringsTheCatchAllBack() throws Exception {
    server.wireMock().resetMappings();
    assertThat(server.wireMock().listAllStubMappings().getMappings())
        .anySatisfy(m -> assertThat(m.getPriority()).isEqualTo(100));
    assertThat(sdk.call(new DescribeRouterInterfacesRequest()).getRequestId()).matches(Envelope.REQUEST_ID);
  }

  @Test
  void resetAllOverTheAdminApiKeepsTheApiWorking() throws Exception {
    throttleConnect();
    new ApiHttp(server).spec().post("/__admin/reset").then().statusCode(200);
    sdk.call(connect(INITIATOR));
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
  }

  @Test
  void wireMocksResetLeavesTheWorldAsItIs() throws Exception {
    sdk.call(connect(INITIATOR));
    server.wireMock().resetAll();
    assertThat(status(INITIATOR)).isEqualTo("Connecting");
  }

  @Test
  void twoServersInOneJvmShareNoState() throws Exception {
    try (AliyunMockServer other = MockServers.start()) {
      sdk.call(connect(INITIATOR));
      assertThat(status(INITIATOR)).isEqualTo("Connecting");
      assertThat(other.mock().routerInterface(INITIATOR).orElseThrow().status().apiName()).isEqualTo("Idle");
      assertThat(other.wireMock().getAllServeEvents()).isEmpty();
    }
  }

  @Test
  void twoServersInOneJvmShareNoNonces() {
    try (AliyunMockServer other = MockServers.start()) {
      Map<String, String> signed = SignedCall.vpc("DescribeRouterInterfaces").signed();
      String query = "/?" + SignedCall.wire(signed);
      ApiHttp.assertOk(new ApiHttp(server).send("POST", query));
      ApiHttp.assertOk(new ApiHttp(other).send("POST", query));
    }
  }

  @Test
  void twoServersInOneJvmShareNoStubs() throws Exception {
    try (AliyunMockServer other = MockServers.start()) {
      throttleConnect();
      new Sdk(other).call(connect(INITIATOR));
      assertThat(other.mock().routerInterface(INITIATOR).orElseThrow().status().apiName()).isEqualTo("Connecting");
    }
  }
}
