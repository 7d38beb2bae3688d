package dev.aliyunmock.junit.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceResponse;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.AccountsSection;
import dev.aliyunmock.fixtures.FixtureDocument;
import dev.aliyunmock.routerinterface.RouterInterfaceSection;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.AuthMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link AliyunMockContainer} against the real image ({@value AliyunMockContainer#DEFAULT_IMAGE},
 * built by {@code container/build-image.sh}) through a container engine: run by the Maven profile
 * {@code container-tests} only.
 */
@Tag("container")
class AliyunMockContainerTest {
  /** Started once for the class from the folder {@code container-world/} (two files), stopped after it. */
  private static AliyunMockContainer shop;

  @BeforeAll
  static void start() throws Exception {
    shop = new AliyunMockContainer().withFixtures(Path.of(AliyunMockContainerTest.class.getResource("/container-world").toURI()));
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
  void theCredentialGettersGiveTheFirstAccountOfTheFolderInNameOrder() {
    assertThat(shop.getAccessKeyId()).isEqualTo("shopKeyId");
    assertThat(shop.getAccessKeySecret()).isEqualTo("shopKeySecret");
    assertThat(shop.getOwnerId()).isEqualTo("1400000000000001");
    assertThat(shop.getRegion()).isEqualTo("cn-shanghai");
  }

  @Test
  void theStateOfTheAdminApiHoldsEveryFileOfTheFolder() throws Exception {
    FixtureDocument state = AliyunMock.parseFixture(get(shop, "/__admin/aliyun/state"));

    assertThat(state.entries(AccountsSection.KEY)).extracting(a -> ((Account) a).accessKeyId()).containsExactly("shopKeyId", "auditKeyId");
    assertThat(state.entries(RouterInterfaceSection.KEY)).extracting(ri -> (Object) ((Map<?, ?>) ri).get(RouterInterfaceField.RouterInterfaceId))
        .containsExactly("ri-shop-shanghai", "ri-shop-beijing");
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
    Map<?, ?> initiator = (Map<?, ?>) AliyunMock.parseFixture(get(shop, "/__admin/aliyun/state")).entries(RouterInterfaceSection.KEY).get(0);
    assertThat(initiator.get(RouterInterfaceField.RouterInterfaceId)).isEqualTo("ri-shop-shanghai");
    assertThat(initiator.get(RouterInterfaceField.Status)).isEqualTo(Status.CONNECTING);
  }

  @Test
  void withNoFixturesTheContainerServesTheDefaultWorldAndStopRemovesIt() {
    AliyunMockContainer plain = new AliyunMockContainer();
    try {
      plain.start();
      assertThat(plain.getAccessKeyId()).isEqualTo("testAccessKeyId");
      assertThat(plain.getOwnerId()).isEqualTo("1000000000000001");
      assertThat(plain.getRegion()).isEqualTo("cn-hangzhou");
    } finally {
      plain.stop();
    }
    assertThat(plain.isRunning()).isFalse();
    assertThat(plain.getContainerId()).isNull();
  }

  @Test
  void fixturesFromAResourceAndFromTextLoadInTheOrderGivenWithTheAuthAndTransitionsAsked() throws Exception {
    String auditor =
        "{\"Accounts\": [{\"OwnerId\": \"1300000000000009\", \"AccessKeyId\": \"auditorKeyId\", \"AccessKeySecret\": \"s\"}]}";
    try (AliyunMockContainer small =
        new AliyunMockContainer()
            .withFixtureResource("worlds/small.json")
            .withFixtures(auditor)
            .withAuth(AuthMode.OFF)
            .withTransitions("manual")) {
      small.start();

      assertThat(small.getAccessKeyId()).isEqualTo("smallKeyId");
      assertThat(AliyunMock.parseFixture(get(small, "/__admin/aliyun/state")).entries(AccountsSection.KEY))
          .extracting(a -> ((Account) a).accessKeyId())
          .containsExactly("smallKeyId", "auditorKeyId");
      assertThat(get(small, "/__admin/aliyun/transitions")).contains("\"DefaultMode\":\"manual\"");
      assertThat(small.getEnvMap()).containsEntry("ALIYUN_MOCK_AUTH", "off");
      assertThat(small.getLogs()).contains("auth=off");
    }
  }

  @Test
  void aTransitionModeThatIsNoneIsRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> new AliyunMockContainer().withTransitions("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sometimes'");
  }

  @Test
  void aMissingFixtureResourceIsNamed() {
    assertThatThrownBy(() -> new AliyunMockContainer().withFixtureResource("worlds/none.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixture resource 'worlds/none.json' is not on the class path");
  }

  private static String get(AliyunMockContainer container, String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(container.getBaseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
