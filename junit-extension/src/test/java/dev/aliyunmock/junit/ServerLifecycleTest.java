package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.junit.TestKit.FixtureClass;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * What JUnit closes, on every JUnit this runs on (CI runs it on each supported line): a test's
 * turn on the server is given back when the test ends, so the next test of the class runs; the
 * class's server is stopped when the class ends. Before JUnit 5.13 the store closed only
 * {@code Store.CloseableResource} values, so an {@code AutoCloseable}-only turn stayed taken (the
 * second test failed) and the server ran until the JVM exited.
 */
class ServerLifecycleTest {
  @Test
  void everyTestOfAClassGetsItsTurnAndTheServerStopsWhenTheClassEnds() throws IOException {
    EngineExecutionResults results = TestKit.run(ClassOfThree.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
    List<String> ports = ports(results);
    assertThat(ports).hasSize(3).containsOnly(ports.get(0));
    int port = Integer.parseInt(ports.get(0));
    assertThatThrownBy(() -> connect(port)).as("the class's server is stopped").isInstanceOf(ConnectException.class);
  }

  @Test
  void serverAndTurnAreClosedByEveryJUnitFrom510() {
    // JUnit 5.13+ closes AutoCloseable values; 5.10-5.12 only Store.CloseableResource ones.
    assertThat(AutoCloseable.class).isAssignableFrom(ClassServer.class).isAssignableFrom(ClassServer.TestLease.class);
    @SuppressWarnings("deprecation")
    Class<?> closeableResource = ExtensionContext.Store.CloseableResource.class;
    assertThat(closeableResource).isAssignableFrom(ClassServer.class).isAssignableFrom(ClassServer.TestLease.class);
  }

  private static List<String> ports(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .filter(m -> m.containsKey("port"))
        .map(m -> m.get("port"))
        .toList();
  }

  private static void connect(int port) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }
  }

  /** Three tests in order, each reporting the port of the class's server. */
  @FixtureClass
  @AliyunMockTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ClassOfThree {
    @Test
    @Order(1)
    void first(AliyunMockHandle mock, TestReporter reporter) {
      reporter.publishEntry(Map.of("port", String.valueOf(mock.port())));
    }

    @Test
    @Order(2)
    void second(AliyunMockHandle mock, TestReporter reporter) {
      reporter.publishEntry(Map.of("port", String.valueOf(mock.port())));
    }

    @Test
    @Order(3)
    void third(AliyunMockHandle mock, TestReporter reporter) {
      reporter.publishEntry(Map.of("port", String.valueOf(mock.port())));
    }
  }
}
