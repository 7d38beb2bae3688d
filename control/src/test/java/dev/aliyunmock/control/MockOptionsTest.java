package dev.aliyunmock.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.control.AdminCredentials;
import dev.aliyunmock.control.MockOptions.FixtureSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MockOptionsTest {
  @Test
  void theDefaultsAreTheBuiltInWorldStrictPollOpenAdminOnLoopback8080() {
    MockOptions d = MockOptions.defaults();
    assertThat(d.fixtures()).isEmpty();
    assertThat(d.auth()).isEqualTo(AuthMode.STRICT);
    assertThat(d.transitions()).isEqualTo(TransitionMode.DEFAULT);
    assertThat(d.adminCredentials()).isNull();
    assertThat(d.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(d.port()).isEqualTo(8080);
  }

  @Test
  void theEnvironmentSetsEachOptionByItsVariable() {
    MockOptions o =
        MockOptions.fromEnvironment(
            Map.of(
                "ALIYUN_MOCK_FIXTURES", "a.json, worlds/",
                "ALIYUN_MOCK_AUTH", "OFF",
                "ALIYUN_MOCK_TRANSITIONS", "after:30s",
                "ALIYUN_MOCK_ADMIN_AUTH", "admin:pa:ss",
                "ALIYUN_MOCK_BIND_ADDRESS", "0.0.0.0",
                "ALIYUN_MOCK_PORT", "0"));
    assertThat(o.fixtures())
        .containsExactly(new FixtureSource.File(Path.of("a.json")), new FixtureSource.File(Path.of("worlds/")));
    assertThat(o.auth()).isEqualTo(AuthMode.OFF);
    assertThat(o.transitions()).isEqualTo(TransitionMode.parse("after:PT30S"));
    assertThat(o.adminCredentials()).isEqualTo(new AdminCredentials("admin", "pa:ss"));
    assertThat(o.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(o.port()).isZero();
  }

  @Test
  void anEmptyVariableIsUnsetButAnEmptyAdminPasswordIsRefused() {
    assertThat(MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_AUTH", "", "ALIYUN_MOCK_PORT", " ")))
        .isEqualTo(MockOptions.defaults());
    assertThatThrownBy(() -> MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_ADMIN_AUTH", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ALIYUN_MOCK_ADMIN_AUTH: admin credentials must be USER:PASSWORD");
    assertThatThrownBy(() -> MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_ADMIN_AUTH", "admin:")))
        .hasMessageNotContaining("admin:");
  }

  @Test
  void aRefusedValueNamesItsSourceAndTheAllowedValues() {
    assertThatThrownBy(() -> MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_AUTH", "loose")))
        .hasMessage("ALIYUN_MOCK_AUTH: auth mode must be strict or off, not 'loose'");
    Properties p = new Properties();
    p.setProperty("aliyunmock.transitions", "sometimes");
    assertThatThrownBy(() -> MockOptions.fromSystemProperties(p))
        .hasMessageStartingWith("aliyunmock.transitions: transition mode must be poll, poll:N, after:DURATION or manual");
    assertThatThrownBy(() -> MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_PORT", "70000")))
        .hasMessage("ALIYUN_MOCK_PORT: port must be 0-65535, not 70000");
  }

  @Test
  void theEnvironmentOfOptionsReadsBackIntoTheSameOptions() {
    MockOptions o =
        MockOptions.builder()
            .auth("off")
            .transitions("manual")
            .adminCredentials(AdminCredentials.parse("u:p"))
            .bindAddress("0.0.0.0")
            .port(9000)
            .build();
    assertThat(MockOptions.fromEnvironment(o.toEnvironment())).isEqualTo(o);
    assertThat(MockOptions.defaults().toEnvironment()).isEmpty();
  }

  @Test
  void credentialsNeverPrintTheirPassword() {
    assertThat(AdminCredentials.parse("admin:s3cret")).hasToString("AdminCredentials[admin, ****]");
  }

  @Test
  void allowedHostsAndOriginsAreListsCheckedAndRoundTrip() {
    MockOptions o =
        MockOptions.fromEnvironment(
            Map.of(
                "ALIYUN_MOCK_ALLOWED_HOSTS", "aliyun-mock, Docker",
                "ALIYUN_MOCK_ALLOWED_ORIGINS", "http://console.test:3000"));
    assertThat(o.allowedHosts()).containsExactly("aliyun-mock", "docker");
    assertThat(o.allowedOrigins()).containsExactly("http://console.test:3000");
    assertThat(MockOptions.fromEnvironment(o.toEnvironment())).isEqualTo(o);
    assertThat(MockOptions.defaults().allowedHosts()).isEmpty();
    assertThatThrownBy(() -> MockOptions.fromEnvironment(Map.of("ALIYUN_MOCK_ALLOWED_HOSTS", "http://x")))
        .hasMessageStartingWith("ALIYUN_MOCK_ALLOWED_HOSTS: an allowed host must be a host name");
    Properties p = new Properties();
    p.setProperty("aliyunmock.allowedOrigins", "console.test");
    assertThatThrownBy(() -> MockOptions.fromSystemProperties(p))
        .hasMessageStartingWith("aliyunmock.allowedOrigins: an allowed origin must be scheme://host[:port]");
  }
}
