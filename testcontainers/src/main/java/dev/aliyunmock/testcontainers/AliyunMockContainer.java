package dev.aliyunmock.testcontainers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.control.AdminCredentials;
import dev.aliyunmock.control.MockOptions.FixtureSource;
import dev.aliyunmock.control.MockOptions.Option;
import dev.aliyunmock.control.TransitionMode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.HttpWaitStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * aliyun-mock, a stateful mock of Alibaba Cloud's router-interface (Express Connect) API, as a
 * Testcontainers container. The image serves the API on port {@value #PORT}; {@link #start()}
 * returns once {@code GET /__admin/health} answers 200, and the getters then give what a client of
 * the official SDKs needs: {@link #getEndpoint()}, {@link #getRegion()}, and the keys of the
 * world's first account, {@link #getAccessKeyId()} and {@link #getAccessKeySecret()} (read from
 * {@code GET /__admin/aliyun/info}).
 *
 * <pre>{@code
 * @Testcontainers
 * class PeeringTest {
 *   @Container
 *   static AliyunMockContainer mock =
 *       new AliyunMockContainer(DockerImageName.parse("localhost/aliyun-mock:latest"))
 *           .withFixtures(Path.of("src/test/resources/worlds"))        // every *.json, in name order
 *           .withTransitions("manual");
 *
 *   @Test
 *   void connects() throws Exception {
 *     DefaultAcsClient client = new DefaultAcsClient(
 *         DefaultProfile.getProfile(mock.getRegion(), mock.getAccessKeyId(), mock.getAccessKeySecret()));
 *     ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
 *     connect.setRouterInterfaceId("ri-hangzhou0initiator001");
 *     connect.setSysEndpoint(mock.getEndpoint());                       // host:port of the container
 *     connect.setSysProtocol(ProtocolType.HTTP);                        // the mock serves no HTTPS
 *     client.getAcsResponse(connect);
 *   }
 * }
 * }</pre>
 *
 * <p>The image is built from the repository ({@code container/build-image.sh}, or {@code docker
 * build -f container/Containerfile -t aliyun-mock .}), as {@code localhost/aliyun-mock} or {@code
 * aliyun-mock}; an image of another name is accepted once declared a substitute, as Testcontainers
 * asks: {@code DockerImageName.parse("registry.example.com/aliyun-mock:0.1.0").asCompatibleSubstituteFor("localhost/aliyun-mock")}.
 *
 * <p>Fixture documents given here are copied into the image's {@value #FIXTURES_DIRECTORY} as
 * {@code 01-name.json}, {@code 02-name.json}, …, so they load in the order given; with none, the
 * mock serves its built-in default world, whose first account is {@link #DEFAULT_ACCESS_KEY_ID}.
 * The admin API ({@code /__admin/aliyun/state}, {@code …/fixtures}, {@code …/reset}, {@code
 * …/transitions…}) and WireMock's own are at {@link #getBaseUrl()}.
 *
 * <p>This library brings Testcontainers and {@code aliyun-mock-control} (with jackson-core), and
 * nothing of the server or of WireMock: the server runs in the container.
 */
public class AliyunMockContainer extends GenericContainer<AliyunMockContainer> {
  /** The image {@code container/build-image.sh} builds (with the tag {@value #DEFAULT_TAG}). */
  public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("localhost/aliyun-mock");

  /** The name {@code docker build -t aliyun-mock} gives the image. */
  public static final DockerImageName DOCKER_BUILD_IMAGE_NAME = DockerImageName.parse("aliyun-mock");

  /** The tag {@code container/build-image.sh} gives the image by default. */
  public static final String DEFAULT_TAG = "latest";

  /** The port the image serves the API and the admin API on. */
  public static final int PORT = MockOptions.DEFAULT_PORT;

  /** Where the image loads fixtures from: every {@code *.json} in it, in name order. */
  public static final String FIXTURES_DIRECTORY = "/fixtures";

  /** The owner (account) id of the first account of the built-in default world. */
  public static final String DEFAULT_OWNER_ID = "1000000000000001";

  /** The access key id of the first account of the built-in default world. */
  public static final String DEFAULT_ACCESS_KEY_ID = "testAccessKeyId";

  /** The access key secret of the first account of the built-in default world. */
  public static final String DEFAULT_ACCESS_KEY_SECRET = "testAccessKeySecret";

  /** The first region of the built-in default world. */
  public static final String DEFAULT_REGION = "cn-hangzhou";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  private final HttpWaitStrategy health;
  private final FixtureCopies fixtures = new FixtureCopies(FIXTURES_DIRECTORY);
  private AdminCredentials adminCredentials;
  private volatile MockInfo info;

  /**
   * The container of an image, such as {@code localhost/aliyun-mock:latest}.
   *
   * @throws IllegalStateException if the image is neither {@link #DEFAULT_IMAGE_NAME} nor {@link
   *     #DOCKER_BUILD_IMAGE_NAME}, nor declared a compatible substitute of one
   */
  public AliyunMockContainer(String image) {
    this(DockerImageName.parse(image));
  }

  /**
   * The container of an image.
   *
   * @throws IllegalStateException if the image is neither {@link #DEFAULT_IMAGE_NAME} nor {@link
   *     #DOCKER_BUILD_IMAGE_NAME}, nor declared a compatible substitute of one
   */
  public AliyunMockContainer(DockerImageName image) {
    super(image);
    image.assertCompatibleWith(DEFAULT_IMAGE_NAME, DOCKER_BUILD_IMAGE_NAME);
    withExposedPorts(PORT);
    // Inside the container the server must listen on every interface, at the exposed port.
    withEnv(Option.PORT.environmentVariable(), String.valueOf(PORT));
    withEnv(Option.BIND_ADDRESS.environmentVariable(), "0.0.0.0");
    health = Wait.forHttp(AdminApi.Route.HEALTH.path()).forPort(PORT).forStatusCode(200);
    waitingFor(health.withStartupTimeout(STARTUP_TIMEOUT));
  }

  // ------------------------------------------------------------------ options

  /**
   * Applies options: fixtures are added (after those added before), every other option replaces
   * what was set before. Port and bind address are the container's own ({@value #PORT} on every
   * interface inside it) whatever the options say; the host the container is reached by is always
   * allowed to use the admin API (see {@link #configure()}).
   *
   * <pre>{@code
   * new AliyunMockContainer(image).withOptions(
   *     MockOptions.builder().auth("off").transitions("manual").build());
   * }</pre>
   *
   * @throws UncheckedIOException if a fixture file cannot be read
   * @throws IllegalArgumentException if a fixture resource is not on the class path
   */
  public AliyunMockContainer withOptions(MockOptions options) {
    for (FixtureSource f : options.fixtures()) {
      if (f instanceof FixtureSource.File file) {
        withFixtures(file.path());
      } else if (f instanceof FixtureSource.Resource resource) {
        withFixtureResource(resource.path());
      } else if (f instanceof FixtureSource.Json json) {
        addFixture(json.name(), json.text().getBytes(StandardCharsets.UTF_8));
      }
    }
    // toEnvironment() leaves out options at their defaults: drop what an earlier call set.
    for (Option o : Option.values()) {
      if (o.environmentVariable() != null && o != Option.PORT && o != Option.BIND_ADDRESS) {
        getEnvMap().remove(o.environmentVariable());
      }
    }
    Map<String, String> env = options.toEnvironment();
    env.remove(Option.PORT.environmentVariable());
    env.remove(Option.BIND_ADDRESS.environmentVariable());
    env.forEach(this::withEnv);
    adminCredentials(options.adminCredentials());
    if (options.verbose()) {
      withEnv(MockOptions.EXTRA_FLAGS_VARIABLE, Option.VERBOSE.flag());
    } else {
      getEnvMap().remove(MockOptions.EXTRA_FLAGS_VARIABLE);
    }
    return self();
  }

  /**
   * Adds fixture files: each file as it is, each directory's {@code *.json} files in name order
   * (as the server reads a directory). They load after the fixtures added before.
   *
   * @throws UncheckedIOException if a path cannot be read
   */
  public AliyunMockContainer withFixtures(Path... paths) {
    for (Path p : paths) {
      for (Path f : FixtureCopies.filesOf(Objects.requireNonNull(p))) {
        addFixture(f.getFileName().toString(), FixtureCopies.read(f));
      }
    }
    return self();
  }

  /** Adds a fixture document given as JSON text, after the fixtures added before. */
  public AliyunMockContainer withFixtures(String json) {
    return addFixture("fixture.json", Objects.requireNonNull(json).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a fixture document from a class path resource (from the root of the class path, a leading
   * {@code /} allowed), after the fixtures added before.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public AliyunMockContainer withFixtureResource(String classpathResource) {
    String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    return addFixture(name.substring(name.lastIndexOf('/') + 1), FixtureCopies.resource(classpathResource));
  }

  /** How callers are authenticated: {@link AuthMode#STRICT} (the image's default) or {@link AuthMode#OFF}. */
  public AliyunMockContainer withAuth(AuthMode mode) {
    return withEnv(Option.AUTH.environmentVariable(), mode.name().toLowerCase(Locale.ROOT));
  }

  /**
   * When transient statuses end: {@code poll} (the default), {@code poll:N}, {@code after:30s} or
   * {@code manual}.
   *
   * @throws IllegalArgumentException if the text is not a mode (checked here, not in the container)
   */
  public AliyunMockContainer withTransitions(String mode) {
    return withTransitions(TransitionMode.parse(mode));
  }

  /** When transient statuses end. */
  public AliyunMockContainer withTransitions(TransitionMode mode) {
    return withEnv(Option.TRANSITIONS.environmentVariable(), mode.toString());
  }

  /**
   * Puts the admin API ({@code /__admin}, WireMock's and the mock's) behind HTTP basic
   * authentication; this container's health check and {@code /__admin/aliyun/info} read use the
   * credentials too.
   *
   * @throws IllegalArgumentException if the user is empty or holds a colon, or the password is empty
   */
  public AliyunMockContainer withAdminCredentials(String user, String password) {
    AdminCredentials credentials = new AdminCredentials(user, password);
    withEnv(Option.ADMIN_AUTH.environmentVariable(), credentials.user() + ":" + credentials.password());
    adminCredentials(credentials);
    return self();
  }

  private void adminCredentials(AdminCredentials credentials) {
    adminCredentials = credentials;
    if (credentials != null) {
      health.withBasicCredentials(credentials.user(), credentials.password());
    }
  }

  private AliyunMockContainer addFixture(String name, byte[] json) {
    return withCopyToContainer(Transferable.of(json), fixtures.next(name));
  }

  /** The files the fixtures are copied to, in load order. */
  List<String> fixtureFiles() {
    return fixtures.targets();
  }

  // ------------------------------------------------------------------ at start

  /**
   * Lets the admin API answer requests for the host this container is reached by: the mock
   * refuses a {@code Host} that is neither a loopback name nor an IP address (DNS rebinding), and
   * Testcontainers may reach the container by a name (a remote Docker host, Docker in Docker).
   */
  @Override
  protected void configure() {
    String variable = Option.ALLOWED_HOSTS.environmentVariable();
    String allowed = allowedHosts(getEnvMap().get(variable), getHost());
    if (allowed != null) {
      withEnv(variable, allowed);
    }
  }

  /**
   * The allowed-hosts value that also admits {@code host}, or {@code null} if {@code current}
   * (comma-separated, or {@code null}) already does, as the mock admits loopback names and IP
   * addresses anyway.
   */
  static String allowedHosts(String current, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("[") || h.contains(":")
        || h.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    if (current == null || current.isBlank()) {
      return h;
    }
    for (String a : current.split(",")) {
      if (a.trim().equals("*") || a.trim().equalsIgnoreCase(h)) {
        return null;
      }
    }
    return current + "," + h;
  }

  // ------------------------------------------------------------------ after start

  @Override
  protected void containerIsStarted(InspectContainerResponse containerInfo) {
    info = MockInfo.fetch(getBaseUrl(), adminCredentials);
  }

  @Override
  protected void containerIsStopped(InspectContainerResponse containerInfo) {
    info = null; // a restarted container is read again
  }

  // ------------------------------------------------------------------ what a client needs

  /** {@code host:port} of the mock, as the SDKs take an endpoint ({@code setSysEndpoint}, {@code Config.setEndpoint}). */
  public String getEndpoint() {
    return getHost() + ":" + getMappedPort(PORT);
  }

  /** {@code http://host:port}: the API at {@code /}, the admin APIs under {@code /__admin}. */
  public String getBaseUrl() {
    return "http://" + getEndpoint();
  }

  /**
   * The dashboard served by the mock in the container ({@code docs/dashboard.md}): {@code
   * http://host:port/__admin/aliyun/ui}, with the mapped port, to open in a browser.
   */
  public String getDashboardUrl() {
    return getBaseUrl() + AdminApi.Route.DASHBOARD.path();
  }

  /**
   * The API calls the mock answered after a sequence number (0: all it still holds), read from
   * {@code GET /__admin/aliyun/calls}: without signatures, secrets masked.
   */
  public Call.Page getCalls(long since) {
    String path =
        AdminApi.Route.CALLS.path() + "?" + AdminApi.Fields.SINCE + "=" + Math.max(0, since);
    return Call.Page.fromJson(MockInfo.get(getBaseUrl(), adminCredentials, path));
  }

  /** The access key id of the world's first account (as the container started). */
  public String getAccessKeyId() {
    return account(started().accessKeyId());
  }

  /** The secret of that key. */
  public String getAccessKeySecret() {
    return account(started().accessKeySecret());
  }

  /** The owner (account) id of the world's first account. */
  public String getOwnerId() {
    return account(started().ownerId());
  }

  /** The world's first region (as the container started), for the client's profile; {@value #DEFAULT_REGION} if it has none. */
  public String getRegion() {
    List<String> regions = started().regions();
    return regions.isEmpty() ? DEFAULT_REGION : regions.get(0);
  }

  /** The version of the mock in the container, e.g. {@code 0.1.0}. */
  public String getMockVersion() {
    return started().version();
  }

  private MockInfo started() {
    MockInfo i = info;
    if (i == null) {
      throw new IllegalStateException("the container is not started: call start() first");
    }
    return i;
  }

  private static String account(String value) {
    if (value == null) {
      throw new IllegalStateException("the mock's world has no account");
    }
    return value;
  }
}
