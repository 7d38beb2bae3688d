package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.ConnectRouterInterfaceRequest;
import com.aliyun.vpc20160428.models.ConnectRouterInterfaceResponse;
// snippet:start programmatic
import dev.aliyunmock.junit.AliyunMockExtension;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.Fixture;
import dev.aliyunmock.routerinterface.Spec;
// snippet:end programmatic
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;
// snippet:start programmatic
import org.junit.jupiter.api.extension.RegisterExtension;
// snippet:end programmatic

/**
 * The programmatic form with fixtures written in Java and the newer official client
 * ({@code com.aliyun.vpc20160428.Client}), injected already pointed at the mock.
 */
class ConnectWithTheVpcClientTest {
  // snippet:start programmatic
  @RegisterExtension
  static AliyunMockExtension aliyun =
      AliyunMockExtension.builder()
          .fixtures(
              Fixture.builder()
                  .region("cn-hangzhou", "cn-beijing")
                  .account("1400000000000001", "teaKeyId", "teaKeySecret")
                  .router("vrt-tea-hangzhou", "cn-hangzhou", "1400000000000001")
                  .router("vrt-tea-beijing", "cn-beijing", "1400000000000001")
                  .pair(
                      Fixture.routerInterface("ri-tea-hangzhou", "vrt-tea-hangzhou").spec(Spec.LARGE_2),
                      Fixture.routerInterface("ri-tea-beijing", "vrt-tea-beijing"))
                  .build())
          .transitions("manual")
          .build();
  // snippet:end programmatic

  @Test
  void bothSidesStayInTheirTransientStatusUntilTheTransitionIsCompleted(Client vpc, AliyunMockHandle mock)
      throws Exception {
    ConnectRouterInterfaceResponse response =
        vpc.connectRouterInterface(
            new ConnectRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId("ri-tea-hangzhou"));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().getRequestId()).matches("[0-9A-F-]{36}");
    assertThat(mock.status("ri-tea-hangzhou")).isEqualTo(Status.CONNECTING);
    assertThat(mock.status("ri-tea-beijing")).isEqualTo(Status.ACCEPTING_CONNECT);

    assertThat(mock.completeTransition("ri-tea-hangzhou")).isTrue();
    assertThat(mock.routerInterface("ri-tea-beijing").status()).isEqualTo(Status.ACTIVE);
    assertThat(mock.routerInterface("ri-tea-beijing").get(dev.aliyunmock.routerinterface.RouterInterfaceField.OppositeInterfaceSpec))
        .isEqualTo(Spec.LARGE_2);
  }

  @Test
  void connectingAnInterfaceThatDoesNotExistIsRefusedWithNotFound(Client vpc) {
    TeaException refused =
        catchThrowableOfType(
            TeaException.class,
            () ->
                vpc.connectRouterInterface(
                    new ConnectRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId("ri-nowhere")));

    assertThat(refused.getCode()).isEqualTo("InvalidRouterInterfaceId.NotFound");
    assertThat(refused.getStatusCode()).isEqualTo(404);
    assertThat(String.valueOf(refused.getData().get("RequestId"))).matches("[0-9A-F-]{36}");
  }
}
