package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;

@AliyunMockTest // a mock of its own on a free port, the built-in world, reset before each test
class ExpressConnectTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001"; // in the built-in world

  @Test
  void aConnectionBecomesActiveOnceAPollerHasSeenItConnecting(IAcsClient client, AliyunMockHandle mock)
      throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    client.getAcsResponse(connect); // the injected client already points at the mock

    assertThat(statusOf(client, INITIATOR)).isEqualTo("Connecting");
    assertThat(statusOf(client, INITIATOR)).isEqualTo("Active");
    assertThat(mock.status("ri-beijing00acceptor0001")).isEqualTo(Status.ACTIVE); // the state, read directly
  }

  @Test
  void theAcceptingSideCannotInitiate(IAcsClient client, AliyunMockHandle mock) {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setSysRegionId("cn-beijing");
    connect.setRouterInterfaceId("ri-beijing00acceptor0001");

    ClientException refused = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(connect));

    assertThat(refused.getErrCode()).isEqualTo("IncorrectRole.NotInitiatingSide");
    assertThat(refused.getRequestId()).isNotBlank();
    assertThat(mock.wireMockServer().getAllServeEvents().get(0).getResponse().getStatus()).isEqualTo(400);
  }

  private static String statusOf(IAcsClient client, String routerInterfaceId) throws ClientException {
    DescribeRouterInterfacesRequest describe = new DescribeRouterInterfacesRequest();
    return client.getAcsResponse(describe).getRouterInterfaceSet().stream()
        .filter(ri -> ri.getRouterInterfaceId().equals(routerInterfaceId))
        .map(RouterInterfaceType::getStatus)
        .findFirst()
        .orElseThrow();
  }
}
