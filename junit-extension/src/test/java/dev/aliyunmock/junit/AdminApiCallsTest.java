package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.server.AliyunMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handle's calls over the admin API, as in container mode ({@link AdminApiBackend}), here
 * against a server in this JVM so that no container engine is needed.
 */
class AdminApiCallsTest {
  private final AliyunMockServer server;
  private final AliyunMockHandle handle;

  AdminApiCallsTest() throws Exception {
    server = AliyunMockServer.builder().build().start();
    handle = new AliyunMockHandle(new AdminApiBackend("127.0.0.1", server.port(), "a server of this test"), getClass().getClassLoader());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theCallsOfATestAreReadThroughTheAdminApi() throws Exception {
    assertThat(handle.lastCallSequence()).isZero();
    handle.beginTest(handle.lastCallSequence());
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001");
    String requestId = handle.sdk().client().getAcsResponse(connect).getRequestId();

    assertThat(handle.calls("ConnectRouterInterface")).singleElement().satisfies(c -> {
      assertThat(c.requestId()).isEqualTo(requestId);
      assertThat(c.resourceIds()).containsExactly("ri-hangzhou0initiator001");
      assertThat(c.apiVersion()).isEqualTo("2016-04-28");
    });
    assertThat(handle.lastCallSequence()).isEqualTo(1);
    Call.Page none = handle.callsSince(1);
    assertThat(none.calls()).isEmpty();
    assertThat(none.lastSequence()).isEqualTo(1);
    assertThat(handle.dashboardUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/__admin/aliyun/ui");
  }
}
