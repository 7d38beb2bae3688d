package dev.aliyunmock.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import org.junit.jupiter.api.Test;

/** CreateRouterInterface's ClientTokens are remembered only while their interface exists. */
class ClientTokenMemoryTest {
  private static RouterInterfaces.CreateRequest create(String token) {
    return new RouterInterfaces.CreateRequest("AcceptingSide", "Negative", "VRouter", "vrt-beijing0000000000001",
        "cn-hangzhou", null, null, null, null, null, null, null, null, null, null, null, null, null, token);
  }

  @Test
  void createAndDeleteCyclesWithFreshTokensLeaveNoTokenBehind() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    RouterInterfaces ris = mock.routerInterfaces();
    for (int i = 0; i < 100; i++) {
      String id = ris.create("1000000000000001", "cn-beijing", create("token-" + i)).routerInterfaceId();
      ris.delete("1000000000000001", "cn-beijing", id);
    }
    assertThat(mock.world().clientTokens).isEmpty();
  }

  @Test
  void theTokenOfALiveInterfaceStillAnswersWithIt() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    RouterInterfaces ris = mock.routerInterfaces();
    String id = ris.create("1000000000000001", "cn-beijing", create("kept")).routerInterfaceId();
    String other = ris.create("1000000000000001", "cn-beijing", create("gone")).routerInterfaceId();
    ris.delete("1000000000000001", "cn-beijing", other);

    assertThat(ris.create("1000000000000001", "cn-beijing", create("kept")).routerInterfaceId()).isEqualTo(id);
    assertThat(ris.create("1000000000000001", "cn-beijing", create("gone")).routerInterfaceId()).isNotEqualTo(other);
  }
}
