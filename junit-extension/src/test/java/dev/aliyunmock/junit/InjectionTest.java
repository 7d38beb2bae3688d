package dev.aliyunmock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a test of an {@code @AliyunMockTest} class can have injected, and what the handle does. */
@AliyunMockTest
class InjectionTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String ACCEPTOR = "ri-beijing00acceptor0001";

  private final AliyunMockHandle fromConstructor;
  private AliyunMockHandle fromBeforeEach;

  InjectionTest(AliyunMockHandle mock) {
    this.fromConstructor = mock;
  }

  @BeforeEach
  void keep(AliyunMockHandle mock) {
    this.fromBeforeEach = mock;
  }

  @Test
  void theServerListensOnALoopbackPortOfItsOwn(AliyunMockHandle mock) {
    assertThat(mock.endpoint()).isEqualTo("127.0.0.1:" + mock.port());
    assertThat(mock.baseUrl()).isEqualTo("http://" + mock.endpoint());
    assertThat(mock.port()).isPositive();
  }

  @Test
  void constructorLifecycleMethodAndTestGetTheSameHandle(AliyunMockHandle mock) {
    assertThat(fromConstructor).isSameAs(mock);
    assertThat(fromBeforeEach).isSameAs(mock);
  }

  @Test
  void everyResolvedTypeIsAViewOfTheSameServer(
      AliyunMockHandle mock,
      AliyunMockServer server,
      AliyunMock engine,
      WireMockServer wireMockServer,
      WireMock wireMock,
      AcsSdk sdk,
      VpcSdk vpc,
      DefaultAcsClient acsClient,
      IAcsClient iAcsClient,
      com.aliyun.vpc20160428.Client vpcClient) {
    assertThat(server).isSameAs(mock.server());
    assertThat(engine).isSameAs(mock.mock());
    assertThat(wireMockServer).isSameAs(mock.wireMockServer());
    assertThat(wireMockServer.port()).isEqualTo(mock.port());
    assertThat(wireMock).isSameAs(mock.wireMock());
    assertThat(sdk).isSameAs(mock.sdk());
    assertThat(sdk.endpoint()).isEqualTo(mock.endpoint());
    assertThat(vpc).isSameAs(mock.vpc());
    assertThat(vpc.endpoint()).isEqualTo(mock.endpoint());
    assertThat(acsClient).isSameAs(sdk.client()).isSameAs(iAcsClient);
    assertThat(vpcClient).isSameAs(vpc.client());
  }

  @Test
  void accountsCarryTheirCredentials(AliyunMockHandle mock) {
    assertThat(mock.accounts()).extracting(Account::accessKeyId).containsExactly("testAccessKeyId", "peerAccessKeyId");
    assertThat(mock.account().accessKeySecret()).isEqualTo("testAccessKeySecret");
    assertThat(mock.account("1000000000000002").accessKeyId()).isEqualTo("peerAccessKeyId");
    assertThat(mock.account("peerAccessKeyId").ownerId()).isEqualTo("1000000000000002");
    assertThat(mock.regionId()).isEqualTo("cn-hangzhou");
  }

  @Test
  void anUnknownAccountIsNamedInTheError(AliyunMockHandle mock) {
    assertThatThrownBy(() -> mock.account("nobody"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("no account 'nobody' in the mock");
  }

  @Test
  void theInjectedSdkV1ClientNeedsNoEndpointOnItsRequests(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    client.getAcsResponse(connect(INITIATOR));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
    assertThat(mock.status(ACCEPTOR)).isEqualTo(Status.ACCEPTING_CONNECT);
  }

  @Test
  void atPointsOneRequestOfAnyClientAtTheMock(AliyunMockHandle mock) throws Exception {
    DefaultAcsClient own = ownClient("testAccessKeyId", "testAccessKeySecret");

    own.getAcsResponse(mock.sdk().at(connect(INITIATOR)));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void pointAtSendsEveryRequestOfAClientToTheMock(AliyunMockHandle mock) throws Exception {
    DefaultAcsClient own = mock.sdk().pointAt(ownClient("testAccessKeyId", "testAccessKeySecret"));

    own.getAcsResponse(connect(INITIATOR));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void theSdkOfAnotherAccountActsAsThatAccount(AliyunMockHandle mock) throws Exception {
    AcsSdk peer = mock.sdk(mock.account("peerAccessKeyId"));
    DescribeRouterInterfacesRequest describe = new DescribeRouterInterfacesRequest();
    describe.setSysRegionId("cn-shanghai");

    assertThat(peer.call(describe).getRouterInterfaceSet())
        .extracting(r -> r.getRouterInterfaceId())
        .containsExactly("ri-shanghai0peeraccpt002");
    assertThat(peer.account().ownerId()).isEqualTo("1000000000000002");
  }

  @Test
  void theVpc20160428ClientSignsWithAcs3AndIsServed(com.aliyun.vpc20160428.Client vpc, AliyunMockHandle mock)
      throws Exception {
    vpc.connectRouterInterface(
        new com.aliyun.vpc20160428.models.ConnectRouterInterfaceRequest()
            .setRegionId("cn-hangzhou")
            .setRouterInterfaceId(INITIATOR));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void theStateOfAnyInterfaceIsReadable(AliyunMockHandle mock) {
    assertThat(mock.routerInterface("ri-shanghai0peeraccpt002").ownerId()).isEqualTo("1000000000000002");
    assertThat(mock.routerInterfaces()).hasSize(4);
    assertThat(mock.findRouterInterface("ri-none")).isEmpty();
    assertThat(mock.stateJson()).contains("\"RouterInterfaceId\" : \"" + INITIATOR + "\"");
  }

  @Test
  void anUnknownInterfaceIsNamedInTheError(AliyunMockHandle mock) {
    assertThatThrownBy(() -> mock.routerInterface("ri-none"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("no router interface 'ri-none' in the mock (it has ri-hangzhou0initiator001, ");
  }

  @Test
  void loadFixturesAddsToTheWorld(AliyunMockHandle mock) {
    mock.loadFixtures(
        Fixture.builder()
            .region("eu-central-1")
            .account("1000000000000042", "extraKeyId", "extraKeySecret")
            .router("vrt-frankfurt", "eu-central-1", "1000000000000042")
            .routerInterface(Fixture.routerInterface("ri-frankfurt", "vrt-frankfurt").role(dev.aliyunmock.routerinterface.Role.INITIATING_SIDE))
            .build());

    assertThat(mock.routerInterface("ri-frankfurt").regionId()).isEqualTo("eu-central-1");
    assertThat(mock.account("extraKeyId").ownerId()).isEqualTo("1000000000000042");
  }

  @Test
  void aRefusedFixtureLoadsNothingAndNamesThePath(AliyunMockHandle mock) {
    String dangling = "{\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-x\",\"RouterId\":\"vrt-none\",\"Role\":\"InitiatingSide\"}]}";

    assertThatThrownBy(() -> mock.loadFixtures(dangling))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RouterInterfaces[0].RouterId: router 'vrt-none' is not in Routers");
    assertThat(mock.findRouterInterface("ri-x")).isEmpty();
  }

  @Test
  void aMissingFixtureResourceIsNamed(AliyunMockHandle mock) {
    assertThatThrownBy(() -> mock.loadFixtureResource("worlds/none.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixture resource 'worlds/none.json' is not on the class path");
  }

  @Test
  void completeTransitionsEndsConnecting(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    mock.transitionMode(new TransitionMode.Manual());
    client.getAcsResponse(connect(INITIATOR));
    assertThat(mock.pendingTransitions()).hasSize(1);

    assertThat(mock.completeTransitions()).isEqualTo(1);

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE);
    assertThat(mock.status(ACCEPTOR)).isEqualTo(Status.ACTIVE);
  }

  @Test
  void advancingTheClockEndsTimedTransitions(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    mock.transitionMode(INITIATOR, TransitionMode.parse("after:30s"));
    client.getAcsResponse(connect(INITIATOR));

    mock.advanceClock(Duration.ofSeconds(29));
    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
    mock.advanceClock(Duration.ofSeconds(1));
    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE);
  }

  @Test
  void aWireMockStubInjectsAFaultAndVerifySeesTheCall(DefaultAcsClient client, AliyunMockHandle mock) {
    mock.wireMock()
        .register(
            any(urlPathEqualTo("/"))
                .atPriority(1)
                .withHeader("x-acs-action", equalTo("ConnectRouterInterface"))
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"RequestId\":\"R-1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"down\"}")));

    ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(connect(INITIATOR)));

    assertThat(e).isInstanceOf(com.aliyuncs.exceptions.ServerException.class);
    assertThat(e.getErrCode()).isEqualTo("ServiceUnavailable");
    assertThat(e.getRequestId()).isEqualTo("R-1");
    mock.wireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("ConnectRouterInterface")));
    assertThat(mock.status(INITIATOR)).as("the stub answered, not the API").isEqualTo(Status.IDLE);
  }

  private static ConnectRouterInterfaceRequest connect(String id) {
    ConnectRouterInterfaceRequest r = new ConnectRouterInterfaceRequest();
    r.setRouterInterfaceId(id);
    return r;
  }

  private static DefaultAcsClient ownClient(String key, String secret) {
    DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", key, secret);
    HttpClientConfig config = HttpClientConfig.getDefault();
    config.setProtocolType(ProtocolType.HTTP);
    profile.setHttpClientConfig(config);
    return new DefaultAcsClient(profile);
  }
}
