package dev.aliyunmock.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.security.BasicAuthenticator;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AdminCredentials;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.wiremock.AliyunWireMockExtension;
import dev.aliyunmock.wiremock.HttpPolicy;
import dev.aliyunmock.wiremock.JournalBoundedStores;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A running mock: WireMock on a loopback port with the {@link AliyunWireMockExtension}. What the
 * standalone jar and the JUnit extension start.
 *
 * <pre>{@code
 * try (AliyunMockServer server = AliyunMockServer.builder().build().start()) {
 *   String endpoint = server.endpoint();            // "127.0.0.1:PORT" for setSysEndpoint
 *   server.wireMock().stubFor(...);                  // WireMock stays WireMock
 *   server.mock().transitions().completeAll();
 * }
 * }</pre>
 */
public final class AliyunMockServer implements AutoCloseable {
  private final AliyunMock mock;
  private final WireMockServer wireMock;
  private final String bindAddress;
  private final JournalBoundedStores stores;

  private AliyunMockServer(AliyunMock mock, WireMockServer wireMock, String bindAddress, JournalBoundedStores stores) {
    this.mock = mock;
    this.wireMock = wireMock;
    this.bindAddress = bindAddress;
    this.stores = stores;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving; returns this. */
  public AliyunMockServer start() {
    wireMock.start();
    return this;
  }

  /** Stops serving and frees the port. */
  public void stop() {
    if (wireMock.isRunning()) {
      wireMock.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return wireMock.isRunning();
  }

  /** The port served (the actual one when 0 was asked). */
  public int port() {
    return wireMock.port();
  }

  /** {@code host:port}, as the Alibaba SDKs take an endpoint. */
  public String endpoint() {
    return host() + ":" + port();
  }

  /** {@code http://host:port}. */
  public String baseUrl() {
    return "http://" + endpoint();
  }

  private String host() {
    return bindAddress.equals("0.0.0.0") ? "127.0.0.1" : bindAddress;
  }

  /** The mock: world, transitions, fixtures, reset. */
  public AliyunMock mock() {
    return mock;
  }

  /** WireMock itself: stubs, fault injection, the request journal, {@code verify}. */
  public WireMockServer wireMock() {
    return wireMock;
  }

  /**
   * The request journal's estimated size in bytes (bounded by 32 MiB, besides the 10,000-entry
   * count), or -1 when {@code .wireMock(o -> o.withStores(…))} replaced the stores.
   */
  public long journalBytes() {
    return wireMock.getOptions().getStores() == stores ? stores.journalBytes() : -1;
  }

  /** The account whose credentials are printed at start: the world's first. */
  public Account defaultAccount() {
    return mock.accounts().get(0);
  }

  /**
   * Configures an {@link AliyunMockServer}.
   *
   * <pre>{@code
   * AliyunMockServer.builder()
   *     .port(0)                                       // a free port (the default)
   *     .mock(m -> m.fixtures(json).auth(AuthMode.OFF))
   *     .wireMock(o -> o.containerThreads(40))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private int port = 0;
    private String bindAddress = MockOptions.DEFAULT_BIND_ADDRESS;
    private HttpPolicy policy = HttpPolicy.defaults();
    private final AliyunMock.Builder mockBuilder = AliyunMock.builder();
    private AliyunMock mock;
    private Consumer<WireMockConfiguration> wireMockOptions = o -> {};
    private BasicAuthenticator adminAuthenticator;

    private Builder() {}

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind; 127.0.0.1 by default. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress);
      return this;
    }

    /**
     * Takes port, bind address, admin credentials, allowed hosts and origins, auth and
     * transitions from {@code options} (the standalone jar reads its flags and environment into
     * one). Fixtures and the call log are the caller's: documents are given to {@link #mock}.
     */
    public Builder options(MockOptions options) {
      port(options.port());
      bindAddress(options.bindAddress());
      AdminCredentials c = options.adminCredentials();
      this.adminAuthenticator = c == null ? null : new BasicAuthenticator(c.user(), c.password());
      this.policy = policy.withBrowserAccess(options.allowedHosts(), options.allowedOrigins());
      mockBuilder.auth(options.auth()).transitions(options.transitions());
      return this;
    }

    /**
     * Host names the admin API answers besides {@code localhost}, {@code *.localhost} and IP
     * literals (a container reached by its name, say); {@code *}: any. Against DNS rebinding,
     * others are refused with 403.
     */
    public Builder allowedHosts(List<String> hosts) {
      this.policy = policy.withBrowserAccess(MockOptions.builder().allowedHosts(hosts).build().allowedHosts(), policy.allowedOrigins());
      return this;
    }

    /**
     * Browser origins ({@code http://host:port}) allowed to call the API and the admin API
     * besides the server's own; {@code *}: any. Others are refused with 403.
     */
    public Builder allowedOrigins(List<String> origins) {
      this.policy = policy.withBrowserAccess(policy.allowedHosts(), MockOptions.builder().allowedOrigins(origins).build().allowedOrigins());
      return this;
    }

    /** The HTTP layer's bounds (body size, deadline, rate) and browser rules; {@link HttpPolicy#defaults()} otherwise. */
    public Builder httpPolicy(HttpPolicy policy) {
      this.policy = Objects.requireNonNull(policy);
      return this;
    }

    /** Configures the mock to build (fixtures, auth, transitions, call log). */
    public Builder mock(Consumer<AliyunMock.Builder> configure) {
      configure.accept(mockBuilder);
      return this;
    }

    /** Serves an already built mock instead. */
    public Builder mock(AliyunMock mock) {
      this.mock = Objects.requireNonNull(mock);
      return this;
    }

    /**
     * Protects the admin API ({@code /__admin}, the {@code /__admin/aliyun/*} routes included)
     * with HTTP basic authentication; without it the admin API is open, as WireMock's is. The API
     * itself is unaffected, and so is {@link AliyunMockServer#mock()} in the same JVM.
     *
     * <pre>{@code
     * AliyunMockServer.builder().adminCredentials("admin", "s3cret").build().start();
     * // curl -u admin:s3cret http://127.0.0.1:PORT/__admin/aliyun/state
     * }</pre>
     *
     * @throws IllegalArgumentException if the user is empty or holds a colon, or the password is empty
     */
    public Builder adminCredentials(String user, String password) {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      if (user.isEmpty() || user.indexOf(':') >= 0 || password.isEmpty()) {
        throw new IllegalArgumentException("admin user must be non-empty without ':', and the password non-empty");
      }
      this.adminAuthenticator = new BasicAuthenticator(user, password);
      return this;
    }

    /** Adjusts WireMock's own options (threads, journal size, …) before the server is made. */
    public Builder wireMock(Consumer<WireMockConfiguration> options) {
      this.wireMockOptions = this.wireMockOptions.andThen(options);
      return this;
    }

    /**
     * Builds the server, not yet started.
     *
     * @throws FixtureException if a fixture document is refused
     */
    public AliyunMockServer build() throws FixtureException {
      AliyunMock m = mock != null ? mock : mockBuilder.build();
      WireMockConfiguration options =
          WireMockConfiguration.options()
              .port(port)
              .bindAddress(bindAddress)
              .maxRequestJournalEntries(10_000)
              .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
              // WireMock otherwise renders every request and response definition as text (Jackson
              // included) for a notifier that, not verbose, drops it; the mock has its own call
              // log. Turn it back on with .wireMock(o -> o.stubRequestLoggingDisabled(false)).
              .stubRequestLoggingDisabled(true)
              .extensions(new AliyunWireMockExtension(m, policy));
      if (adminAuthenticator != null) {
        options.adminAuthenticator(adminAuthenticator);
      }
      // WireMock's own store walks the whole journal after every request to keep it capped, and
      // bounds it by count only.
      JournalBoundedStores stores = JournalBoundedStores.of(options::filesRoot);
      options.withStores(stores);
      wireMockOptions.accept(options);
      return new AliyunMockServer(m, new WireMockServer(options), bindAddress, stores);
    }
  }
}
