package dev.aliyunmock.contract.targets;

import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.net.URI;
import java.util.Map;

/**
 * Where the suite sends its scenarios: a running aliyun-mock seeded through its admin API ({@link
 * RemoteTarget}; in the build, by default, the mock started in-process), or a server it cannot
 * seed, such as the real Alibaba Cloud ({@link FixedTarget}). Chosen by {@link
 * dev.aliyunmock.contract.SuiteSettings}.
 */
public interface Target extends AutoCloseable {
  /** For the report: what was tested. */
  String description();

  /** The base URL serving a dialect ({@code http://127.0.0.1:PORT}, {@code https://vpc.aliyuncs.com}). */
  URI endpoint(Dialect dialect);

  /** Whether this target loads fixtures, so that every scenario can run on it. */
  boolean seeds();

  /**
   * Readies one execution of a scenario: seeds its world under fresh ids, or, where the target
   * cannot, uses the ids it was given for the scenario's named router interfaces.
   *
   * @param resources the scenario's router interfaces that a non-seeding target may take from
   *     environment variables (logical name to variable)
   * @throws org.opentest4j.TestAbortedException if the scenario cannot run on this target
   */
  Env prepare(ScenarioWorld world, Map<String, String> resources);

  @Override
  void close();
}
