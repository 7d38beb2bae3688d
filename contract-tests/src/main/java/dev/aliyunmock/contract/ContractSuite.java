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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract suite as JUnit Jupiter tests: for every documented row of {@code contract.json},
 * every scenario that provokes it, with the suite's own raw client and with the official SDK,
 * against the target the run's {@link SuiteSettings} name (or the subclass's {@link
 * #defaultTarget(SuiteSettings) default}); then a last test that every row had a passing
 * scenario. When the class is done, whatever happened, the Markdown report is written to {@link
 * SuiteSettings#report()}.
 *
 * <p>Two subclasses run it: the build's {@code ContractTest}, whose default is the mock started
 * in-process by the JUnit extension, and the runner's {@link
 * dev.aliyunmock.contract.runner.RunnerSuite}, which has none (the runner always names one).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SuiteSettings.Resolver.class)
public abstract class ContractSuite {
  private final ContractTable table = ContractTable.load();
  private final ContractReport report = new ContractReport();
  private Target target;
  private String description;

  /** For subclasses. */
  protected ContractSuite() {}

  /**
   * The target of a run whose settings name none.
   *
   * @param settings the run's settings
   * @return the target, which the suite closes when it is done
   * @throws IllegalStateException if the subclass has no default
   */
  protected abstract Target defaultTarget(SuiteSettings settings);

  /**
   * A container per row: the row's executions, or none with the reason it cannot be provoked.
   *
   * @param settings the run's settings
   * @return the rows' containers, then the test that every row passed
   */
  @TestFactory
  protected Stream<DynamicNode> everyDocumentedRowHoldsOnTheTarget(SuiteSettings settings) {
    description = settings.describe();
    try {
      target = settings.openTarget().orElseGet(() -> defaultTarget(settings));
    } catch (Exception e) {
      // Also what REST Assured throws unchecked: a refused connection's ConnectException.
      description = settings.describe() + " (not reached: " + e.getMessage() + ")";
      throw e;
    }
    description = target.description();
    ScenarioRunner runner = new ScenarioRunner(table, target, report);
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

  /**
   * Writes the report and closes the target.
   *
   * @param settings the run's settings
   */
  @AfterAll
  protected void writeReportAndClose(SuiteSettings settings) {
    try {
      report.write(settings.report(), table, description == null ? settings.describe() : description);
    } finally {
      if (target != null) {
        target.close();
      }
    }
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
