package dev.aliyunmock.support;

import dev.aliyunmock.server.AliyunMockServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * One server per test class on the class's world, reset before each test, with an SDK client of
 * the world's first account; the tests of a class take turns on it.
 *
 * <pre>{@code
 * class CreateRouterInterfaceTest extends SdkTestCase {
 *   @Override protected String world() { return LifecycleWorld.JSON; }
 *   @Test void … { sdk.call(request); }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
public abstract class SdkTestCase {
  protected AliyunMockServer server;
  protected Sdk sdk;
  private final List<Sdk> others = new ArrayList<>();

  /** The class's world as a fixture document, or {@code null} for the built-in default world. */
  protected abstract String world();

  /** A client of another account, shut down with the class. */
  protected Sdk sdkAs(String accessKeyId, String secret) {
    Sdk s = new Sdk(server, accessKeyId, secret);
    others.add(s);
    return s;
  }

  @BeforeAll
  final void startMock() {
    String world = world();
    server = world == null ? MockServers.start() : MockServers.start(m -> m.fixtures(world));
    sdk = new Sdk(server);
  }

  @AfterAll
  final void stopMock() {
    sdk.client().shutdown();
    others.forEach(s -> s.client().shutdown());
    server.close();
  }

  @BeforeEach
  final void resetMock() {
    server.mock().reset();
  }
}
