package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import dev.aliyunmock.junit.TestKit.FixtureClass;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.routerinterface.Status;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Three classes of three tests each, run with JUnit's parallel execution (classes and methods
 * concurrent): every test starts on its class's clean world and has the server to itself, every
 * class has its own server, and classes do run at the same time.
 */
class ParallelExecutionTest {
  private static final int TESTS = 9;

  @Test
  void concurrentClassesAndMethodsEachSeeOnlyTheirOwnCleanWorld() {
    EngineExecutionResults results =
        TestKit.run(
            with(TestKit.PARALLEL, Witness.TOTAL, String.valueOf(TESTS)),
            SmallWorld.class,
            DefaultWorld.class,
            JavaWorld.class);

    results.testEvents().assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS).failed(0));
    Map<String, Set<String>> endpointsByClass =
        entries(results, "endpoint").stream()
            .collect(Collectors.groupingBy(e -> e.getKeyValuePairs().get("class"), Collectors.mapping(e -> e.getKeyValuePairs().get("endpoint"), Collectors.toSet())));
    assertThat(endpointsByClass).hasSize(3);
    assertThat(endpointsByClass.values()).allSatisfy(endpoints -> assertThat(endpoints).hasSize(1));
    assertThat(endpointsByClass.values().stream().flatMap(Set::stream).distinct()).hasSize(3);
    assertThat(entries(results, "concurrent").stream().mapToInt(e -> Integer.parseInt(e.getKeyValuePairs().get("concurrent"))).max().orElse(0))
        .as("at least two tests ran at the same time")
        .isGreaterThanOrEqualTo(2);
  }

  /** The two settings docs/junit.md gives (and nothing else) run the classes at the same time, each on its own server. */
  @Test
  void theDocumentedSettingsRunClassesConcurrently() throws Exception {
    java.util.Properties documented = new java.util.Properties();
    try (java.io.InputStream in = getClass().getResourceAsStream("/example/junit-platform.properties")) {
      documented.load(in);
    }
    Map<String, String> configuration = new java.util.HashMap<>();
    documented.forEach((k, v) -> configuration.put((String) k, (String) v));
    assertThat(configuration).containsOnlyKeys("junit.jupiter.execution.parallel.enabled", "junit.jupiter.execution.parallel.mode.classes.default");

    EngineExecutionResults results =
        TestKit.run(with(configuration, Witness.TOTAL, String.valueOf(TESTS)), SmallWorld.class, DefaultWorld.class, JavaWorld.class);

    results.testEvents().assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS).failed(0));
    assertThat(entries(results, "concurrent").stream().mapToInt(e -> Integer.parseInt(e.getKeyValuePairs().get("concurrent"))).max().orElse(0))
        .as("two classes ran at the same time")
        .isGreaterThanOrEqualTo(2);
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }

  private static List<ReportEntry> entries(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
        .filter(r -> r.getKeyValuePairs().containsKey(key))
        .toList();
  }

  /**
   * What every test of the fixture classes does: checks that the world is its class's fixtures
   * and the journal empty, connects the pair and polls it to Active, loads a fixture of its own,
   * and checks that the server saw exactly its own three calls (nobody else's meanwhile).
   */
  static void connectOnACleanWorld(
      AliyunMockHandle mock, DefaultAcsClient client, String initiator, String acceptor, int interfaces,
      Witness witness, TestInfo info, TestReporter reporter) throws Exception {
    witness.enter();
    try {
      assertThat(mock.routerInterfaces()).hasSize(interfaces);
      assertThat(mock.status(initiator)).isEqualTo(Status.IDLE);
      assertThat(mock.status(acceptor)).isEqualTo(Status.IDLE);
      assertThat(mock.wireMockServer().getAllServeEvents()).isEmpty();

      ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
      connect.setRouterInterfaceId(initiator);
      client.getAcsResponse(connect);
      witness.awaitCompany();
      DescribeRouterInterfacesRequest describe = new DescribeRouterInterfacesRequest();
      assertThat(client.getAcsResponse(describe).getRouterInterfaceSet()).isNotEmpty();
      assertThat(client.getAcsResponse(describe).getRouterInterfaceSet())
          .filteredOn(r -> r.getRouterInterfaceId().equals(initiator))
          .singleElement()
          .satisfies(r -> assertThat(r.getStatus()).isEqualTo("Active"));
      String own = "ri-" + info.getTestMethod().orElseThrow().getName().toLowerCase();
      mock.loadFixtures(
          Fixture.builder().routerInterface(Fixture.routerInterface(own, mock.routerInterface(initiator).routerId()).role(Role.INITIATING_SIDE)).build());

      assertThat(mock.routerInterfaces()).hasSize(interfaces + 1);
      assertThat(mock.wireMockServer().getAllServeEvents()).hasSize(3);
      reporter.publishEntry(Map.of("class", info.getTestClass().orElseThrow().getSimpleName(), "endpoint", mock.endpoint()));
      reporter.publishEntry("concurrent", String.valueOf(witness.max()));
    } finally {
      witness.leave();
    }
  }

  // ------------------------------------------------------------------ fixture classes

  @FixtureClass
  @ExtendWith(Witness.Resolver.class)
  @AliyunMockTest(fixtures = "worlds/small.json")
  static class SmallWorld {
    @Test
    void one(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-small-hz", "ri-small-bj", 2, w, i, r);
    }

    @Test
    void two(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-small-hz", "ri-small-bj", 2, w, i, r);
    }

    @Test
    void three(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-small-hz", "ri-small-bj", 2, w, i, r);
    }
  }

  @FixtureClass
  @ExtendWith(Witness.Resolver.class)
  @AliyunMockTest
  static class DefaultWorld {
    @Test
    void one(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-hangzhou0initiator001", "ri-beijing00acceptor0001", 4, w, i, r);
    }

    @Test
    void two(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-hangzhou0initiator001", "ri-beijing00acceptor0001", 4, w, i, r);
    }

    @Test
    void three(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-hangzhou0initiator001", "ri-beijing00acceptor0001", 4, w, i, r);
    }
  }

  @FixtureClass
  @ExtendWith(Witness.Resolver.class)
  static class JavaWorld {
    @RegisterExtension
    static AliyunMockExtension mock =
        AliyunMockExtension.builder()
            .fixtures(
                Fixture.builder()
                    .region("cn-shenzhen", "cn-qingdao")
                    .account("1500000000000001", "javaWorldKeyId", "javaWorldKeySecret")
                    .router("vrt-sz", "cn-shenzhen", "1500000000000001")
                    .router("vrt-qd", "cn-qingdao", "1500000000000001")
                    .pair("ri-sz", "vrt-sz", "ri-qd", "vrt-qd")
                    .build())
            .build();

    @Test
    void one(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-sz", "ri-qd", 2, w, i, r);
    }

    @Test
    void two(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-sz", "ri-qd", 2, w, i, r);
    }

    @Test
    void three(AliyunMockHandle m, DefaultAcsClient c, Witness w, TestInfo i, TestReporter r) throws Exception {
      connectOnACleanWorld(m, c, "ri-sz", "ri-qd", 2, w, i, r);
    }
  }

  /**
   * Counts the tests running at once, shared by one engine run through its root store. A test
   * waits a little for company (another test running) so that overlap does not hang on luck; it
   * stops waiting when every other test is done, or after 10 s.
   */
  static final class Witness {
    static final String TOTAL = "aliyunmock.test.witness.total";

    private final int total;
    private int running;
    private int finished;
    private int max;

    Witness(int total) {
      this.total = total;
    }

    synchronized void enter() {
      running++;
      max = Math.max(max, running);
      notifyAll();
    }

    synchronized void awaitCompany() throws InterruptedException {
      long deadline = System.nanoTime() + 10_000_000_000L;
      long left;
      while (running < 2 && finished + running < total && (left = deadline - System.nanoTime()) > 0) {
        wait(Math.max(1, left / 1_000_000));
      }
    }

    synchronized void leave() {
      running--;
      finished++;
      notifyAll();
    }

    synchronized int max() {
      return max;
    }

    /** Resolves the run's one {@code Witness}. */
    static final class Resolver implements ParameterResolver {
      @Override
      public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Witness.class;
      }

      @Override
      @SuppressWarnings("deprecation") // JUnit 6 prefers computeIfAbsent, which JUnit 5 lacks
      public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        int total = Integer.parseInt(c.getConfigurationParameter(TOTAL).orElse("1"));
        return c.getRoot()
            .getStore(ExtensionContext.Namespace.create(Witness.class))
            .getOrComputeIfAbsent(Witness.class, k -> new Witness(total), Witness.class);
      }
    }
  }

}
