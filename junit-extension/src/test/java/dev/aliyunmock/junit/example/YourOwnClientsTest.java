package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

// snippet:start own-client
// snippet:start other-account
import com.aliyun.vpc20160428.Client;
import com.aliyuncs.IAcsClient;
// snippet:end other-account
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse;
// snippet:end own-client
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import org.junit.jupiter.api.Test;

/** Clients the application builds itself, and clients of another account, as docs/junit.md shows them. */
@AliyunMockTest
class YourOwnClientsTest {
  @Test
  void theApplicationsOwnClientIsPointedAtTheMock(AliyunMockHandle mock) throws Exception {
    // snippet:start own-client
    DefaultAcsClient appClient = // built by your application, for the real service
        new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "testAccessKeyId", "testAccessKeySecret"));

    mock.sdk().pointAt(appClient); // every request of this client now goes to the mock, over HTTP
    DescribeRouterInterfacesResponse all = appClient.getAcsResponse(new DescribeRouterInterfacesRequest());

    IAcsClient untouched = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "testAccessKeyId", "testAccessKeySecret"));
    untouched.getAcsResponse(mock.sdk().at(new DescribeRouterInterfacesRequest())); // or one request at a time

    Client tea = new Client(mock.vpc().config()); // the newer client: a Config with keys, region, endpoint and HTTP
    // snippet:end own-client
    assertThat(all.getRouterInterfaceSet()).isNotEmpty();
    assertThat(
            tea.describeRouterInterfaces(new com.aliyun.vpc20160428.models.DescribeRouterInterfacesRequest().setRegionId("cn-hangzhou"))
                .getBody().getRouterInterfaceSet().getRouterInterfaceType())
        .extracting(ri -> ri.getRouterInterfaceId())
        .contains("ri-hangzhou0initiator001");
  }

  @Test
  void anotherAccountsClients(AliyunMockHandle mock) throws Exception {
    // snippet:start other-account
    IAcsClient peer = mock.sdk(mock.account("peerAccessKeyId")).client(); // SDK v1, as the world's second account
    Client peerTea = mock.vpc(mock.account("1000000000000002")).client(); // the newer client, by owner id
    String region = mock.regionId(); // the region injected clients use: the world's first, here cn-hangzhou
    // snippet:end other-account
    DescribeRouterInterfacesRequest inShanghai = new DescribeRouterInterfacesRequest();
    inShanghai.setSysRegionId("cn-shanghai");
    assertThat(peer.getAcsResponse(inShanghai).getRouterInterfaceSet())
        .extracting(DescribeRouterInterfacesResponse.RouterInterfaceType::getRouterInterfaceId)
        .containsExactly("ri-shanghai0peeraccpt002");
    assertThat(
            peerTea.describeRouterInterfaces(new com.aliyun.vpc20160428.models.DescribeRouterInterfacesRequest().setRegionId("cn-shanghai"))
                .getBody().getRouterInterfaceSet().getRouterInterfaceType())
        .hasSize(1);
    assertThat(region).isEqualTo("cn-hangzhou");
  }
}
