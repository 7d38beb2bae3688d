package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;

@AliyunMockTest // a mock on a free port, with the built-in world, reset before every test
class QuickStartTest {
  @Test // the official SDK's client, injected already pointed at the mock
  void connectStartsConnecting(IAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001"); // a pair of the built-in world
    client.getAcsResponse(connect); // throws ClientException with the real service's code on a refusal

    assertThat(mock.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING); // read the state directly
  }
}
