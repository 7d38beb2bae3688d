package dev.aliyunmock.routerinterface;

import dev.aliyunmock.control.TransitionMode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.world.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransitionsTest {
  private static final String OWNER = "1000000000000001";
  private static final String INITIATOR = "ri-hangzhou0initiator001";
  private static final String ACCEPTOR = "ri-beijing00acceptor0001";

  private static AliyunMock mock(TransitionMode mode) throws FixtureException {
    return AliyunMock.builder().transitions(mode).build();
  }

  private static String statusSeenByDescribe(AliyunMock mock, String region, String id) {
    Commands.Page p =
        new DescribeRule(mock.world())
            .describe(
                new Commands.Describe(
                    new Caller(OWNER, region), 1, 10, List.of(new Filter(FilterKey.RouterInterfaceId, Set.of(id)))));
    return p.items().get(0).text(RouterInterfaceField.Status);
  }

  private static void connect(AliyunMock mock) {
    new ConnectRule(mock.world()).connect(new Commands.Connect(new Caller(OWNER, "cn-hangzhou"), INITIATOR, Dialect.VPC));
  }

  @Test
  void byDefaultAPollerSeesTheTransientStateOnceThenActive() throws Exception {
    AliyunMock mock = mock(TransitionMode.DEFAULT);
    connect(mock);
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
    assertThat(statusSeenByDescribe(mock, "cn-beijing", ACCEPTOR)).isEqualTo("Active");
  }

  @Test
  void bothSidesOfAPairEndTogetherWhicheverSideIsPolled() throws Exception {
    AliyunMock mock = mock(TransitionMode.DEFAULT);
    connect(mock);
    assertThat(statusSeenByDescribe(mock, "cn-beijing", ACCEPTOR)).isEqualTo("AcceptingConnect");
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
  }

  @Test
  void pollNEndsAfterNSightings() throws Exception {
    AliyunMock mock = mock(new TransitionMode.OnPoll(3));
    connect(mock);
    for (int i = 0; i < 3; i++) {
      assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    }
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
  }

  @Test
  void pollZeroEndsAtOnce() throws Exception {
    AliyunMock mock = mock(new TransitionMode.OnPoll(0));
    connect(mock);
    assertThat(mock.routerInterface(INITIATOR).orElseThrow().status()).isEqualTo(Status.ACTIVE);
  }

  @Test
  void afterADurationEndsOnlyWhenTheClockIsAdvancedFarEnough() throws Exception {
    AliyunMock mock = mock(new TransitionMode.After(Duration.ofSeconds(30)));
    connect(mock);
    mock.transitions().advance(Duration.ofSeconds(29));
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    mock.transitions().advance(Duration.ofSeconds(1));
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
  }

  @Test
  void manualEndsOnlyWhenCompleted() throws Exception {
    AliyunMock mock = mock(new TransitionMode.Manual());
    connect(mock);
    for (int i = 0; i < 5; i++) {
      assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    }
    assertThat(mock.transitions().complete(ACCEPTOR)).isTrue();
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
    assertThat(mock.transitions().complete(ACCEPTOR)).isFalse();
  }

  @Test
  void aPerInterfaceModeOverridesTheDefault() throws Exception {
    AliyunMock mock = mock(TransitionMode.DEFAULT);
    mock.transitions().setMode(INITIATOR, new TransitionMode.Manual());
    connect(mock);
    statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR);
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Connecting");
    assertThat(mock.transitions().completeAll()).isEqualTo(1);
    assertThat(statusSeenByDescribe(mock, "cn-hangzhou", INITIATOR)).isEqualTo("Active");
  }

  @Test
  void onActiveBothSidesGetConnectedTimeAndMirrorEachOther() throws Exception {
    AliyunMock mock = mock(new TransitionMode.Manual());
    connect(mock);
    mock.transitions().completeAll();
    RouterInterface a = mock.routerInterface(INITIATOR).orElseThrow();
    RouterInterface b = mock.routerInterface(ACCEPTOR).orElseThrow();
    assertThat(a.text(RouterInterfaceField.ConnectedTime)).isNotEmpty().isEqualTo(b.text(RouterInterfaceField.ConnectedTime));
    assertThat(a.get(RouterInterfaceField.OppositeInterfaceStatus)).isEqualTo(Status.ACTIVE);
    assertThat(b.get(RouterInterfaceField.OppositeInterfaceStatus)).isEqualTo(Status.ACTIVE);
    assertThat(b.get(RouterInterfaceField.OppositeInterfaceSpec)).isEqualTo(Spec.LARGE_2);
    assertThat(a.get(RouterInterfaceField.OppositeInterfaceSpec)).isEqualTo(Spec.NEGATIVE);
    assertThat(b.get(RouterInterfaceField.OppositeBandwidth)).isEqualTo(2000);
    assertThat(a.get(RouterInterfaceField.OppositeInterfaceBusinessStatus)).isEqualTo(BusinessStatus.NORMAL);
  }

  @Test
  void theMirrorFollowsTheTransientStateToo() throws Exception {
    AliyunMock mock = mock(new TransitionMode.Manual());
    connect(mock);
    assertThat(mock.routerInterface(INITIATOR).orElseThrow().get(RouterInterfaceField.OppositeInterfaceStatus))
        .isEqualTo(Status.ACCEPTING_CONNECT);
    assertThat(mock.routerInterface(ACCEPTOR).orElseThrow().get(RouterInterfaceField.OppositeInterfaceStatus))
        .isEqualTo(Status.CONNECTING);
  }

  @Test
  void theTransitionsUnderWayAreListed() throws Exception {
    AliyunMock mock = mock(new TransitionMode.Manual());
    connect(mock);
    assertThat(mock.transitions().pending())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo("CONNECT");
              assertThat(p.routerInterfaceIds()).containsExactly(INITIATOR, ACCEPTOR);
              assertThat(p.mode()).isEqualTo("manual");
            });
  }

  @Test
  void transitionModesParseFromText() {
    assertThat(TransitionMode.parse("poll")).isEqualTo(TransitionMode.DEFAULT);
    assertThat(TransitionMode.parse("poll:4")).isEqualTo(new TransitionMode.OnPoll(4));
    assertThat(TransitionMode.parse("after:PT2M")).isEqualTo(new TransitionMode.After(Duration.ofMinutes(2)));
    assertThat(TransitionMode.parse("after:1500ms")).isEqualTo(new TransitionMode.After(Duration.ofMillis(1500)));
    assertThat(TransitionMode.parse("after:30s")).isEqualTo(new TransitionMode.After(Duration.ofSeconds(30)));
    assertThat(TransitionMode.parse("MANUAL")).isEqualTo(new TransitionMode.Manual());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransitionMode.parse("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poll, poll:N, after:DURATION or manual");
  }
}
