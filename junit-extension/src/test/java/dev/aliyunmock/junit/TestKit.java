package dev.aliyunmock.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture classes (test classes about the extension, some deliberately misconfigured) in a
 * JUnit engine of their own, so that tests can assert how they end. Fixture classes carry {@link
 * FixtureClass} and run only there, never in the build's own test run.
 */
final class TestKit {
  static final String ENABLED = "aliyunmock.test.fixture-classes";

  /** JUnit's parallel execution, classes and methods concurrent, on 4 worker threads. */
  static final Map<String, String> PARALLEL =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "concurrent",
          "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

  private TestKit() {}

  static EngineExecutionResults run(Class<?>... classes) {
    return run(Map.of(), classes);
  }

  static EngineExecutionResults run(Map<String, String> configuration, Class<?>... classes) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(org.junit.platform.engine.DiscoverySelector[]::new))
        .configurationParameter(ENABLED, "true")
        .configurationParameters(configuration)
        .execute();
  }

  /** Marks a class that runs only inside {@link TestKit}. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyInTestKit.class)
  @interface FixtureClass {}

  static final class OnlyInTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(ENABLED).isPresent()
          ? ConditionEvaluationResult.enabled("run by TestKit")
          : ConditionEvaluationResult.disabled("a fixture class: runs only inside TestKit");
    }
  }
}
