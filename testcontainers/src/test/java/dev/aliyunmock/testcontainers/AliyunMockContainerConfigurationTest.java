package dev.aliyunmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.control.AdminCredentials;
import dev.aliyunmock.control.MockOptions.FixtureSource;
import dev.aliyunmock.control.TransitionMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/**
 * What the container is configured with before it starts: image checks, environment, fixture
 * files. Nothing here talks to a container engine (constructing and configuring a container does
 * not).
 */
class AliyunMockContainerConfigurationTest {
  private static final String IMAGE = "localhost/aliyun-mock:latest";

  @Test
  void theImagesOfBuildImageShAndOfDockerBuildAreAccepted() {
    // (Reading the image name back would resolve the image, which needs a container engine.)
    assertThatCode(() -> new AliyunMockContainer(IMAGE)).doesNotThrowAnyException();
    assertThatCode(() -> new AliyunMockContainer("aliyun-mock:0.1.0")).doesNotThrowAnyException();
    assertThatCode(() -> new AliyunMockContainer(AliyunMockContainer.DEFAULT_IMAGE_NAME.withTag(AliyunMockContainer.DEFAULT_TAG)))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherImageIsRefusedUnlessDeclaredASubstitute() {
    assertThatThrownBy(() -> new AliyunMockContainer("registry.example.com/tools/other:1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("registry.example.com/tools/other:1");

    DockerImageName mirrored =
        DockerImageName.parse("registry.example.com/aliyun-mock:0.1.0").asCompatibleSubstituteFor(AliyunMockContainer.DEFAULT_IMAGE_NAME);
    assertThatCode(() -> new AliyunMockContainer(mirrored)).doesNotThrowAnyException();
  }

  @Test
  void theServerListensOnEveryInterfaceAtTheExposedPort() {
    AliyunMockContainer mock = new AliyunMockContainer(IMAGE);

    assertThat(mock.getExposedPorts()).containsExactly(AliyunMockContainer.PORT);
    assertThat(mock.getEnvMap()).containsEntry("ALIYUN_MOCK_PORT", "8080").containsEntry("ALIYUN_MOCK_BIND_ADDRESS", "0.0.0.0");
  }

  @Test
  void optionsBecomeTheServersEnvironmentExceptPortAndBindAddress() {
    MockOptions options =
        MockOptions.builder()
            .auth(AuthMode.OFF)
            .transitions("after:30s")
            .adminCredentials(new AdminCredentials("admin", "pa:ss"))
            .port(0)
            .bindAddress("127.0.0.1")
            .verbose(true)
            .build();

    AliyunMockContainer mock = new AliyunMockContainer(IMAGE).withOptions(options);

    assertThat(mock.getEnvMap())
        .containsEntry("ALIYUN_MOCK_AUTH", "off")
        .containsEntry("ALIYUN_MOCK_TRANSITIONS", "after:PT30S")
        .containsEntry("ALIYUN_MOCK_ADMIN_AUTH", "admin:pa:ss")
        .containsEntry("ALIYUN_MOCK_OPTS", "--verbose")
        .containsEntry("ALIYUN_MOCK_PORT", "8080")
        .containsEntry("ALIYUN_MOCK_BIND_ADDRESS", "0.0.0.0");
  }

  @Test
  void defaultOptionsUndoWhatAnEarlierCallSet() {
    AliyunMockContainer mock =
        new AliyunMockContainer(IMAGE).withAuth(AuthMode.OFF).withTransitions("manual").withAdminCredentials("a", "b");

    mock.withOptions(MockOptions.defaults());

    assertThat(mock.getEnvMap()).doesNotContainKeys("ALIYUN_MOCK_AUTH", "ALIYUN_MOCK_TRANSITIONS", "ALIYUN_MOCK_ADMIN_AUTH", "ALIYUN_MOCK_OPTS");
  }

  @Test
  void theSettersWriteWhatTheServerReads() {
    AliyunMockContainer mock = new AliyunMockContainer(IMAGE).withAuth(AuthMode.OFF).withTransitions(new TransitionMode.OnPoll(3));

    assertThat(mock.getEnvMap()).containsEntry("ALIYUN_MOCK_AUTH", "off").containsEntry("ALIYUN_MOCK_TRANSITIONS", "poll:3");
  }

  @Test
  void fixturesAreCopiedUnderNumberedNamesInTheOrderGiven() throws Exception {
    Path folder = Path.of(getClass().getResource("/container-world").toURI());
    MockOptions options =
        MockOptions.builder()
            .fixture(new FixtureSource.Resource("/small-world.json"))
            .fixture(new FixtureSource.Json("{}", "my world"))
            .build();

    AliyunMockContainer mock = new AliyunMockContainer(IMAGE).withFixtures(folder).withFixtures("{}").withOptions(options);

    assertThat(mock.fixtureFiles())
        .containsExactly(
            "/fixtures/01-01-shop.json",
            "/fixtures/02-02-interfaces.json",
            "/fixtures/03-fixture.json",
            "/fixtures/04-small-world.json",
            "/fixtures/05-my_world.json");
  }

  @Test
  void theHostTheContainerIsReachedByIsAllowedUnlessTheMockAdmitsItAnyway() {
    assertThat(AliyunMockContainer.allowedHosts(null, "localhost")).isNull();
    assertThat(AliyunMockContainer.allowedHosts(null, "127.0.0.1")).isNull();
    assertThat(AliyunMockContainer.allowedHosts(null, "::1")).isNull();
    assertThat(AliyunMockContainer.allowedHosts(null, "Docker")).isEqualTo("docker");
    assertThat(AliyunMockContainer.allowedHosts("mock.example", "docker")).isEqualTo("mock.example,docker");
    assertThat(AliyunMockContainer.allowedHosts("docker", "docker")).isNull();
    assertThat(AliyunMockContainer.allowedHosts("*", "docker")).isNull();
  }

  @Test
  void optionsSetLaterReplaceAllowedHostsAndOrigins() {
    AliyunMockContainer mock =
        new AliyunMockContainer(IMAGE)
            .withOptions(MockOptions.builder().allowedHosts(List.of("mock.example")).allowedOrigins(List.of("http://ui.example:3000")).build());
    assertThat(mock.getEnvMap())
        .containsEntry("ALIYUN_MOCK_ALLOWED_HOSTS", "mock.example")
        .containsEntry("ALIYUN_MOCK_ALLOWED_ORIGINS", "http://ui.example:3000");

    mock.withOptions(MockOptions.defaults());

    assertThat(mock.getEnvMap()).doesNotContainKeys("ALIYUN_MOCK_ALLOWED_HOSTS", "ALIYUN_MOCK_ALLOWED_ORIGINS");
  }

  @Test
  void aTransitionModeThatIsNoneIsRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> new AliyunMockContainer(IMAGE).withTransitions("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sometimes'");
  }

  @Test
  void aMissingFixtureResourceIsNamed() {
    assertThatThrownBy(() -> new AliyunMockContainer(IMAGE).withFixtureResource("worlds/none.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixture resource 'worlds/none.json' is not on the class path");
  }

  @Test
  void theKeysAreThereOnlyOnceStarted() {
    assertThatThrownBy(() -> new AliyunMockContainer(IMAGE).getAccessKeyId())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the container is not started: call start() first");
  }

  @Test
  void nothingOfTheServerOrOfWireMockIsOnTheClassPath() {
    // This module's class path is what a Testcontainers-only user gets (plus test libraries).
    for (String name : new String[] {"com.github.tomakehurst.wiremock.WireMockServer", "dev.aliyunmock.server.AliyunMockServer", "dev.aliyunmock.AliyunMock"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
