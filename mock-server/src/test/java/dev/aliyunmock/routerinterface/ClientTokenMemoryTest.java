package dev.aliyunmock.routerinterface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.Caller;
import org.junit.jupiter.api.Test;

/** CreateRouterInterface's ClientTokens are remembered only while their interface exists. */
class ClientTokenMemoryTest {
  private static final Caller CALLER = new Caller("1000000000000001", "cn-beijing");

  private static Commands.Create create(String token) {
    return new Commands.Create(
        CALLER,
        Input.of(token),
        Input.of(Role.ACCEPTING_SIDE),
        Input.of(Spec.NEGATIVE),
        Input.of(RouterType.VROUTER),
        "vrt-beijing0000000000001",
        "cn-hangzhou",
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent(),
        Input.absent());
  }

  @Test
  void createAndDeleteCyclesWithFreshTokensLeaveNoTokenBehind() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    CreateRule rule = new CreateRule(mock.world());
    Lifecycle lifecycle = new Lifecycle(mock.world());
    for (int i = 0; i < 100; i++) {
      String id = rule.create(create("token-" + i)).routerInterfaceId();
      lifecycle.delete(new Commands.OnInterface(CALLER, id));
    }
    int tokens = mock.world().read(v -> v.store(RouterInterfaceStore.KEY).clientTokenCount());
    assertThat(tokens).isZero();
  }

  @Test
  void theTokenOfALiveInterfaceStillAnswersWithIt() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    CreateRule rule = new CreateRule(mock.world());
    String id = rule.create(create("kept")).routerInterfaceId();
    String other = rule.create(create("gone")).routerInterfaceId();
    new Lifecycle(mock.world()).delete(new Commands.OnInterface(CALLER, other));

    assertThat(rule.create(create("kept")).routerInterfaceId()).isEqualTo(id);
    assertThat(rule.create(create("gone")).routerInterfaceId()).isNotEqualTo(other);
  }
}
