package dev.aliyunmock;

import dev.aliyunmock.actions.RouterInterfaceApi;
import dev.aliyunmock.model.Account;
import dev.aliyunmock.model.FixtureException;
import dev.aliyunmock.model.Fixtures;
import dev.aliyunmock.model.MockClock;
import dev.aliyunmock.model.RouterInterface;
import dev.aliyunmock.model.RouterInterfaces;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.model.Transitions;
import dev.aliyunmock.model.World;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.Gateway;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.protocol.auth.Acs3Authenticator;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.protocol.auth.CredentialStore;
import dev.aliyunmock.protocol.auth.NonceCache;
import dev.aliyunmock.protocol.auth.Principal;
import dev.aliyunmock.protocol.auth.RpcV1Authenticator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One mock of the router-interface API, independent of any HTTP server: a world, the actions on
 * it, and the gateway in front of them. The WireMock extension, the standalone jar and the JUnit
 * extension are thin adapters around it. Instances share nothing.
 *
 * <pre>{@code
 * AliyunMock mock = AliyunMock.builder().fixtures(json).auth(AuthMode.STRICT).build();
 * ApiResponse r = mock.handle(RpcRequest.builder("GET", "/?Action=...").build());
 * mock.transitions().completeAll();
 * mock.reset();
 * }</pre>
 */
public final class AliyunMock {
  /** The classpath resource holding the built-in default world. */
  public static final String DEFAULT_WORLD_RESOURCE = "/dev/aliyunmock/default-world.json";

  private final Settings settings;
  private final World world;
  private final RouterInterfaces routerInterfaces;
  private final RouterInterfaceApi api;
  private final Gateway gateway;
  private final List<Fixtures.Document> initial;
  private final String loadTime;
  private final CallLog callLog;

  private AliyunMock(Settings s, List<Fixtures.Document> initial) throws FixtureException {
    this.settings = s;
    this.initial = List.copyOf(initial);
    this.world = new World(new MockClock(s.clock), s.transitionMode);
    this.loadTime = world.clock().apiNow();
    Fixtures.replace(world, this.initial, loadTime);
    this.routerInterfaces = new RouterInterfaces(world);
    this.api = new RouterInterfaceApi(routerInterfaces);
    CredentialStore credentials = new WorldCredentials(world);
    NonceCache nonces = new NonceCache();
    this.gateway =
        new Gateway(
            api,
            new RpcV1Authenticator(s.auth, credentials, nonces, s.clock),
            new Acs3Authenticator(s.auth, credentials, nonces, s.clock),
            s.bugs);
    this.callLog = s.callLog == null ? null : new CallLog(s.callLog, s.verbose, s.clock);
  }

  /** Starts a configuration; {@link Builder#build()} makes the mock. */
  public static Builder builder() {
    return new Builder();
  }

  /** Answers one API request; never throws. */
  public ApiResponse handle(RpcRequest request) {
    ApiResponse response = gateway.handle(request);
    if (callLog != null) {
      callLog.log(request, response);
    }
    return response;
  }

  /**
   * Answers a request the HTTP layer refused before the gateway could see it whole (a body too
   * large or too slow, a request Jetty could not parse): the error follows the request's {@code
   * Version} and {@code Format} as far as they were read, and the call log shows it like any call.
   */
  public ApiResponse refuse(RpcRequest request, dev.aliyunmock.api.ApiException e) {
    ApiResponse response = gateway.refuse(request, e);
    if (callLog != null) {
      callLog.log(request, response);
    }
    return response;
  }

  /** The gateway, for adapters that must render an error for a request they refused themselves. */
  public Gateway gateway() {
    return gateway;
  }

  /** The world: accounts, routers, interfaces. Hold {@link World#locked} to read it consistently. */
  public World world() {
    return world;
  }

  /** The controls over transient statuses: modes, completion, the clock. */
  public Transitions transitions() {
    return world.transitions();
  }

  /** The business rules, for direct calls from Java tests. */
  public RouterInterfaces routerInterfaces() {
    return routerInterfaces;
  }

  /** The actions served and their dialects. */
  public RouterInterfaceApi api() {
    return api;
  }

  public AuthMode authMode() {
    return settings.auth;
  }

  /** The whole state as a fixture document (JSON), which loads back into the same state. */
  public String stateJson() {
    return Fixtures.dump(world);
  }

  /** A copy of one router interface as it is now, whoever owns it. */
  public Optional<RouterInterface> routerInterface(String id) {
    return world.locked(() -> world.routerInterface(id).map(RouterInterface::copy));
  }

  /** The accounts of the world, in load order. */
  public List<Account> accounts() {
    return world.locked(() -> new ArrayList<>(world.accounts()));
  }

  /** The regions of the world, in load order. */
  public List<String> regions() {
    return world.locked(() -> new ArrayList<>(world.regions()));
  }

  /** This mock's version, from the build ({@code dev} when run from unpackaged classes). */
  public static String version() {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = AliyunMock.class.getResourceAsStream("/dev/aliyunmock/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "dev"
    }
    return p.getProperty("version", "dev");
  }

