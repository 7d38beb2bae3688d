package dev.aliyunmock.junit;

import dev.aliyunmock.control.MockOptions.FixtureSource;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.control.AuthMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JUnit 5/6 extension behind {@link AliyunMockTest}: a server per test class on a free port
 * of 127.0.0.1 (or in a container: {@link AliyunMockTest#container()}), started before the class's first test (a bad configuration fails the class at
 * once with an {@link ExtensionConfigurationException}), reset to the class's fixtures before each
 * test, stopped when the class is done; and parameter injection, by type, of
 *
 * <ul>
 *   <li>{@link AliyunMockHandle}: endpoint, accounts, state, fixtures, transitions, WireMock;
 *   <li>{@code com.aliyuncs.DefaultAcsClient} or {@code IAcsClient} (SDK v1, already pointed at
 *       the mock) and {@link AcsSdk}; {@code com.aliyun.vpc20160428.Client} and {@link VpcSdk}.
 *       Each SDK is optional: only a test that asks for its client needs it on the class path;
 *   <li>{@code WireMockServer} and {@code WireMock} (a client of that server);
 *   <li>{@code AliyunMockServer} and {@code AliyunMock}.
 * </ul>
 *
 * The programmatic form, for fixtures written in Java or options computed in code:
 *
 * <pre>{@code
 * class ArrearsTest {
 *   @RegisterExtension
 *   static AliyunMockExtension mock =
 *       AliyunMockExtension.builder()
 *           .fixtures(Fixture.builder()
 *               .region("cn-hangzhou", "cn-beijing")
 *               .account(new Account("1000000000000009", "broke", "brokeSecret", true, Account.DEFAULT_BID))
 *               .router("vrt-hz", "cn-hangzhou", "1000000000000009")
 *               .router("vrt-bj", "cn-beijing", "1000000000000009")
 *               .pair("ri-hz", "vrt-hz", "ri-bj", "vrt-bj")
 *               .build())
 *           .transitions(new TransitionMode.Manual())
 *           .build();
 *
 *   @Test
 *   void connectIsRefused(IAcsClient client) { ... }
 * }
 * }</pre>
 *
 * <p>The field must be static (a server per class), and holds only configuration: everything a
 * run creates lives in JUnit's {@code ExtensionContext.Store}, so the same instance serves any
 * number of classes, subclasses and parallel runs; get the running mock by injection, not from
 * the field. A class takes the annotation or one such field, never both.
 *
 * <p>Parallel execution: classes run in parallel, each on its own server. Under {@link
 * ResetPolicy#BEFORE_EACH} the tests of one class take turns on its server (each starts on a clean
 * world even when JUnit schedules them concurrently); under {@link ResetPolicy#NEVER} they share
 * it freely. Works on JUnit 5.10 or later and on JUnit 6.
 */
public final class AliyunMockExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(AliyunMockExtension.class);

  /** Parameter types resolved, by name, so that no optional SDK class is loaded to compare. */
  private static final List<String> RESOLVED_TYPES =
      List.of(
          "dev.aliyunmock.junit.AliyunMockHandle",
          "dev.aliyunmock.junit.AcsSdk",
          "dev.aliyunmock.junit.VpcSdk",
          "com.aliyuncs.DefaultAcsClient",
          "com.aliyuncs.IAcsClient",
          "com.aliyun.vpc20160428.Client",
          "com.github.tomakehurst.wiremock.WireMockServer",
          "com.github.tomakehurst.wiremock.client.WireMock",
          "dev.aliyunmock.server.AliyunMockServer",
          "dev.aliyunmock.AliyunMock");

  /** {@code null} for the instance {@code @AliyunMockTest} registers, which reads the annotation. */
  private final MockConfiguration configuration;

  /** The instance {@link AliyunMockTest} registers; in code, use {@link #builder()}. */
  public AliyunMockExtension() {
    this(null);
  }

  private AliyunMockExtension(MockConfiguration configuration) {
    this.configuration = configuration;
  }

  /** Starts the programmatic form; every option has the annotation's default. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ callbacks

  @Override
  public void beforeAll(ExtensionContext context) {
    binding(context).filter(this::inCharge).ifPresent(b -> server(b, context));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<ClassBinding> binding = binding(context);
    if (binding.isEmpty() || !inCharge(binding.get())) {
      return;
    }
    ClassServer server = server(binding.get(), context);
    if (server.resetPolicy() == ResetPolicy.BEFORE_EACH) {
      compute(
          context.getStore(NAMESPACE),
          ClassServer.TestLease.class,
          k -> server.beginTest(context.getDisplayName()),
          ClassServer.TestLease.class);
    }
    CallRecorder.begin(context, server.handle());
  }

  /** A failed test's API calls go with its failure ({@link CallRecorder}). */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (binding(context).filter(this::inCharge).isPresent()) {
      CallRecorder.afterTest(context, System.out);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return RESOLVED_TYPES.contains(parameterContext.getParameter().getType().getName())
        && binding(extensionContext).filter(this::inCharge).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    ClassBinding b = binding(extensionContext).orElseThrow();
    AliyunMockHandle handle = server(b, extensionContext).handle();
    return switch (parameterContext.getParameter().getType().getName()) {
      case "dev.aliyunmock.junit.AliyunMockHandle" -> handle;
      case "dev.aliyunmock.junit.AcsSdk" -> handle.sdk();
      case "dev.aliyunmock.junit.VpcSdk" -> handle.vpc();
      case "com.aliyuncs.DefaultAcsClient", "com.aliyuncs.IAcsClient" -> handle.sdk().client();
      case "com.aliyun.vpc20160428.Client" -> handle.vpc().client();
      case "com.github.tomakehurst.wiremock.WireMockServer" -> handle.wireMockServer();
      case "com.github.tomakehurst.wiremock.client.WireMock" -> handle.wireMock();
      case "dev.aliyunmock.server.AliyunMockServer" -> handle.server();
      default -> handle.mock();
    };
  }

  // ------------------------------------------------------------------ which mock

  private Optional<ClassBinding> binding(ExtensionContext context) {
    return ClassBinding.find(context, configuration == null);
  }

  /** Whether this instance, among those JUnit may call for one context, is the one in charge. */
  private boolean inCharge(ClassBinding b) {
    return b.registered() == null ? configuration == null : b.registered() == this;
  }

  /** The configuration of a {@code @RegisterExtension} instance; {@code null} for the annotation's. */
  MockConfiguration configuration() {
    return configuration;
  }

  /** The server of a binding, started on first use and kept in its class's store. */
  private static ClassServer server(ClassBinding b, ExtensionContext context) {
    Store store = b.classContext().getStore(NAMESPACE);
    ClassLoader loader = b.testClass().getClassLoader();
    return compute(store, new ServerKey(b.testClass()), k -> ClassServer.start(b.config(), loader), ClassServer.class);
  }

  /** The key of a class's server: a nested class with its own configuration has its own. */
  private record ServerKey(Class<?> testClass) {}

  @SuppressWarnings("deprecation") // JUnit 6 prefers computeIfAbsent, which JUnit 5 lacks
  private static <K, V> V compute(Store store, K key, Function<K, V> create, Class<V> type) {
    return store.getOrComputeIfAbsent(key, create, type);
  }

  // ------------------------------------------------------------------ builder

  /**
   * Configures the programmatic form. Options and defaults are those of {@link AliyunMockTest};
   * fixtures may also be written in Java ({@link Fixture}) or given as JSON text.
   *
   * <pre>{@code
   * @RegisterExtension
   * static AliyunMockExtension mock =
   *     AliyunMockExtension.builder()
   *         .defaultWorld()                                  // the built-in world, plus:
   *         .fixtureResources("worlds/vbr.json")
   *         .fixtures(Fixture.builder().region("eu-central-1").build())
   *         .auth(AuthMode.OFF)
   *         .transitions("poll:3")
   *         .reset(ResetPolicy.BEFORE_EACH)
   *         .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<FixtureSource> fixtures = new ArrayList<>();
    private AuthMode auth = AuthMode.STRICT;
    private String transitions = "poll";
    private ResetPolicy reset = ResetPolicy.BEFORE_EACH;
    private String containerImage;

    private Builder() {}

    static MockConfiguration defaults(String origin) {
      Builder b = new Builder();
      return new MockConfiguration(b.fixtures, b.auth, b.transitions, b.reset, b.containerImage, origin);
    }

    /** Adds fixture documents from classpath resources (from the root of the class path). */
    public Builder fixtureResources(String... paths) {
      for (String p : paths) {
        fixtures.add(new FixtureSource.Resource(Objects.requireNonNull(p)));
      }
      return this;
    }

    /** Adds the built-in default world (it is the world only when no fixture is given). */
    public Builder defaultWorld() {
      return fixtureResources(AliyunMockTest.DEFAULT_WORLD);
    }

    /** Adds fixtures written in Java. */
    public Builder fixtures(Fixture... documents) {
      for (Fixture f : documents) {
        fixtures.add(new FixtureSource.Json(f.toJson(), "fixture #" + (fixtures.size() + 1) + " (Fixture)"));
      }
      return this;
    }

    /** Adds a fixture document given as JSON text. */
    public Builder fixtureJson(String json) {
      fixtures.add(new FixtureSource.Json(Objects.requireNonNull(json), "fixture #" + (fixtures.size() + 1) + " (JSON text)"));
      return this;
    }

    public Builder auth(AuthMode mode) {
      this.auth = Objects.requireNonNull(mode);
      return this;
    }

    /** The transition mode as text: {@code poll}, {@code poll:N}, {@code after:30s}, {@code manual}. */
    public Builder transitions(String mode) {
      this.transitions = Objects.requireNonNull(mode);
      return this;
    }

    public Builder transitions(TransitionMode mode) {
      return transitions(mode.toString());
    }

    public Builder reset(ResetPolicy policy) {
      this.reset = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * Runs the mock in a container of {@link AliyunMockTest#DEFAULT_IMAGE} instead of in this JVM
     * (needs {@code dev.aliyunmock:aliyun-mock-testcontainers} on the test class path); see {@link
     * AliyunMockTest#container()}.
     */
    public Builder container() {
      return container(AliyunMockTest.DEFAULT_IMAGE);
    }

    /** Runs the mock in a container of this image instead of in this JVM. */
    public Builder container(String image) {
      if (Objects.requireNonNull(image).isBlank()) {
        throw new IllegalArgumentException("the image must be named, e.g. " + AliyunMockTest.DEFAULT_IMAGE);
      }
      this.containerImage = image.trim();
      return this;
    }

    /** The extension, holding this configuration only; nothing starts until a class runs. */
    public AliyunMockExtension build() {
      return new AliyunMockExtension(
          new MockConfiguration(fixtures, auth, transitions, reset, containerImage, "AliyunMockExtension"));
    }
  }
}
