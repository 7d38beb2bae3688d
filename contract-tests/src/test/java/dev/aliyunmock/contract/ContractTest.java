package dev.aliyunmock.contract;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.aliyunmock.contract.report.ContractReport;
import dev.aliyunmock.contract.scenario.Client;
import dev.aliyunmock.contract.scenario.Scenario;
import dev.aliyunmock.contract.scenario.ScenarioRunner;
import dev.aliyunmock.contract.scenario.Scenarios;
import dev.aliyunmock.contract.table.ContractRow;
import dev.aliyunmock.contract.table.ContractTable;
import dev.aliyunmock.contract.targets.Target;
import dev.aliyunmock.contract.targets.Targets;
import dev.aliyunmock.junit.AliyunMockExtension;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.ResetPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite: for every documented row of {@code contract.json}, every scenario that
 * provokes it, with the suite's own raw client and with the official SDK, against the target of
 * {@link Targets#fromSystemProperties(String)}; then a last test that every row had a passing scenario.
 * The report goes to {@code target/contract-report.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTest {
  /** The in-process mock (the default target): the default world, strict auth, never reset. */
  @RegisterExtension
  static final AliyunMockExtension MOCK = AliyunMockExtension.builder().reset(ResetPolicy.NEVER).build();

  private final ContractTable table = ContractTable.load();
  private final ContractReport report = new ContractReport();
  private Target target;
  private ScenarioRunner runner;

  @BeforeAll
  void startTarget(AliyunMockHandle mock) {
    target = Targets.fromSystemProperties(mock.baseUrl());
    runner = new ScenarioRunner(table, target, report);
  }

  @AfterAll
  void writeReportAndStop() {
    try {
      Path dir = Path.of(System.getProperty("contract.report.dir", "target"));
      report.write(dir, table, target.description());
    } finally {
      target.close();
    }
  }

  @TestFactory
  Stream<DynamicNode> everyDocumentedRowHoldsOnTheTarget() {
    List<Scenario> scenarios = Scenarios.all();
    List<DynamicNode> nodes = new ArrayList<>();
    for (ContractRow row : table.rows()) {
      List<DynamicNode> tests = new ArrayList<>();
      if (!row.isTestable()) {
        // No test: the report lists the row as not provokable, with the reason.
        nodes.add(dynamicContainer(row.id() + " (not provokable: " + row.untestable() + ")", tests));
        continue;
      }
      for (Scenario s : scenarios) {
        if (!s.rowId().equals(row.id())) {
          continue;
        }
        for (Client c : s.clients()) {
          tests.add(dynamicTest(c.label() + ": " + s.name(), () -> runner.run(s, c)));
        }
      }
      nodes.add(dynamicContainer(row.id() + " → " + (row.httpStatus() == null ? "?" : row.httpStatus()), tests));
    }
    nodes.add(dynamicTest("every documented row has a passing scenario", this::everyRowPassed));
    return nodes.stream();
  }

  private void everyRowPassed() {
    List<String> missing = new ArrayList<>();
    for (ContractRow row : table.rows()) {
      if (row.isTestable() && !report.passed(row)) {
        missing.add(row.id());
      }
    }
    if (!target.seeds()) {
      Assumptions.assumeTrue(missing.isEmpty(),
          missing.size() + " rows not proven on " + target.description() + " (see the report): " + missing);
    }
    Assertions.assertTrue(missing.isEmpty(), () -> "documented rows without a passing scenario: " + missing);
  }
}
