package dev.aliyunmock.protocol;

import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --auth off}: no signature, timestamp or nonce is checked; a known AccessKeyId selects its
 * account, any other caller acts as the world's first account (docs/reference/gateway.md).
 */
class AuthModeOffTest {
  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeEach
  void start() {
    server = MockServers.start(m -> m.auth(AuthMode.OFF));
    http = new ApiHttp(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The router interface ids a DescribeRouterInterfaces answer lists. */
  private static java.util.List<String> ids(Response r) {
    return r.jsonPath().getList("RouterInterfaceSet.RouterInterfaceType.RouterInterfaceId");
  }

  @Test
  void unsignedCallIsServed() {
    assertOk(http.send("GET", "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou"));
  }

  @Test
  void unsignedCallWithoutAccessKeyIdActsAsTheFirstAccount() {
    Response r = http.send("GET", "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou");
    assertOk(r);
    assertThat(ids(r)).contains("ri-hangzhou0initiator001").doesNotContain("ri-shanghai0peeraccpt002");
  }

  @Test
  void knownAccessKeyIdSelectsItsAccount() {
    Response r = http.send("GET",
        "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-shanghai&AccessKeyId=" + Sdk.PEER_KEY);
    assertOk(r);
    assertThat(ids(r)).containsExactly("ri-shanghai0peeraccpt002");
  }

  @Test
  void unknownAccessKeyIdActsAsTheFirstAccount() {
    Response r = http.send("GET",
        "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou&AccessKeyId=nobodysKeyId");
    assertOk(r);
    assertThat(ids(r)).contains("ri-hangzhou0initiator001");
  }

  @Test
  void wrongSignatureIsNotChecked() {
    assertOk(http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces").secret("wrong")));
  }

  @Test
  void staleTimestampIsNotChecked() {
    assertOk(http.sdkStyle(SignedCall.vpc("DescribeRouterInterfaces").timestamp(Instant.parse("2016-02-23T12:46:24Z"))));
  }

  @Test
  void reusedNonceIsNotChecked() {
    SignedCall c = SignedCall.vpc("DescribeRouterInterfaces");
    String query = "/?" + SignedCall.wire(c.signed());
    assertOk(http.send("POST", query));
    assertOk(http.send("POST", query));
  }

  @Test
  void officialSdkWithAnySecretIsServed() throws Exception {
    Sdk sdk = new Sdk(server, Sdk.KEY, "any-secret-at-all");
    assertThat(sdk.call(new com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest()).getRequestId())
        .matches(dev.aliyunmock.support.Envelope.REQUEST_ID);
  }

  @Test
  void newerSdkWithAnySecretIsServed() throws Exception {
    com.aliyun.vpc20160428.Client tea = new com.aliyun.vpc20160428.Client(new com.aliyun.teaopenapi.models.Config()
        .setAccessKeyId(Sdk.PEER_KEY)
        .setAccessKeySecret("any-secret-at-all")
        .setRegionId("cn-shanghai")
        .setEndpoint(server.endpoint())
        .setProtocol("HTTP"));
    var r = tea.describeRouterInterfaces(
        new com.aliyun.vpc20160428.models.DescribeRouterInterfacesRequest().setRegionId("cn-shanghai"));
    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.getBody().getRouterInterfaceSet().getRouterInterfaceType())
        .extracting(t -> t.getRouterInterfaceId())
        .containsExactly("ri-shanghai0peeraccpt002");
  }

  @Test
  void actionIsStillRequired() {
    assertError(http.send("GET", "/?Version=2016-04-28"), 400, "MissingAction");
  }

  @Test
  void unknownActionIsStillRefused() {
    assertError(http.send("GET", "/?Action=Nope&Version=2016-04-28"), 404, "InvalidAction.NotFound");
  }
}
