package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.aliyunmock.junit.TestKit.FixtureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A project that also depends on {@code org.wiremock:wiremock}: run by the surefire execution
 * {@code two-wiremocks}, which adds that jar to the class path beside wiremock-standalone;
 * skipped elsewhere.
 */
@EnabledIfSystemProperty(named = "aliyunmock.classpath", matches = "two-wiremocks")
class TwoWireMocksTest {
  @Test
  void bothCopiesAreOnTheClassPath() {
    assertThat(WireMockClassPath.problem(getClass().getClassLoader())).isPresent();
  }

  @Test
  void theClassFailsAtItsStartNamingBothJarsAndWhatToDo() {
    EngineExecutionResults results = TestKit.run(InProcess.class);

    String version = WireMockClassPath.builtWith();
    results.containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(InProcess.class),
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m -> m.startsWith("@AliyunMockTest on " + InProcess.class.getName() + ": two copies of WireMock are on the test class path (")
                            && m.contains("wiremock-" + version + ".jar")
                            && m.contains("wiremock-standalone-" + version + ".jar")
                            && m.contains("depend on it instead of org.wiremock:wiremock")
                            && !m.contains("\n")))));
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @FixtureClass
  @AliyunMockTest
  static class InProcess {
    @Test
    void test(AliyunMockHandle mock) {
      assertThat(mock).isNotNull();
    }
  }
}
