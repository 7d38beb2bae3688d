package dev.aliyunmock.junit.container;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.control.AuthMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * aliyun-mock as a Testcontainers container: the image serves the router-interface API on port
 * {@value #PORT}, and this class waits until {@code GET /__admin/health} answers 200, then reads
 * the world's first account, which {@link #getAccessKeyId()}, {@link #getAccessKeySecret()} and
 * {@link #getOwnerId()} return. Fixtures given here are copied into the image's {@code /fixtures}
 * as {@code NN-name.json}, so they load in the order given; with none, the built-in default world.
 *
 * <pre>{@code
 * try (AliyunMockContainer mock = new AliyunMockContainer()
 *         .withFixtures(Path.of("src/test/resources/worlds"))     // every *.json, in name order
 *         .withTransitions("manual")) {
 *   mock.start();
 *
 *   DefaultProfile profile = DefaultProfile.getProfile(
 *       mock.getRegion(), mock.getAccessKeyId(), mock.getAccessKeySecret());
 *   DefaultAcsClient client = new DefaultAcsClient(profile);
 *
 *   ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
 *   connect.setRouterInterfaceId("ri-hangzhou0initiator001");
 *   connect.setSysEndpoint(mock.getEndpoint());                    // host:port of the container
 *   connect.setSysProtocol(ProtocolType.HTTP);                     // the mock serves no HTTPS
 *   client.getAcsResponse(connect);
 * }
 * }</pre>
 *
 * <p>Build the image first ({@code container/build-image.sh}, or {@code docker build -f
 * container/Containerfile -t aliyun-mock .}); name another tag with the {@link
 * #AliyunMockContainer(DockerImageName)} constructor. The admin API ({@code /__admin/aliyun/state},
 * {@code …/fixtures}, {@code …/reset}, {@code …/transitions…}) and WireMock's own ({@code new
 * WireMock(mock.getHost(), mock.getFirstMappedPort())}) are at {@link #getBaseUrl()}.
 *
 * <p>Needs {@code org.testcontainers:testcontainers} (2.x) on the test class path: this library
 * declares it optional.
 */
public class AliyunMockContainer extends GenericContainer<AliyunMockContainer> {
  /** The image built by {@code container/build-image.sh} with no argument. */
  public static final String DEFAULT_IMAGE = AliyunMockTest.DEFAULT_IMAGE;

  /** The port the image serves on ({@code ALIYUN_MOCK_PORT} in the image). */
  public static final int PORT = 8080;

  /** Where the image loads fixtures from: every {@code *.json} in it, in name order. */
  public static final String FIXTURES_DIRECTORY = "/fixtures";

  /** The health route of WireMock's admin API, which the container is waited on. */
  public static final String HEALTH_PATH = AdminApi.Route.HEALTH.path();

  private static final String STATE_PATH = AdminApi.Route.STATE.path();

  private int fixtureCount;
  private volatile Account firstAccount;
  private volatile String firstRegion;

  /** The container of {@link #DEFAULT_IMAGE}. */
  public AliyunMockContainer() {
    this(DockerImageName.parse(DEFAULT_IMAGE));
  }

  /** The container of an image name, such as {@code registry.example.com/aliyun-mock:0.1.0}. */
  public AliyunMockContainer(String imageName) {
    this(DockerImageName.parse(imageName));
  }

  /** The container of an image. */
  public AliyunMockContainer(DockerImageName image) {
    super(image);
    withExposedPorts(PORT);
    withEnv("ALIYUN_MOCK_PORT", String.valueOf(PORT));
    withEnv("ALIYUN_MOCK_BIND_ADDRESS", "0.0.0.0");
    waitingFor(Wait.forHttp(HEALTH_PATH).forPort(PORT).forStatusCode(200).withStartupTimeout(Duration.ofSeconds(60)));
  }

  // ------------------------------------------------------------------ options

  /**
   * Adds fixture files: each file as it is, each directory's {@code *.json} files in name order
   * (as the server reads a directory). They load after the fixtures added before.
   *
   * @throws UncheckedIOException if a path cannot be read
   */
  public AliyunMockContainer withFixtures(Path... paths) {
    for (Path p : paths) {
      for (Path f : filesOf(Objects.requireNonNull(p))) {
        try {
          addFixture(f.getFileName().toString(), Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read fixture " + f, e);
        }
      }
    }
    return self();
  }

  /** Adds a fixture document given as JSON text, after the fixtures added before. */
  public AliyunMockContainer withFixtures(String json) {
    return addFixture("fixture.json", Objects.requireNonNull(json).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a fixture document from a classpath resource (from the root of the class path, a leading
   * {@code /} allowed), after the fixtures added before.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  public AliyunMockContainer withFixtureResource(String classpathResource) {
    String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url = loader == null ? null : loader.getResource(name);
    if (url == null) {
      url = AliyunMockContainer.class.getClassLoader().getResource(name);
    }
    if (url == null || name.isEmpty()) {
      throw new IllegalArgumentException("fixture resource '" + classpathResource + "' is not on the class path");
    }
    try (InputStream in = url.openStream()) {
      return addFixture(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture resource " + classpathResource, e);
    }
  }

  /** How callers are authenticated: {@link AuthMode#STRICT} (the image's default) or {@link AuthMode#OFF}. */
  public AliyunMockContainer withAuth(AuthMode mode) {
    return withEnv("ALIYUN_MOCK_AUTH", mode.name().toLowerCase(Locale.ROOT));
  }

  /**
   * When transient statuses end: {@code poll} (the default), {@code poll:N}, {@code after:30s} or
   * {@code manual}.
   *
   * @throws IllegalArgumentException if the text is not a mode (checked here, not in the container)
   */
  public AliyunMockContainer withTransitions(String mode) {
    TransitionMode.parse(mode);
    return withEnv("ALIYUN_MOCK_TRANSITIONS", mode.trim());
  }

  private AliyunMockContainer addFixture(String name, byte[] json) {
    if (fixtureCount >= 99) {
      throw new IllegalStateException("at most 99 fixture documents; merge some of them");
    }
    fixtureCount++;
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    if (!safe.endsWith(".json")) {
      safe += ".json"; // the server reads only the *.json files of a directory
    }
    String target = String.format(Locale.ROOT, "%s/%02d-%s", FIXTURES_DIRECTORY, fixtureCount, safe);
    return withCopyToContainer(Transferable.of(json), target);
  }

  private static List<Path> filesOf(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      List<Path> files = new ArrayList<>();
      s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fixture directory " + p, e);
    }
  }

  // ------------------------------------------------------------------ after start

  @Override
  protected void containerIsStarted(InspectContainerResponse containerInfo) {
    AliyunMock world;
    try {
      world = AliyunMock.builder().fixtures(get(STATE_PATH)).build();
    } catch (FixtureException e) {
      throw new IllegalStateException("the mock's state is not a fixture document: " + e.getMessage(), e);
    }
    firstAccount = world.accounts().isEmpty() ? null : world.accounts().get(0);
    firstRegion = world.regions().isEmpty() ? "cn-hangzhou" : world.regions().get(0);
  }

  private String get(String path) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(getBaseUrl() + path)).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " of " + getBaseUrl() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + path, e);
    }
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

  /** The access key id of the world's first account (as the container started). */
  public String getAccessKeyId() {
    return account().accessKeyId();
  }

  /** The secret of that key. */
  public String getAccessKeySecret() {
    return account().accessKeySecret();
  }

  /** The owner (account) id of the world's first account. */
  public String getOwnerId() {
    return account().ownerId();
  }

  /** The world's first region (as the container started), for the client's profile. */
  public String getRegion() {
    String r = firstRegion;
    if (r == null) {
      throw notStarted();
    }
    return r;
  }

  private Account account() {
    Account a = firstAccount;
    if (a == null) {
      throw firstRegion == null ? notStarted() : new IllegalStateException("the mock's world has no account");
    }
    return a;
  }

  private static IllegalStateException notStarted() {
    return new IllegalStateException("the container is not started: call start() first");
  }
}
