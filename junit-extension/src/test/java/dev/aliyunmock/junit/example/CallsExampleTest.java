package dev.aliyunmock.junit.example;

// snippet:start calls
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import org.junit.jupiter.api.Test;

// snippet:end calls
/** The calls of a test, as typed values: docs/calls.md prints this class. */
// snippet:start calls
@AliyunMockTest
class CallsExampleTest {
  @Test
  void connectsOnce(IAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001");
    client.getAcsResponse(connect);

    assertThat(mock.calls("ConnectRouterInterface")).singleElement().satisfies(c -> {
      assertThat(c.resourceIds()).containsExactly("ri-hangzhou0initiator001");
      assertThat(c.ok()).isTrue();
      assertThat(c.apiVersion()).isEqualTo("2016-04-28");
    });
  }
}
// snippet:end calls
