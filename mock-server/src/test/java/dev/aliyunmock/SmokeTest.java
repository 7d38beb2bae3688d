package dev.aliyunmock;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.Sdk;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void sdkConnectsAndDescribes() throws Exception {
    try (AliyunMockServer server = MockServers.start()) {
      Sdk sdk = new Sdk(server);
      ConnectRouterInterfaceRequest c = new ConnectRouterInterfaceRequest();
      c.setRouterInterfaceId("ri-hangzhou0initiator001");
      assertThat(sdk.call(c).getRequestId()).isNotBlank();
      DescribeRouterInterfacesRequest d = new DescribeRouterInterfacesRequest();
      DescribeRouterInterfacesRequest.Filter f = new DescribeRouterInterfacesRequest.Filter();
      f.setKey("RouterInterfaceId");
      f.setValues(List.of("ri-hangzhou0initiator001"));
      d.setFilters(List.of(f));
      DescribeRouterInterfacesResponse r = sdk.call(d);
      assertThat(r.getRouterInterfaceSet()).hasSize(1);
      assertThat(r.getRouterInterfaceSet().get(0).getStatus()).isEqualTo("Connecting");
      r = sdk.call(d);
      assertThat(r.getRouterInterfaceSet().get(0).getStatus()).isEqualTo("Active");
      assertThat(r.getRouterInterfaceSet().get(0).getBandwidth()).isEqualTo(2000);
    }
  }
}
