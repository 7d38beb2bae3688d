package dev.aliyunmock.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The options of one mock, whichever way it is started: the standalone jar's flags, its
 * environment variables, WireMock's system properties, the JUnit annotation, the builders and the
 * container all read and write this one record through the small adapters below, so each option
 * is named, parsed and checked in one place ({@link Option}).
 *
 * <pre>{@code
 * MockOptions o = MockOptions.builder().auth("off").transitions("manual").build();
 * MockOptions fromEnv = MockOptions.fromEnvironment(System.getenv());
 * Map<String, String> env = o.toEnvironment();          // what a container is given
 * }</pre>
 *
 * @param fixtures the fixture documents, loaded in order as one world; none: the built-in world
 * @param auth how callers are authenticated
 * @param transitions when transient statuses end
 * @param adminCredentials the admin API's basic-auth credentials, or {@code null} for an open admin API
 * @param bindAddress the address a server binds
 * @param port the port a server serves (0: a free one)
 * @param verbose whether the call log also prints each request and response
 * @param allowedHosts the {@code Host} names the admin API answers besides loopback names and IP
 *     literals (none by default; {@code *}: any), against DNS rebinding
 * @param allowedOrigins the browser origins ({@code http://host:port}) the admin API and the API
 *     answer besides their own (none by default; {@code *}: any)
 */
public record MockOptions(
    List<FixtureSource> fixtures,
    AuthMode auth,
    TransitionMode transitions,
    AdminCredentials adminCredentials,
    String bindAddress,
    int port,
    boolean verbose,
    List<String> allowedHosts,
    List<String> allowedOrigins) {

  /** The port of the standalone jar and the image. */
  public static final int DEFAULT_PORT = 8080;

  /** The address the standalone jar binds: loopback only. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  public MockOptions {
    fixtures = List.copyOf(fixtures);
    allowedHosts = List.copyOf(allowedHosts);
    allowedOrigins = List.copyOf(allowedOrigins);
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(transitions, "transitions");
    Objects.requireNonNull(bindAddress, "bindAddress");
    checkPort(port);
  }

  /** Every option, with its names in each place an option can come from. */
  public enum Option {
    FIXTURES("--fixtures", "ALIYUN_MOCK_FIXTURES", "aliyunmock.fixtures"),
    AUTH("--auth", "ALIYUN_MOCK_AUTH", "aliyunmock.auth"),
    TRANSITIONS("--transitions", "ALIYUN_MOCK_TRANSITIONS", "aliyunmock.transitions"),
    ADMIN_AUTH("--admin-auth", "ALIYUN_MOCK_ADMIN_AUTH", "aliyunmock.adminAuth"),
    BIND_ADDRESS("--bind-address", "ALIYUN_MOCK_BIND_ADDRESS", null),
    PORT("--port", "ALIYUN_MOCK_PORT", null),
    VERBOSE("--verbose", null, null),
    ALLOWED_HOSTS("--allowed-hosts", "ALIYUN_MOCK_ALLOWED_HOSTS", "aliyunmock.allowedHosts"),
    ALLOWED_ORIGINS("--allowed-origins", "ALIYUN_MOCK_ALLOWED_ORIGINS", "aliyunmock.allowedOrigins");

    private final String flag;
    private final String environmentVariable;
    private final String systemProperty;

    Option(String flag, String environmentVariable, String systemProperty) {
      this.flag = flag;
      this.environmentVariable = environmentVariable;
      this.systemProperty = systemProperty;
    }

    /** The standalone jar's flag. */
    public String flag() {
      return flag;
    }

    /** The environment variable the jar (and the image) reads, or {@code null}. */
    public String environmentVariable() {
      return environmentVariable;
    }

    /** The system property of the extension in a stock WireMock, or {@code null}. */
    public String systemProperty() {
      return systemProperty;
    }
  }

  /** The environment variable holding more flags, split on white space (the command line wins). */
  public static final String EXTRA_FLAGS_VARIABLE = "ALIYUN_MOCK_OPTS";

  /** The defaults: the built-in world, strict signatures, poll transitions, an open admin API, 127.0.0.1:8080. */
  public static MockOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fixtures.addAll(fixtures);
    b.auth = auth;
    b.transitions = transitions;
    b.adminCredentials = adminCredentials;
    b.bindAddress = bindAddress;
    b.port = port;
    b.verbose = verbose;
    b.allowedHosts.addAll(allowedHosts);
    b.allowedOrigins.addAll(allowedOrigins);
    return b;
  }

  // ------------------------------------------------------------------ adapters

  /**
   * The options the {@code ALIYUN_MOCK_*} environment variables set, over the defaults. A variable
   * set to an empty value counts as unset, except {@code ALIYUN_MOCK_ADMIN_AUTH}, which must then
   * be USER:PASSWORD (an admin API left open by mistake is worse than a refusal to start).
   *
   * @throws IllegalArgumentException naming the variable whose value is refused
   */
  public static MockOptions fromEnvironment(Map<String, String> env) {
    return OptionSources.read(env::get, Option::environmentVariable);
  }

  /**
   * The options the {@code aliyunmock.*} system properties set, over the defaults (the extension
   * loaded into a stock WireMock by class name reads these).
   *
   * @throws IllegalArgumentException naming the property whose value is refused
   */
  public static MockOptions fromSystemProperties(Properties properties) {
    return OptionSources.read(properties::getProperty, Option::systemProperty);
  }

  /**
   * The environment variables that give a server started from them these options (fixtures
   * excepted: a container receives them as files). Only options that differ from the defaults
   * are written.
   */
  public Map<String, String> toEnvironment() {
    return OptionSources.environmentOf(this);
  }

  static void checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, not " + port);
    }
  }

  // ------------------------------------------------------------------ parts

  /** Where a fixture document comes from. */
  public sealed interface FixtureSource {
    /** A JSON file, or a directory whose {@code *.json} files load in name order. */
    record File(Path path) implements FixtureSource {
      public File {
        Objects.requireNonNull(path, "path");
      }
    }

    /** A class path resource, named from the root of the class path. */
    record Resource(String path) implements FixtureSource {
      public Resource {
        Objects.requireNonNull(path, "path");
      }
    }

    /** A document given as JSON text; {@code name} says where it came from, for messages. */
    record Json(String text, String name) implements FixtureSource {
      public Json {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
      }
    }
  }

  /** Builds {@link MockOptions}; the {@code String} setters parse and check as every adapter does. */
  public static final class Builder {
    private final List<FixtureSource> fixtures = new ArrayList<>();
    private AuthMode auth = AuthMode.STRICT;
    private TransitionMode transitions = TransitionMode.DEFAULT;
    private AdminCredentials adminCredentials;
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private int port = DEFAULT_PORT;
    private boolean verbose;
    private final List<String> allowedHosts = new ArrayList<>();
    private final List<String> allowedOrigins = new ArrayList<>();

    private Builder() {}

    /** Sets one option from its text, as a flag, a variable or a property gives it. */
    public Builder set(Option option, String value) {
      Objects.requireNonNull(value, "value");
      switch (option) {
        case FIXTURES -> {
          for (String f : value.split(",")) {
            if (!f.isBlank()) {
              fixture(new FixtureSource.File(Path.of(f.trim())));
            }
          }
        }
        case AUTH -> auth(AuthMode.parse(value));
        case TRANSITIONS -> transitions(TransitionMode.parse(value));
        case ADMIN_AUTH -> adminCredentials(AdminCredentials.parse(value));
        case BIND_ADDRESS -> bindAddress(value.trim());
        case PORT -> port(OptionSources.port(value));
        case VERBOSE -> verbose(Boolean.parseBoolean(value.trim()));
        case ALLOWED_HOSTS -> allowedHosts(OptionSources.list(value));
        case ALLOWED_ORIGINS -> allowedOrigins(OptionSources.list(value));
      }
      return this;
    }

    public Builder fixture(FixtureSource source) {
      fixtures.add(Objects.requireNonNull(source));
      return this;
    }

    /** Replaces the fixtures given so far. */
    public Builder fixtures(List<FixtureSource> sources) {
      fixtures.clear();
      sources.forEach(this::fixture);
      return this;
    }

    public Builder auth(AuthMode mode) {
      this.auth = Objects.requireNonNull(mode);
      return this;
    }

    /** {@code strict} or {@code off}, in any case. */
    public Builder auth(String mode) {
      return auth(AuthMode.parse(mode));
    }

    public Builder transitions(TransitionMode mode) {
      this.transitions = Objects.requireNonNull(mode);
      return this;
    }

    /** {@code poll}, {@code poll:N}, {@code after:DURATION} or {@code manual}. */
    public Builder transitions(String mode) {
      return transitions(TransitionMode.parse(mode));
    }

    /** {@code null}: the admin API is open. */
    public Builder adminCredentials(AdminCredentials credentials) {
      this.adminCredentials = credentials;
      return this;
    }

    public Builder bindAddress(String address) {
      if (Objects.requireNonNull(address).isBlank()) {
        throw new IllegalArgumentException("the bind address must not be empty");
      }
      this.bindAddress = address;
      return this;
    }

    public Builder port(int port) {
      checkPort(port);
      this.port = port;
      return this;
    }

    public Builder verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /**
     * Replaces the host names the admin API answers besides {@code localhost}, {@code
     * *.localhost} and IP literals: names as a client puts them in {@code Host} (without port),
     * e.g. {@code aliyun-mock} for a container reached by that name; {@code *} for any.
     */
    public Builder allowedHosts(List<String> hosts) {
      List<String> checked = OptionSources.hosts(hosts);
      allowedHosts.clear();
      allowedHosts.addAll(checked);
      return this;
    }

    /**
     * Replaces the browser origins the mock answers besides its own: each {@code
     * scheme://host[:port]} as a browser sends it in {@code Origin}, or {@code *} for any.
     */
    public Builder allowedOrigins(List<String> origins) {
      List<String> checked = OptionSources.origins(origins);
      allowedOrigins.clear();
      allowedOrigins.addAll(checked);
      return this;
    }

    public MockOptions build() {
      return new MockOptions(
          fixtures, auth, transitions, adminCredentials, bindAddress, port, verbose, allowedHosts, allowedOrigins);
    }
  }
}
