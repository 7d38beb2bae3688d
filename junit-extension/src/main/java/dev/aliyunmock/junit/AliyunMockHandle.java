package dev.aliyunmock.junit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.server.AliyunMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A test's handle on its running mock, injected by {@link AliyunMockExtension} into any test,
 * lifecycle method or constructor parameter of this type: where it listens, its accounts, clients
 * of the official SDKs pointed at it, the state of its resources, more fixtures, the transitions
 * under way, and WireMock itself (stubs, fault injection, the request journal, {@code verify}).
 *
 * <pre>{@code
 * @AliyunMockTest
 * class HandleTour {
 *   @Test
 *   void tour(AliyunMockHandle mock) throws Exception {
 *     String endpoint = mock.endpoint();                         // "127.0.0.1:PORT"
 *     Account me = mock.account();                               // the world's first account
 *     mock.sdk().client().getAcsResponse(connect("ri-hangzhou0initiator001"));
 *     assertThat(mock.routerInterface("ri-hangzhou0initiator001").status()).isEqualTo(Status.CONNECTING);
 *     mock.completeTransitions();                                // both sides Active now
 *     mock.loadFixtures(Fixture.builder().region("eu-central-1").build());
 *     mock.wireMockServer().stubFor(any(anyUrl()).atPriority(1)
 *         .withHeader("x-acs-action", equalTo("DescribeRouterInterfaces"))
 *         .willReturn(aResponse().withStatus(503)));            // fault injection
 *     mock.wireMock().verifyThat(1, postRequestedFor(urlPathEqualTo("/")));
 *   }
 * }
 * }</pre>
 *
 * Safe to use from several threads. Its clients live as long as the class's server.
 *
 * <p>With {@code @AliyunMockTest(container = true)} the mock runs in a container and the handle
 * does the same through the admin API ({@code /__admin/aliyun/*}): the state is read from {@code
 * GET /__admin/aliyun/state} (so {@link #routerInterface} returns a copy as of the call, as it
 * does in process), fixtures, transitions, the clock and resets are posted, and {@link
 * #wireMock()} is a client of the container's WireMock. Only {@link #wireMockServer()}, {@link
 * #server()} and {@link #mock()}, which are the in-process objects, throw {@link
 * UnsupportedOperationException} there.
 */
public final class AliyunMockHandle {
  private final MockBackend backend;
  private final ClassLoader loader;
  private final Map<String, Object> clients = new ConcurrentHashMap<>();
  private volatile WireMock wireMockClient;
  /** Where the calls of the test running on this thread begin ({@link CallRecorder}). */
  private final ThreadLocal<Long> testStart = new ThreadLocal<>();
  private volatile long latestTestStart;

  AliyunMockHandle(AliyunMockServer server, ClassLoader loader) {
    this(new InProcessBackend(server), loader);
  }

  AliyunMockHandle(MockBackend backend, ClassLoader loader) {
    this.backend = Objects.requireNonNull(backend);
    this.loader = loader;
  }

  // ------------------------------------------------------------------ where

  /** {@code 127.0.0.1:PORT}, as the SDKs take an endpoint ({@code setSysEndpoint}, {@code Config.setEndpoint}). */
  public String endpoint() {
    return backend.endpoint();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return backend.baseUrl();
  }

  public int port() {
    return backend.port();
  }

  // ------------------------------------------------------------------ who

  /** The accounts of the world, in load order, with their access keys. */
  public List<Account> accounts() {
    return backend.accounts();
  }

  /** The world's first account: the one the default clients sign as. */
  public Account account() {
    List<Account> all = accounts();
    if (all.isEmpty()) {
      throw new NoSuchElementException("the mock's world has no account");
    }
    return all.get(0);
  }

  /** An account by its owner id or its access key id. */
  public Account account(String ownerIdOrAccessKeyId) {
    return accounts().stream()
        .filter(a -> a.ownerId().equals(ownerIdOrAccessKeyId) || a.accessKeyId().equals(ownerIdOrAccessKeyId))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no account '" + ownerIdOrAccessKeyId + "' in the mock (it has " + accounts() + ")"));
  }

  /** The world's first region: the one the default clients use. */
  public String regionId() {
    return backend.regionId();
  }

  // ------------------------------------------------------------------ clients

  /** The official SDK v1 as the first account, pointed at the mock. Needs aliyun-java-sdk-core. */
  public AcsSdk sdk() {
    return sdk(account());
  }

  /** The official SDK v1 as an account, pointed at the mock. Needs aliyun-java-sdk-core. */
  public AcsSdk sdk(Account account) {
    return (AcsSdk) clients.computeIfAbsent("acs\n" + key(account), k -> newAcsSdk(account));
  }

  private Object newAcsSdk(Account account) {
    requireClass("com.aliyuncs.DefaultAcsClient", "com.aliyun:aliyun-java-sdk-core");
    return new AcsSdk(endpoint(), account, regionId());
  }

  /** The client {@code com.aliyun.vpc20160428.Client} as the first account. Needs com.aliyun:vpc20160428. */
  public VpcSdk vpc() {
    return vpc(account());
  }

  /** The client {@code com.aliyun.vpc20160428.Client} as an account. Needs com.aliyun:vpc20160428. */
  public VpcSdk vpc(Account account) {
    return (VpcSdk) clients.computeIfAbsent("vpc\n" + key(account), k -> newVpcSdk(account));
  }

  private Object newVpcSdk(Account account) {
    requireClass("com.aliyun.vpc20160428.Client", "com.aliyun:vpc20160428");
    return new VpcSdk(endpoint(), account, regionId());
  }

  /** A client per account and keys: a reset may bring back an owner id with other keys. */
  private static String key(Account account) {
    return account.ownerId() + '\n' + account.accessKeyId() + '\n' + account.accessKeySecret();
  }

  private void requireClass(String className, String artifact) {
    try {
      Class.forName(className, false, loader == null ? getClass().getClassLoader() : loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ExtensionConfigurationException(
          "this needs " + className + ": add the test dependency " + artifact, e);
    }
  }

  // ------------------------------------------------------------------ state

  /**
   * A copy of a router interface as it is now, whoever owns it.
   *
   * @throws NoSuchElementException if the world has none of that id
   */
  public RouterInterface routerInterface(String routerInterfaceId) {
    return findRouterInterface(routerInterfaceId)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no router interface '" + routerInterfaceId + "' in the mock (it has "
                        + routerInterfaces().stream().map(RouterInterface::id).collect(Collectors.joining(", "))
                        + ")"));
  }

  /** A copy of a router interface as it is now, if there is one. */
  public Optional<RouterInterface> findRouterInterface(String routerInterfaceId) {
    return backend.routerInterface(routerInterfaceId);
  }

  /** The status of a router interface now (a shortcut for {@code routerInterface(id).status()}). */
  public Status status(String routerInterfaceId) {
    return routerInterface(routerInterfaceId).status();
  }

  /** Copies of every router interface of the world, in the order they were loaded or created. */
  public List<RouterInterface> routerInterfaces() {
    return backend.routerInterfaces();
  }

  /** The whole world as a fixture document (JSON), which loads back into the same state. */
  public String stateJson() {
    return backend.stateJson();
  }

  // ------------------------------------------------------------------ fixtures

  /**
   * Adds a fixture document (JSON) to the world: all of it or nothing.
   *
   * @throws IllegalArgumentException with the path-named message if it is refused
   */
  public AliyunMockHandle loadFixtures(String json) {
    backend.loadFixtures(json);
    return this;
  }

  /** Adds a fixture written in Java to the world: all of it or nothing. */
  public AliyunMockHandle loadFixtures(Fixture fixture) {
    return loadFixtures(fixture.toJson());
  }

  /**
   * Adds a fixture document from a classpath resource (from the root of the class path).
   *
   * @throws IllegalArgumentException if it is missing or refused
   */
  public AliyunMockHandle loadFixtureResource(String path) {
    String json;
    try {
      json = MockConfiguration.text(new MockOptions.FixtureSource.Resource(path), loader, "loadFixtureResource");
    } catch (ExtensionConfigurationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return loadFixtures(json);
  }

  /**
   * Returns now to the class's world: its fixtures, transition mode and the real clock, and clears
   * WireMock's stubs (but the API's), scenarios and request journal. What {@link
   * ResetPolicy#BEFORE_EACH} does before every test.
   */
  public void reset() {
    backend.reset();
  }

  // ------------------------------------------------------------------ transitions

  /** Ends every transition under way (Connecting → Active, …); returns how many ended. */
  public int completeTransitions() {
    return backend.completeTransitions();
  }

  /** Ends the transition involving this interface (and its peer); false if none was under way. */
  public boolean completeTransition(String routerInterfaceId) {
    return backend.completeTransition(routerInterfaceId);
  }

  /** Moves the world's clock forward, ending the {@code after:…} transitions now due. */
  public void advanceClock(Duration duration) {
    backend.advanceClock(duration);
  }

  /** Sets the mode of the transitions that begin from now on (until the next reset). */
  public void transitionMode(TransitionMode mode) {
    backend.transitionMode(mode);
  }

  /** Sets the mode of transitions that begin from now on involving this interface. */
  public void transitionMode(String routerInterfaceId, TransitionMode mode) {
    backend.transitionMode(routerInterfaceId, mode);
  }

  /** The transitions under way, oldest first. */
  public List<Transitions.Pending> pendingTransitions() {
    return backend.pendingTransitions();
  }

  // ------------------------------------------------------------------ calls

  /**
   * The API calls of the running test, oldest first: those the mock answered since the test began
   * (its {@code @BeforeEach} methods included), without signatures and with secrets masked. On a
   * thread that runs no test, those since the latest test began. What a failing test prints
   * ({@code docs/calls.md}); a typed complement to WireMock's {@code verify}.
   *
   * <pre>{@code
   * assertThat(mock.calls("ConnectRouterInterface"))
   *     .singleElement()
   *     .satisfies(c -> assertThat(c.resourceIds()).containsExactly("ri-a"));
   * }</pre>
   */
  public List<Call> calls() {
    Long start = testStart.get();
    return callsSince(start != null ? start : latestTestStart).calls();
  }

  /** The running test's calls of one action ({@code ConnectRouterInterface}), oldest first. */
  public List<Call> calls(String action) {
    return calls().stream().filter(c -> action.equals(c.action())).toList();
  }

  /**
   * The calls after a sequence number (0: every call the mock still holds, its last 1,000 by
   * default), with how many it no longer holds.
   */
  public Call.Page callsSince(long sequence) {
    return backend.calls(sequence);
  }

  /** The sequence number of the newest call the mock answered (0 before the first). */
  public long lastCallSequence() {
    return backend.calls(Long.MAX_VALUE).lastSequence();
  }

  void beginTest(long sequence) {
    testStart.set(sequence);
    latestTestStart = sequence;
  }

  /**
   * The dashboard's address ({@code http://127.0.0.1:PORT/__admin/aliyun/ui}): the world, the pairs
   * and the calls, live, in a browser ({@code docs/dashboard.md}).
   */
  public String dashboardUrl() {
    return baseUrl() + AdminApi.Route.DASHBOARD.path();
  }

  // ------------------------------------------------------------------ WireMock and the rest

  /**
   * WireMock's server: {@code stubFor}, {@code verify}, {@code getAllServeEvents}, scenarios.
   *
   * @throws UnsupportedOperationException when the mock runs in a container (use {@link #wireMock()})
   */
  public WireMockServer wireMockServer() {
    return backend.inProcess("wireMockServer()").server().wireMock();
  }

  /**
   * A WireMock client of this server ({@code register}, {@code verifyThat}, {@code find}); over
   * HTTP when the mock runs in a container.
   */
  public WireMock wireMock() {
    WireMock w = wireMockClient;
    if (w == null) {
      synchronized (this) {
        if (wireMockClient == null) {
          wireMockClient = backend.newWireMockClient();
        }
        w = wireMockClient;
      }
    }
    return w;
  }

  /**
   * The running server.
   *
   * @throws UnsupportedOperationException when the mock runs in a container
   */
  public AliyunMockServer server() {
    return backend.inProcess("server()").server();
  }

  /**
   * The mock engine: world, business rules, transitions.
   *
   * @throws UnsupportedOperationException when the mock runs in a container
   */
  public AliyunMock mock() {
    return backend.inProcess("mock()").server().mock();
  }

  @Override
  public String toString() {
    return "AliyunMockHandle[" + endpoint() + "]";
  }
}
