package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.TestKit.FixtureClass;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A suite without Testcontainers, which the library declares optional: run by the surefire
 * execution {@code without-testcontainers}, whose class path lacks it; skipped elsewhere.
 */
@EnabledIfSystemProperty(named = "aliyunmock.classpath", matches = "without-testcontainers")
@AliyunMockTest
class WithoutTestcontainersTest {
  @Test
  void testcontainersIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("org.testcontainers.containers.GenericContainer"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("dev.aliyunmock.testcontainers.AliyunMockContainer"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theInProcessMockServesAsUsual(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001");

    assertThat(client.getAcsResponse(connect).getRequestId()).matches("[0-9A-F-]{36}");
    assertThat(mock.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING);
  }

  @Test
  void aContainerClassNamesTheDependencyToAdd() {
    EngineExecutionResults results = TestKit.run(InAContainer.class);

    results.containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(InAContainer.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@AliyunMockTest on " + InAContainer.class.getName() + ": a mock in a container needs"
                            + " aliyun-mock-testcontainers: add the test dependency dev.aliyunmock:aliyun-mock-testcontainers"
                            + " (it brings Testcontainers)"))));
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @FixtureClass
  @AliyunMockTest(container = true)
  static class InAContainer {
    @Test
    void test(AliyunMockHandle mock) {
      assertThat(mock).isNotNull();
    }
  }
}
