package dev.aliyunmock.contract.runner;

import dev.aliyunmock.contract.ContractSuite;
import dev.aliyunmock.contract.SuiteSettings;
import dev.aliyunmock.contract.targets.Target;

/**
 * The suite as the runner launches it: against the target the runner's parameters name, never a
 * mock of its own (the runner jar holds none).
 */
public final class RunnerSuite extends ContractSuite {
  /** The instance JUnit creates. */
  public RunnerSuite() {}

  @Override
  protected Target defaultTarget(SuiteSettings settings) {
    throw new IllegalStateException(
        "no target: give " + SuiteSettings.ENDPOINT + " (a running aliyun-mock) or " + SuiteSettings.TARGET + "=aliyun");
  }
}
