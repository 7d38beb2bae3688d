package dev.aliyunmock.junit.container;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.junit.Fixture;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code @AliyunMockTest(container = true)}: the same handle and clients as in process, the mock
 * in a container of {@value AliyunMockTest#DEFAULT_IMAGE}. Run by the Maven profile {@code
 * container-tests} only.
 */
@Tag("container")
@AliyunMockTest(container = true, fixtures = "worlds/small.json", transitions = "manual")
class ContainerModeTest {
  private static final String INITIATOR = "ri-small-hz";
  private static final String ACCEPTOR = "ri-small-bj";

  @Test
  void theHandlePointsAtTheContainerOnLoopback(AliyunMockHandle mock) {
    assertThat(mock.endpoint()).matches("(localhost|127\\.0\\.0\\.1):\\d+");
    assertThat(mock.endpoint()).endsWith(":" + mock.port());
    assertThat(mock.baseUrl()).isEqualTo("http://" + mock.endpoint());
  }

  @Test
  void theAccountsAndRegionComeFromTheFixturesInTheContainer(AliyunMockHandle mock) {
    assertThat(mock.account().accessKeyId()).isEqualTo("smallKeyId");
    assertThat(mock.account("1300000000000001").accessKeySecret()).isEqualTo("smallKeySecret");
    assertThat(mock.regionId()).isEqualTo("cn-hangzhou");
  }

  @RepeatedTest(2)
  void everyTestStartsFromTheFixtures(IAcsClient client, AliyunMockHandle mock) throws Exception {
    assertThat(mock.status(INITIATOR)).isEqualTo(Status.IDLE);

    client.getAcsResponse(connect(INITIATOR)); // a second repetition could not connect again without the reset

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void theInjectedSdkClientCallsTheContainerAndTheHandleReadsItsState(IAcsClient client, AliyunMockHandle mock)
      throws Exception {
    String requestId = client.getAcsResponse(connect(INITIATOR)).getRequestId();

    assertThat(requestId).matches("[0-9A-F-]{36}");
    RouterInterface initiator = mock.routerInterface(INITIATOR);
    assertThat(initiator.status()).isEqualTo(Status.CONNECTING);
    assertThat(mock.routerInterfaces()).extracting(RouterInterface::id).containsExactly(INITIATOR, ACCEPTOR);
    assertThat(mock.stateJson()).contains("\"Status\" : \"Connecting\"");
    assertThat(mock.calls("ConnectRouterInterface")).singleElement()
        .satisfies(c -> assertThat(c.requestId()).isEqualTo(requestId));
    assertThat(mock.dashboardUrl()).isEqualTo(mock.baseUrl() + "/__admin/aliyun/ui");
  }

  @Test
  void anAcceptingSideCannotInitiate(IAcsClient client, AliyunMockHandle mock) {
    ConnectRouterInterfaceRequest connect = connect(ACCEPTOR);
    connect.setSysRegionId("cn-beijing");

    ClientException refused = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(connect));

    assertThat(refused.getErrCode()).isEqualTo("IncorrectRole.NotInitiatingSide");
    assertThat(refused.getRequestId()).isNotBlank();
    List<ServeEvent> served = mock.wireMock().getServeEvents();
    assertThat(served).hasSize(1);
    assertThat(served.get(0).getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void transitionsAreCompletedThroughTheAdminApi(IAcsClient client, AliyunMockHandle mock) throws Exception {
    client.getAcsResponse(connect(INITIATOR));
    List<Transitions.Pending> pending = mock.pendingTransitions();
    assertThat(pending).singleElement().satisfies(p -> {
      assertThat(p.routerInterfaceIds()).contains(INITIATOR);
      assertThat(p.mode()).isEqualTo("manual");
    });

    assertThat(mock.completeTransitions()).isEqualTo(1);

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE);
    assertThat(mock.status(ACCEPTOR)).isEqualTo(Status.ACTIVE);
    assertThat(mock.completeTransition(INITIATOR)).isFalse();
  }

  @Test
  void aTimedTransitionEndsWhenTheClockIsAdvancedThroughTheAdminApi(IAcsClient client, AliyunMockHandle mock)
      throws Exception {
    mock.transitionMode(TransitionMode.parse("after:30s"));
    client.getAcsResponse(connect(INITIATOR));
    assertThat(mock.pendingTransitions()).singleElement().satisfies(p -> assertThat(p.dueAt()).isNotNull());

    mock.advanceClock(Duration.ofSeconds(31));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE);
  }

  @Test
  void fixturesLoadIntoTheContainerAndARefusedOneIsNamed(AliyunMockHandle mock) {
    mock.loadFixtures(Fixture.builder().region("eu-central-1").account("1300000000000002", "lateKeyId", "lateKeySecret").build());

    assertThat(mock.accounts()).extracting(a -> a.accessKeyId()).containsExactly("smallKeyId", "lateKeyId");
    assertThatThrownBy(() -> mock.loadFixtures("{\"Routers\": [{\"RouterId\": \"vrt-x\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Routers[0]");
  }

  @Test
  void aStubOfTheWireMockClientAnswersBeforeTheApi(IAcsClient client, AliyunMockHandle mock) {
    WireMock wireMock = mock.wireMock();
    wireMock.register(
        any(anyUrl()).atPriority(1).withQueryParam("Action", equalTo("DescribeRouterInterfaces"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"RequestId\":\"R-1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"down\"}")));

    ServerException down = catchThrowableOfType(ServerException.class, () -> client.getAcsResponse(new DescribeRouterInterfacesRequest()));

    assertThat(down.getErrCode()).isEqualTo("ServiceUnavailable");
    assertThat(down.getRequestId()).isEqualTo("R-1");
    wireMock.verifyThat(1, anyRequestedFor(anyUrl()).withQueryParam("Action", equalTo("DescribeRouterInterfaces")));
  }

  @Test
  void theNewerVpcClientIsInjectedToo(com.aliyun.vpc20160428.Client vpc, AliyunMockHandle mock) throws Exception {
    vpc.connectRouterInterface(
        new com.aliyun.vpc20160428.models.ConnectRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId(INITIATOR));

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void theInProcessObjectsAreRefusedWithWhatToUseInstead(AliyunMockHandle mock) {
    assertThatThrownBy(mock::wireMockServer)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("wireMockServer() needs the mock in this JVM, but this class runs it in the container "
            + AliyunMockTest.DEFAULT_IMAGE)
        .hasMessageContaining("wireMock()");
    assertThatThrownBy(mock::server).isInstanceOf(UnsupportedOperationException.class).hasMessageStartingWith("server()");
    assertThatThrownBy(mock::mock).isInstanceOf(UnsupportedOperationException.class).hasMessageStartingWith("mock()");
  }

  private static ConnectRouterInterfaceRequest connect(String routerInterfaceId) {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(routerInterfaceId);
    return connect;
  }
}
