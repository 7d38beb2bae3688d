package dev.aliyunmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceResponse;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.control.MockOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link AliyunMockContainer} against the real image ({@code localhost/aliyun-mock:latest}, built
 * by {@code container/build-image.sh}) through a container engine: run by the Maven profile
 * {@code container-tests} only.
 */
@Tag("container")
class AliyunMockContainerTest {
  static final String IMAGE = "localhost/aliyun-mock:latest";

  /** Started once for the class from the folder {@code container-world/} (two files), stopped after it. */
  private static AliyunMockContainer shop;

  @BeforeAll
  static void start() throws Exception {
    shop = new AliyunMockContainer(IMAGE).withFixtures(Path.of(AliyunMockContainerTest.class.getResource("/container-world").toURI()));
    shop.start();
  }

  @AfterAll
  static void stop() {
    if (shop != null) {
      shop.stop();
    }
  }

  @Test
  void theEndpointIsTheMappedPortOfTheContainerOnLoopback() {
    assertThat(shop.getEndpoint()).isEqualTo(shop.getHost() + ":" + shop.getMappedPort(AliyunMockContainer.PORT));
    assertThat(shop.getHost()).isIn("localhost", "127.0.0.1");
    assertThat(shop.getBaseUrl()).isEqualTo("http://" + shop.getEndpoint());
  }

  @Test
  void theKeysAreThoseOfTheFirstAccountOfTheFolderInNameOrder() {
    assertThat(shop.getAccessKeyId()).isEqualTo("shopKeyId");
    assertThat(shop.getAccessKeySecret()).isEqualTo("shopKeySecret");
    assertThat(shop.getOwnerId()).isEqualTo("1400000000000001");
    assertThat(shop.getRegion()).isEqualTo("cn-shanghai");
    assertThat(shop.getMockVersion()).isNotBlank();
  }

  @Test
  void theStateOfTheAdminApiHoldsEveryFileOfTheFolder() {
    Map<String, Object> state = JsonValues.object(get(shop, "/__admin/aliyun/state", null));

    assertThat(values(state, "Accounts", "AccessKeyId")).containsExactly("shopKeyId", "auditKeyId");
    assertThat(values(state, "RouterInterfaces", "RouterInterfaceId")).containsExactly("ri-shop-shanghai", "ri-shop-beijing");
  }

  @Test
  void theOfficialSdkConnectsThroughTheEndpointAndTheAdminApiShowsIt() throws Exception {
    DefaultAcsClient client =
        new DefaultAcsClient(DefaultProfile.getProfile(shop.getRegion(), shop.getAccessKeyId(), shop.getAccessKeySecret()));
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-shop-shanghai");
    connect.setSysEndpoint(shop.getEndpoint());
    connect.setSysProtocol(ProtocolType.HTTP);

    ConnectRouterInterfaceResponse response = client.getAcsResponse(connect);

    assertThat(response.getRequestId()).matches("[0-9A-F-]{36}");
    Map<String, Object> state = JsonValues.object(get(shop, "/__admin/aliyun/state", null));
    assertThat(values(state, "RouterInterfaces", "Status")).first().isEqualTo("Connecting");
    assertThat(shop.getCalls(0).calls()).anySatisfy(c -> {
      assertThat(c.action()).isEqualTo("ConnectRouterInterface");
      assertThat(c.requestId()).isEqualTo(response.getRequestId());
      assertThat(c.resourceIds()).containsExactly("ri-shop-shanghai");
    });
    assertThat(get(shop, shop.getDashboardUrl().substring(shop.getBaseUrl().length()), null)).contains("aliyun-mock dashboard");
  }

  @Test
  void withNoFixturesTheContainerServesTheDefaultWorldAndStopRemovesIt() {
    AliyunMockContainer plain = new AliyunMockContainer(IMAGE);
    try {
      plain.start();
      assertThat(plain.getAccessKeyId()).isEqualTo(AliyunMockContainer.DEFAULT_ACCESS_KEY_ID);
      assertThat(plain.getAccessKeySecret()).isEqualTo(AliyunMockContainer.DEFAULT_ACCESS_KEY_SECRET);
      assertThat(plain.getOwnerId()).isEqualTo(AliyunMockContainer.DEFAULT_OWNER_ID);
      assertThat(plain.getRegion()).isEqualTo(AliyunMockContainer.DEFAULT_REGION);
    } finally {
      plain.stop();
    }
    assertThat(plain.isRunning()).isFalse();
    assertThat(plain.getContainerId()).isNull();
  }

  @Test
  void optionsAndFixturesInTheOrderGivenReachTheServer() {
    String auditor =
        "{\"Accounts\": [{\"OwnerId\": \"1300000000000009\", \"AccessKeyId\": \"auditorKeyId\", \"AccessKeySecret\": \"s\"}]}";
    try (AliyunMockContainer small =
        new AliyunMockContainer(IMAGE)
            .withFixtureResource("small-world.json")
            .withFixtures(auditor)
            .withOptions(MockOptions.builder().auth(AuthMode.OFF).transitions("manual").build())) {
      small.start();

      assertThat(small.getAccessKeyId()).isEqualTo("smallKeyId");
      Map<String, Object> state = JsonValues.object(get(small, "/__admin/aliyun/state", null));
      assertThat(values(state, "Accounts", "AccessKeyId")).containsExactly("smallKeyId", "auditorKeyId");
      assertThat(JsonValues.object(get(small, "/__admin/aliyun/transitions", null))).containsEntry("DefaultMode", "manual");
      assertThat(JsonValues.object(get(small, "/__admin/aliyun/info", null))).containsEntry("Auth", "off");
    }
  }

  @Test
  void withAdminCredentialsTheContainerStillStartsAndTheAdminApiAsksForThem() {
    try (AliyunMockContainer guarded = new AliyunMockContainer(IMAGE).withAdminCredentials("admin", "s3cret")) {
      guarded.start(); // the health check and the info read carry the credentials

      assertThat(guarded.getAccessKeyId()).isEqualTo(AliyunMockContainer.DEFAULT_ACCESS_KEY_ID);
      assertThat(status(guarded, "/__admin/aliyun/state", null)).isEqualTo(401);
      assertThat(status(guarded, "/__admin/aliyun/state", "admin:s3cret")).isEqualTo(200);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(Map<String, Object> document, String list, String field) {
    return ((List<Object>) document.get(list)).stream().map(o -> ((Map<String, Object>) o).get(field)).toList();
  }

  private static String get(AliyunMockContainer container, String path, String credentials) {
    HttpResponse<String> r = send(container, path, credentials);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private static int status(AliyunMockContainer container, String path, String credentials) {
    return send(container, path, credentials).statusCode();
  }

  private static HttpResponse<String> send(AliyunMockContainer container, String path, String credentials) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(container.getBaseUrl() + path));
    if (credentials != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("GET " + path + " failed", e);
    }
  }
}
