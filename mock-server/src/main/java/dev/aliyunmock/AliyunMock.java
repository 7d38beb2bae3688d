package dev.aliyunmock;

import dev.aliyunmock.calls.CallJournal;
import dev.aliyunmock.calls.CallRecord;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.fixtures.FixtureDocument;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureLoader;
import dev.aliyunmock.fixtures.FixtureParser;
import dev.aliyunmock.fixtures.FixtureWriter;
import dev.aliyunmock.protocol.ActionTable;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.Gateway;
import dev.aliyunmock.protocol.RpcRequest;
import dev.aliyunmock.protocol.auth.Authenticator;
import dev.aliyunmock.protocol.auth.CredentialStore;
import dev.aliyunmock.protocol.auth.NonceCache;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.world.MockClock;
import dev.aliyunmock.world.Snapshot;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.world.World;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One mock of the API, independent of any HTTP server: a world, the actions on it, and the gateway
 * in front of them. The WireMock extension, the standalone jar and the JUnit extension are thin
 * adapters around it. Instances share nothing.
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

  private static final FixtureParser PARSER = new FixtureParser(Kinds.SCHEMA);
  private static final FixtureLoader LOADER = new FixtureLoader(Kinds.SCHEMA);
  private static final FixtureWriter WRITER = new FixtureWriter(Kinds.SCHEMA);

  private final Settings settings;
  private final World world;
  private final ActionTable actions;
  private final Gateway gateway;
  private final List<FixtureDocument> initial;
  private final String loadTime;
  private final CallLog callLog;
  private final CallJournal calls;

  private AliyunMock(Settings s, List<FixtureDocument> initial) throws FixtureException {
    this.settings = s;
    this.initial = List.copyOf(initial);
    this.world = new World(new MockClock(s.clock), s.transitionMode, Kinds.stores());
    this.loadTime = world.clock().apiNow();
    LOADER.replace(world, this.initial, loadTime);
    this.actions = new ActionTable(Kinds.actions(world));
    CredentialStore credentials = new WorldCredentials(world);
    NonceCache nonces = new NonceCache();
    this.gateway = new Gateway(actions, new Authenticator(s.auth, credentials, nonces, s.clock), s.bugs);
    this.callLog = s.callLog == null ? null : new CallLog(s.callLog, s.verbose, s.clock);
    this.calls = new CallJournal(s.recentCalls);
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
    record(request, response);
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
    record(request, response);
    return response;
  }

  private void record(RpcRequest request, ApiResponse response) {
    String owner = response.caller() == null ? null : world.accountByKey(response.caller()).map(Account::ownerId).orElse(null);
    calls.add(CallRecord.of(request, response, owner, settings.clock.instant()));
  }

  /**
   * The recent API calls (the last {@link CallJournal#DEFAULT_CAPACITY} unless {@link
   * Builder#recentCalls} says otherwise), without signatures or secrets; a reset does not clear
   * them. What the dashboard lists and a failing JUnit test reports.
   */
  public CallJournal calls() {
    return calls;
  }

  /** The gateway, for adapters that must render an error for a request they refused themselves. */
  public Gateway gateway() {
    return gateway;
  }

  /** The world: read and change it only through its transactions. */
  public World world() {
    return world;
  }

  /** The controls over transient statuses: modes, completion, the clock. */
  public Transitions transitions() {
    return world.transitions();
  }

  /** The actions served, with the API versions each exists in. */
  public ActionTable actions() {
    return actions;
  }

  public AuthMode authMode() {
    return settings.auth;
  }

  /** The whole state as a fixture document (JSON), which loads back into the same state. */
  public String stateJson() {
    return WRITER.dump(world);
  }

  /** A copy of one router interface as it is now, whoever owns it. */
  public Optional<RouterInterface> routerInterface(String id) {
    return world.read(view -> view.store(RouterInterfaceStore.KEY).acrossAccounts(id).map(RouterInterface::copy));
  }

  /** Copies of every router interface, in creation order. */
  public List<RouterInterface> routerInterfaces() {
    return world.read(
        view -> {
          List<RouterInterface> out = new ArrayList<>();
          view.store(RouterInterfaceStore.KEY).all().forEach(ri -> out.add(ri.copy()));
          return out;
        });
  }

  /** The accounts of the world, in load order. */
  public List<Account> accounts() {
    return world.read(view -> new ArrayList<>(view.accounts()));
  }

  /** The regions of the world, in load order. */
  public List<String> regions() {
    return world.read(view -> new ArrayList<>(view.regions()));
  }

  /** Adds a fixture document (JSON) to the world: all of it or, with the exception, none. */
  public void loadFixtures(String json) throws FixtureException {
    LOADER.load(world, PARSER.parse(json));
  }

  /**
   * Returns to the world the mock started with, in one step: its fixtures (dated as then), no
   * transitions under way but those of its transient interfaces, the configured transition mode,
   * the real clock.
   */
  public void reset() {
    world.clock().reset();
    world.transitions().setDefaultMode(settings.transitionMode);
    try {
      LOADER.replace(world, initial, loadTime);
    } catch (FixtureException e) {
      throw new IllegalStateException("the initial fixtures loaded once, so they load again", e);
    }
  }

  /** The whole world as it is now (resources, transitions), to {@link #restore} later. */
  public Snapshot snapshot() {
    return world.snapshot();
  }

  /** Puts the world back to a snapshot taken of this mock, in one step. */
  public void restore(Snapshot snapshot) {
    world.restore(snapshot);
  }

  /**
   * Parses a fixture document against the format of this build.
   *
   * @throws FixtureException naming the path of the first problem
   */
  public static FixtureDocument parseFixture(String json) throws FixtureException {
    return PARSER.parse(json);
  }

  /** Reads the built-in default world. */
  public static String defaultWorldJson() {
    return BuiltIns.defaultWorldJson();
  }

  /** This mock's version, from the build ({@code dev} when run from unpackaged classes). */
  public static String version() {
    return BuiltIns.version();
  }

  /** The settings of a mock. */
  private static final class Settings {
    AuthMode auth = AuthMode.STRICT;
    TransitionMode transitionMode = TransitionMode.DEFAULT;
    Clock clock = Clock.systemUTC();
    Consumer<Throwable> bugs = Throwable::printStackTrace;
    Consumer<String> callLog;
    boolean verbose;
    int recentCalls = CallJournal.DEFAULT_CAPACITY;
  }

  /**
   * Configures an {@link AliyunMock}.
   *
   * <pre>{@code
   * AliyunMock.builder()
   *     .fixtures(Files.readString(path))     // none: the built-in default world
   *     .auth(AuthMode.OFF)
   *     .transitions(TransitionMode.parse("manual"))
   *     .callLog(System.out::println, false)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Settings s = new Settings();
    private final List<String> texts = new ArrayList<>();
    private final List<FixtureDocument> documents = new ArrayList<>();

    private Builder() {}

    /** Adds a fixture document (JSON text); with none, the mock starts on the default world. */
    public Builder fixtures(String json) {
      texts.add(Objects.requireNonNull(json));
      return this;
    }

    /** Adds an already parsed fixture document ({@link AliyunMock#parseFixture}). */
    public Builder fixtures(FixtureDocument document) {
      documents.add(Objects.requireNonNull(document));
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

    /** How many recent calls {@link AliyunMock#calls()} keeps (default {@value CallJournal#DEFAULT_CAPACITY}). */
    public Builder recentCalls(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("recentCalls must be at least 1, not " + capacity);
      }
      s.recentCalls = capacity;
      return this;
    }

    /**
     * Builds the mock.
     *
     * @throws FixtureException if a fixture document is refused (nothing is served)
     */
    public AliyunMock build() throws FixtureException {
      List<FixtureDocument> docs = new ArrayList<>();
      for (String json : texts) {
        docs.add(PARSER.parse(json));
      }
      docs.addAll(documents);
      if (docs.isEmpty()) {
        docs.add(BuiltIns.defaultWorld());
      }
      // The mock keeps the parsed documents (for reset), never their text: a large fixture's
      // text is as big again as the world it describes.
      return new AliyunMock(s, docs);
    }
  }
}
