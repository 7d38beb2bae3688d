package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code reset = NEVER}: one world for the class, as for a scenario told in ordered steps. */
@AliyunMockTest(fixtures = "worlds/small.json", transitions = "manual", reset = ResetPolicy.NEVER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetNeverTest {
  @Test
  @Order(1)
  void firstStepConnects(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-small-hz");
    client.getAcsResponse(connect);

    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.CONNECTING);
  }

  @Test
  @Order(2)
  void theNextStepFindsTheConnectionUnderWay(AliyunMockHandle mock) {
    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.CONNECTING);
    assertThat(mock.wireMockServer().getAllServeEvents()).hasSize(1);

    mock.completeTransitions();
  }

  @Test
  @Order(3)
  void andTheOneAfterSeesItActive(AliyunMockHandle mock) {
    assertThat(mock.status("ri-small-bj")).isEqualTo(Status.ACTIVE);
  }

  @Test
  @Order(4)
  void aTestMayStillResetByHand(AliyunMockHandle mock) {
    mock.reset();

    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.IDLE);
  }
}
