package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.TestKit.FixtureClass;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;

/**
 * A test that fails on purpose, the way a real one might: it expects the pair Active right after
 * Connect, but in the default poll mode the status stays Connecting until a Describe has seen it.
 * Its failure report lists the calls it made ({@link CallRecorder}): one Connect, and no Describe.
 * Runs only inside {@link TestKit} ({@link CallReportTest}), or for real in Surefire with {@code
 * -Daliyunmock.test.fixture-classes=true} (how the excerpt in {@code docs/calls.md} was made).
 */
@AliyunMockTest
@FixtureClass
class FailingConnectExample {
  static final String INITIATOR = "ri-hangzhou0initiator001";

  @Test
  void connectMakesThePairActive(IAcsClient client, AliyunMockHandle mock) throws ClientException {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(INITIATOR);
    connect.setSysEndpoint(mock.endpoint());
    client.getAcsResponse(connect);

    assertThat(mock.status(INITIATOR)).isEqualTo(Status.ACTIVE); // fails: still Connecting
  }
}
