package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("container") // needs a container engine and the image
@AliyunMockTest(container = true, fixtures = "worlds/small.json") // image = "localhost/aliyun-mock:latest"
class ConnectWithTheExtensionInAContainerTest {
  @Test
  void theInitiatorConnects(IAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-small-hz");
    client.getAcsResponse(connect); // the injected client points at the container

    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.CONNECTING); // read through the admin API
    mock.completeTransitions(); // posted to the admin API
    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.ACTIVE);
  }
}
