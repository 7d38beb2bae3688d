package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The three transition modes driven from a test, as docs/transitions.md shows them. */
@AliyunMockTest(transitions = "after:30s")
class TransitionsExampleTest {
  private static final String INITIATOR = "ri-hangzhou0initiator001";

  private static void connect(IAcsClient client) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    client.getAcsResponse(connect);
  }

  @Test
  void aTimedTransitionEndsWhenTheTestMovesTheClock(IAcsClient client, AliyunMockHandle mock) throws Exception {
    // snippet:start after
    connect(client);                              // the class runs with transitions = "after:30s"
    mock.advanceClock(Duration.ofSeconds(29));
    assertThat(mock.status(INITIATOR)).isEqualTo(Status.CONNECTING);
    mock.advanceClock(Duration.ofSeconds(1));     // no sleeping: the world's clock, not the wall clock
    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE);
    // snippet:end after
  }

  @Test
  void aManualTransitionEndsWhenTheTestSays(IAcsClient client, AliyunMockHandle mock) throws Exception {
    // snippet:start manual
    mock.transitionMode(new TransitionMode.Manual()); // for this test only: the next reset restores the class's mode
    connect(client);
    assertThat(mock.pendingTransitions()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo("CONNECT"));
    mock.completeTransition(INITIATOR);               // or completeTransitions(): all of them
    assertThat(mock.status("ri-beijing00acceptor0001")).isEqualTo(Status.ACTIVE);
    // snippet:end manual
  }
}
