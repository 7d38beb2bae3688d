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
    /**
     * The recent API calls, oldest first ({@link Fields#CALLS}, each a {@link Call}), after the
     * sequence number given as the query parameter {@link Fields#SINCE}, at most {@link
     * Fields#LIMIT} (the newest); with {@link Fields#LAST_SEQUENCE} and {@link Fields#OMITTED}.
     */
    CALLS("GET", "/aliyun/calls"),
    /**
     * The world at a glance, without a secret: accounts, regions, each kind's resources (at most
     * {@link Fields#LIMIT} of each, those matching the query parameter {@link Fields#QUERY}), with
     * the totals and the transitions under way. What the dashboard draws.
     */
    OVERVIEW("GET", "/aliyun/overview"),
    /** The dashboard: an HTML page served by the mock, its assets under {@link #DASHBOARD_ASSET}. */
    DASHBOARD("GET", "/aliyun/ui"),
    /** The dashboard's script, style sheet and icon, by file name. */
    DASHBOARD_ASSET("GET", "/aliyun/ui/{file}"),
    /** Redirects to the dashboard (303). */
    ROOT("GET", "/aliyun"),
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

    /** Query parameter of {@link Route#CALLS}: the calls after this sequence number (default 0: all held). */
    public static final String SINCE = "since";
    /** Query parameter of {@link Route#CALLS} and {@link Route#OVERVIEW}: at most this many items. */
    public static final String LIMIT = "limit";
    /** Query parameter of {@link Route#OVERVIEW}: only resources any of whose values contains this text. */
    public static final String QUERY = "q";

    /** Calls: the sequence number of the newest call the mock made (0: none yet). */
    public static final String LAST_SEQUENCE = "LastSequence";
    /** Calls: how many calls after {@code since} this answer leaves out (no longer held, or beyond the limit). */
    public static final String OMITTED = "Omitted";
    /** Calls: the calls, oldest first. */
    public static final String CALLS = "Calls";
    /** A call: its sequence number, from 1, in the order the mock answered. */
    public static final String SEQUENCE = "Sequence";
    /** A call: when it was answered (ISO-8601 instant, the real clock). */
    public static final String TIME = "Time";
    /** A call: the RequestId of its answer. */
    public static final String REQUEST_ID = "RequestId";
    /** A call: the action it named. */
    public static final String ACTION = "Action";
    /** A call: the API version it named ({@code 2016-04-28}, {@code 2014-05-26}). */
    public static final String API_VERSION = "ApiVersion";
    /** A call, a resource: the region. */
    public static final String REGION_ID = "RegionId";
    /** A call: the resources it named or created. */
    public static final String RESOURCE_IDS = "ResourceIds";
    /** A call: the HTTP status of its answer. */
    public static final String HTTP_STATUS = "HttpStatus";
    /** A call: its error code, {@code null} on success. */
    public static final String CODE = "Code";
    /** A call: its parameters, signatures removed and secrets masked. */
    public static final String PARAMETERS = "Parameters";

    /** Overview: the world's clock now. */
    public static final String CLOCK = "Clock";
    /** Overview: the accounts (never their secrets). */
    public static final String ACCOUNTS = "Accounts";
    /** Overview: how many resources of each kind the world holds, by section name. */
    public static final String TOTALS = "Totals";
    /** Overview: the resources shown, by section name ({@code RouterInterfaces}, {@code Routers}, …). */
    public static final String RESOURCES = "Resources";
    /** Overview: the transitions under way, as {@link Route#TRANSITIONS} gives them. */
    public static final String TRANSITIONS = "Transitions";

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
