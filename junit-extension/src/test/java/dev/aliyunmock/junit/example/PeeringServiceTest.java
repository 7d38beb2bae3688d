package dev.aliyunmock.junit.example;

// snippet:start throttling
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
// snippet:end throttling
// snippet:start verify
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
// snippet:end verify
// snippet:start throttling
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
// snippet:end throttling
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
// snippet:start throttling
import com.github.tomakehurst.wiremock.client.WireMock;
// snippet:end throttling
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.junit.example.PeeringService.Peering;
import dev.aliyunmock.junit.example.PeeringService.PeeringTimeoutException;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The example consumer test: application code ({@link PeeringService}) tested against the mock
 * with the official SDK v1, as a user writes it. One annotation; the client is injected already
 * pointed at the mock; every test starts on the fixtures of {@code example/peering-world.json}.
 */
@AliyunMockTest(fixtures = "example/peering-world.json", transitions = "poll:2")
class PeeringServiceTest {
  private final PeeringService peering;

  PeeringServiceTest(IAcsClient client) {
    this.peering = new PeeringService(client, 5, Duration.ZERO);
  }

  @Test
  void connectWaitsThroughConnectingUntilBothSidesAreActive(AliyunMockHandle mock) throws Exception {
    Peering result = peering.connect("cn-hangzhou", "ri-shop-hangzhou");

    assertThat(result.oppositeInterfaceId()).isEqualTo("ri-shop-beijing");
    assertThat(result.polls()).as("Connecting seen twice (poll:2), then Active").isEqualTo(3);
    assertThat(mock.status("ri-shop-hangzhou")).isEqualTo(Status.ACTIVE);
    assertThat(mock.status("ri-shop-beijing")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void aConnectionTheAcceptorDoesNotExpectIsRejectedByOppositeInterface(AliyunMockHandle mock) {
    ClientException refused =
        catchThrowableOfType(ClientException.class, () -> peering.connect("cn-hangzhou", "ri-shop-stranger"));

    assertThat(refused.getErrCode()).isEqualTo("RejectedByOppositeInterface");
    assertThat(refused.getRequestId()).matches("[0-9A-F-]{36}");
    assertThat(statusOfLast(mock, "ConnectRouterInterface")).isEqualTo(403);
    assertThat(mock.status("ri-shop-stranger")).isEqualTo(Status.IDLE);
  }

  @Test
  void anAccountWithBillsOutstandingIsForbiddenToConnect(AliyunMockHandle mock) {
    mock.loadFixtureResource("example/arrears.json"); // more fixtures, for this test only
    IAcsClient overdueClient = mock.sdk(mock.account("overdueKeyId")).client();
    PeeringService overdue = new PeeringService(overdueClient, 5, Duration.ZERO);

    ClientException refused =
        catchThrowableOfType(ClientException.class, () -> overdue.connect("cn-hangzhou", "ri-overdue-hangzhou"));

    assertThat(refused.getErrCode()).isEqualTo("Forbidden.BillsOutstanding");
    assertThat(refused.getRequestId()).matches("[0-9A-F-]{36}");
    assertThat(statusOfLast(mock, "ConnectRouterInterface")).isEqualTo(400);
    assertThat(mock.status("ri-overdue-hangzhou")).isEqualTo(Status.IDLE);
  }

  @Test
  void aConnectionThatStaysConnectingTimesOut(AliyunMockHandle mock) throws Exception {
    mock.transitionMode(new TransitionMode.Manual()); // only the test ends transitions now

    PeeringTimeoutException timeout =
        catchThrowableOfType(PeeringTimeoutException.class, () -> peering.connect("cn-hangzhou", "ri-shop-hangzhou"));

    assertThat(timeout).hasMessage("ri-shop-hangzhou is still Connecting after 5 polls");
    mock.completeTransitions();
    assertThat(mock.status("ri-shop-hangzhou")).isEqualTo(Status.ACTIVE);
  }

  @Test
  void throttlingWhilePollingReachesTheCaller(AliyunMockHandle mock) {
    // snippet:start throttling
    mock.wireMockServer()
        .stubFor(
            WireMock.any(urlPathEqualTo("/"))
                .atPriority(1) // above the API's catch-all
                .withHeader("x-acs-action", equalTo("DescribeRouterInterfaces"))
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json;charset=utf-8")
                        .withBody(
                            "{\"RequestId\":\"6A1D5C2E-0000-4000-8000-000000000001\",\"Code\":\"Throttling.User\","
                                + "\"Message\":\"Request was denied due to user flow control.\"}")));
    // snippet:end throttling

    ClientException throttled =
        catchThrowableOfType(ClientException.class, () -> peering.connect("cn-hangzhou", "ri-shop-hangzhou"));

    assertThat(throttled.getErrCode()).isEqualTo("Throttling.User");
    assertThat(throttled.getRequestId()).isEqualTo("6A1D5C2E-0000-4000-8000-000000000001");
    assertThat(statusOfLast(mock, "DescribeRouterInterfaces")).isEqualTo(400);
    // snippet:start verify
    mock.wireMockServer()
        .verify(1, postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("ConnectRouterInterface")));
    // snippet:end verify
    assertThat(mock.status("ri-shop-hangzhou")).isEqualTo(Status.CONNECTING);
  }

  /** The HTTP status of the latest call of an action, from WireMock's request journal. */
  private static int statusOfLast(AliyunMockHandle mock, String action) {
    return mock.wireMockServer().getAllServeEvents().stream()
        .filter(e -> action.equals(e.getRequest().getHeader("x-acs-action")))
        .map(ServeEvent::getResponse)
        .findFirst()
        .orElseThrow()
        .getStatus();
  }
}
