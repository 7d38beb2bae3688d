package dev.aliyunmock.contract;

import dev.aliyunmock.contract.targets.FixedTarget;
import dev.aliyunmock.contract.targets.RemoteTarget;
import dev.aliyunmock.contract.targets.Target;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What one run of the suite is against and where its report goes, read from the run's JUnit
 * Platform configuration parameters. Those fall back to JVM system properties, so {@code
 * -Dcontract.endpoint=…} on Maven's command line and the runner's explicit parameters are read
 * alike.
 *
 * <ul>
 *   <li>{@value #TARGET}: {@code mock} (the default: an aliyun-mock, the one at {@value #ENDPOINT}
 *       if given) or {@code aliyun} (the real Alibaba Cloud, configured by environment variables:
 *       {@link FixedTarget#aliyun(java.util.Map)});
 *   <li>{@value #ENDPOINT}: the base URL of a running aliyun-mock ({@code http://127.0.0.1:8080}),
 *       seeded through its admin API;
 *   <li>{@value #REPORT}: the Markdown report's file (default {@value #DEFAULT_REPORT} in the
 *       working directory).
 * </ul>
 *
 * @param target {@code mock} or {@code aliyun}
 * @param endpoint the running aliyun-mock's base URL without a trailing slash, or {@code null}
 * @param report the report's file
 */
public record SuiteSettings(String target, String endpoint, Path report) {
  /** The parameter naming the kind of target: {@code mock} or {@code aliyun}. */
  public static final String TARGET = "contract.target";
  /** The parameter giving a running aliyun-mock's base URL. */
  public static final String ENDPOINT = "contract.endpoint";
  /** The parameter giving the report's file. */
  public static final String REPORT = "contract.report";
  /** The report's file when {@value #REPORT} is not given. */
  public static final String DEFAULT_REPORT = "contract-report.md";

  /**
   * Reads the settings.
   *
   * @param parameters a parameter's value by name, if given
   * @return the settings
   * @throws IllegalArgumentException if {@value #TARGET} is neither {@code mock} nor {@code aliyun}
   */
  public static SuiteSettings from(Function<String, Optional<String>> parameters) {
    String target = given(parameters, TARGET).map(s -> s.toLowerCase(Locale.ROOT)).orElse("mock");
    if (!target.equals("mock") && !target.equals("aliyun")) {
      throw new IllegalArgumentException(TARGET + " is mock or aliyun, not " + target);
    }
    String endpoint =
        given(parameters, ENDPOINT).map(e -> e.endsWith("/") ? e.substring(0, e.length() - 1) : e).orElse(null);
    Path report = Path.of(given(parameters, REPORT).orElse(DEFAULT_REPORT));
    return new SuiteSettings(target, endpoint, report);
  }

  private static Optional<String> given(Function<String, Optional<String>> parameters, String name) {
    return parameters.apply(name).map(String::trim).filter(v -> !v.isEmpty());
  }

  /**
   * Opens the target these settings name: the real cloud for {@code aliyun}, else the running
   * server at the endpoint; empty when they name none ({@code mock} without an endpoint).
   *
   * @return the target, if the settings name one
   * @throws IllegalStateException if the target cannot be used (no credentials, no server)
   */
  public Optional<Target> openTarget() {
    if (target.equals("aliyun")) {
      return Optional.of(FixedTarget.aliyun(System.getenv()));
    }
    return endpoint == null ? Optional.empty() : Optional.of(new RemoteTarget(URI.create(endpoint)));
  }

  /**
   * What the settings name, for a report whose target could not be opened.
   *
   * @return a description
   */
  public String describe() {
    if (target.equals("aliyun")) {
      return "Alibaba Cloud (" + TARGET + "=aliyun)";
    }
    return endpoint == null ? "no target named" : "a running server at " + endpoint;
  }

  /** Gives a test's or a lifecycle method's {@link SuiteSettings} parameter the run's settings. */
  public static final class Resolver implements ParameterResolver {
    /** The instance JUnit creates. */
    public Resolver() {}

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
      return parameterContext.getParameter().getType() == SuiteSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
      return SuiteSettings.from(extensionContext::getConfigurationParameter);
    }
  }
}