  /** Adds a fixture document (JSON) to the world: all of it or, with the exception, none. */
  public void loadFixtures(String json) throws FixtureException {
    Fixtures.load(world, Fixtures.parse(json));
  }

  /**
   * Returns to the world the mock started with: its fixtures (dated as then), no transitions under
   * way but those of its transient interfaces, the configured transition mode, the real clock.
   */
  public void reset() {
    world.clock().reset();
    world.transitions().setDefaultMode(settings.transitionMode);
    try {
      Fixtures.replace(world, initial, loadTime);
    } catch (FixtureException e) {
      throw new IllegalStateException("the initial fixtures loaded once, so they load again", e);
    }
  }

  /** Reads the built-in default world. */
  public static String defaultWorldJson() {
    try (InputStream in = AliyunMock.class.getResourceAsStream(DEFAULT_WORLD_RESOURCE)) {
      return new String(Objects.requireNonNull(in, DEFAULT_WORLD_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in world, parsed once per JVM (on first use) and never changed: later starts skip it. */
  private static final class DefaultWorld {
    static final Fixtures.Document DOCUMENT = parse();

    private static Fixtures.Document parse() {
      try {
        return Fixtures.parse(defaultWorldJson()).frozen();
      } catch (FixtureException e) {
        throw new IllegalStateException("the built-in default world is a valid fixture", e);
      }
    }
  }

  /** The settings of a mock. */
  private static final class Settings {
    AuthMode auth = AuthMode.STRICT;
    TransitionMode transitionMode = TransitionMode.DEFAULT;
    Clock clock = Clock.systemUTC();
    List<String> fixtures = new ArrayList<>();
    List<Fixtures.Document> documents = new ArrayList<>();
    Consumer<Throwable> bugs = Throwable::printStackTrace;
    Consumer<String> callLog;
    boolean verbose;

    /** These settings less the fixtures, which the built mock holds parsed. */
    Settings withoutFixtures() {
      Settings c = new Settings();
      c.auth = auth;
      c.transitionMode = transitionMode;
      c.clock = clock;
      c.bugs = bugs;
      c.callLog = callLog;
      c.verbose = verbose;
      return c;
    }
  }

  /**
   * Configures an {@link AliyunMock}.
   *
   * <pre>{@code
   * AliyunMock.builder()
   *     .fixtures(Files.readString(path))     // none: the built-in default world
   *     .auth(AuthMode.OFF)
   *     .transitions(TransitionMode.parse("manual"))
   *     .callLog(System.out::println)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Settings s = new Settings();

    private Builder() {}

    /** Adds a fixture document (JSON text); with none, the mock starts on the default world. */
    public Builder fixtures(String json) {
      s.fixtures.add(Objects.requireNonNull(json));
      return this;
    }

    /** Adds an already parsed fixture document. */
    public Builder fixtures(Fixtures.Document document) {
      s.documents.add(Objects.requireNonNull(document));
      return this;
    }

    public Builder auth(AuthMode mode) {
      s.auth = Objects.requireNonNull(mode);
      return this;
    }

    /** The default transition mode ({@link TransitionMode#DEFAULT}: seen once, then final). */
    public Builder transitions(TransitionMode mode) {
      s.transitionMode = Objects.requireNonNull(mode);
      return this;
    }

    /** The real clock signatures are checked against; the world's clock starts from it. */
    public Builder clock(Clock clock) {
      s.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** Where the mock reports its own bugs (answered as InternalError); default: stderr. */
    public Builder onBug(Consumer<Throwable> sink) {
      s.bugs = Objects.requireNonNull(sink);
      return this;
    }

    /** Receives one readable line per API call; {@code verbose} adds request and response. */
    public Builder callLog(Consumer<String> sink, boolean verbose) {
      s.callLog = sink;
      s.verbose = verbose;
      return this;
    }

    /**
     * Builds the mock.
     *
     * @throws FixtureException if a fixture document is refused (nothing is served)
     */
    public AliyunMock build() throws FixtureException {
      List<Fixtures.Document> docs = new ArrayList<>();
      for (String json : s.fixtures) {
        docs.add(Fixtures.parse(json));
      }
      docs.addAll(s.documents);
      if (docs.isEmpty()) {
        docs.add(DefaultWorld.DOCUMENT);
      }
      // The mock keeps the parsed documents (for reset), never their text: a large fixture's
      // text is as big again as the world it describes.
      return new AliyunMock(s.withoutFixtures(), docs);
    }
  }

  /** Access keys as the gateway needs them, read from the world without its lock. */
  private record WorldCredentials(World world) implements CredentialStore {
    @Override
    public Optional<Principal> byAccessKeyId(String accessKeyId) {
      return world.accountByKey(accessKeyId).map(WorldCredentials::principal);
    }

    @Override
    public Optional<Principal> fallback() {
      return world.locked(() -> world.firstAccount().map(WorldCredentials::principal));
    }

    private static Principal principal(Account a) {
      return new Principal(a.accessKeyId(), a.accessKeySecret(), a.ownerId());
    }
  }
}
