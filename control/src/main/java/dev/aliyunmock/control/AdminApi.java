package dev.aliyunmock.control;

/**
 * The mock's admin API, described once: its routes and the names of the fields of its bodies. The
 * server's routes, the JUnit extension's remote backend, the Testcontainers class and the contract
 * suite all read this description, so a path or a field is spelt in one place.
 *
 * <pre>{@code
 * URI state = URI.create(baseUrl + AdminApi.Route.STATE.path());     // GET, the world as a fixture document
 * }</pre>
 */
public final class AdminApi {
  /** Where WireMock's admin API, and this one under it, is served. */
  public static final String PREFIX = "/__admin";

  private AdminApi() {}

  /** One route: method and path. */
  public enum Route {
    /** WireMock's own readiness route: 200 once the server serves. */
    HEALTH("GET", "/health"),
    /** The whole world as a fixture document (it loads back into the same world). */
    STATE("GET", "/aliyun/state"),
    /** Who and what the mock is: version, the default account, regions, options in force. */
    INFO("GET", "/aliyun/info"),
    /** Loads a fixture document into the world, all or nothing; 400 with the refusal. */
    FIXTURES("POST", "/aliyun/fixtures"),
    /** Back to the world the server started with. */
    RESET("POST", "/aliyun/reset"),
    /** The default transition mode and the transitions under way. */
    TRANSITIONS("GET", "/aliyun/transitions"),
    /** Ends all transitions, or one resource's ({@link Fields#ROUTER_INTERFACE_ID}). */
    COMPLETE_TRANSITIONS("POST", "/aliyun/transitions/complete"),
    /** Sets the transition mode, globally or for one resource. */
    TRANSITION_MODE("POST", "/aliyun/transitions/mode"),
    /** Moves the world's clock forward ({@link Fields#DURATION}). */
    ADVANCE_CLOCK("POST", "/aliyun/clock/advance"),
    /** WireMock's own reset: stubs, scenarios, request journal. */
    WIREMOCK_RESET("POST", "/reset");

    private final String method;
    private final String pathUnderPrefix;

    Route(String method, String pathUnderPrefix) {
      this.method = method;
      this.pathUnderPrefix = pathUnderPrefix;
    }

    /** The HTTP method. */
    public String method() {
      return method;
    }

    /** The full path, e.g. {@code /__admin/aliyun/state}. */
    public String path() {
      return PREFIX + pathUnderPrefix;
    }

    /** The path under {@link #PREFIX}, as WireMock's admin router takes it, e.g. {@code /aliyun/state}. */
    public String pathUnderPrefix() {
      return pathUnderPrefix;
    }
  }

  /** The names of the fields of the admin API's request and response bodies. */
  public static final class Fields {
    private Fields() {}

    /** Requests: the resource a transition control applies to. */
    public static final String ROUTER_INTERFACE_ID = "RouterInterfaceId";
    /** Requests: a transition mode ({@code poll}, {@code poll:N}, {@code after:PT30S}, {@code manual}). */
    public static final String MODE = "Mode";
    /** Requests: an ISO-8601 duration ({@code PT30S}). */
    public static final String DURATION = "Duration";

    /** Transitions: the default mode. */
    public static final String DEFAULT_MODE = "DefaultMode";
    /** Transitions: the transitions under way. */
    public static final String PENDING = "Pending";
    /** A pending transition: what it does ({@code CONNECT}, {@code ACTIVATE}, …). */
    public static final String KIND = "Kind";
    /** A pending transition: the resources it moves. */
    public static final String ROUTER_INTERFACE_IDS = "RouterInterfaceIds";
    /** A pending transition: reads left before a poll-mode transition ends. */
    public static final String POLLS_LEFT = "PollsLeft";
    /** A pending transition: when a timed transition ends, on the world's clock. */
    public static final String DUE_AT = "DueAt";

    /** Info: the mock's version. */
    public static final String VERSION = "Version";
    /** Info: the world's first account ({@code OwnerId}, {@code AccessKeyId}, {@code AccessKeySecret}). */
    public static final String DEFAULT_ACCOUNT = "DefaultAccount";
    /** Info: the world's regions, in load order. */
    public static final String REGIONS = "Regions";
    /** Info: the authentication mode in force. */
    public static final String AUTH = "Auth";
    /** An account: its id. */
    public static final String OWNER_ID = "OwnerId";
    /** An account: its access key id. */
    public static final String ACCESS_KEY_ID = "AccessKeyId";
    /** An account: its access key secret. */
    public static final String ACCESS_KEY_SECRET = "AccessKeySecret";

    /** Refusals (4xx): what is wrong, e.g. the path-named refusal of a fixture document. */
    public static final String MESSAGE = "message";

    /** Answer of {@link Route#FIXTURES}: {@code true} once the document is loaded. */
    public static final String LOADED = "loaded";
    /** Answer of {@link Route#RESET}: {@code true} once the world is back to its start. */
    public static final String RESET = "reset";
    /** Answer of {@link Route#COMPLETE_TRANSITIONS}: how many transitions ended. */
    public static final String COMPLETED = "completed";
    /** Answer of {@link Route#TRANSITION_MODE}: the mode now in force, as text. */
    public static final String MODE_SET = "mode";
    /** Answer of {@link Route#ADVANCE_CLOCK}: the duration the clock moved, as given. */
    public static final String ADVANCED = "advanced";
  }
}
