package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line diagnosis of the WireMock on a test class path (the two-copies case runs in its own execution: TwoWireMocksTest). */
class WireMockClassPathTest {
  private static final String BUILT_WITH = "3.13.2";

  @Test
  void thisModulesClassPathHasTheOneWireMockTheMockRunsOn() {
    assertThat(WireMockClassPath.problem(getClass().getClassLoader())).isEmpty();
    assertThat(WireMockClassPath.builtWith()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void anotherPatchOfTheSameMinorIsAccepted() {
    assertThat(WireMockClassPath.problem(List.of("wiremock-standalone-3.13.1.jar"), true, "3.13.1", BUILT_WITH)).isEmpty();
  }

  @Test
  void anotherMinorVersionIsNamedWithTheOneToUse() {
    assertThat(WireMockClassPath.problem(List.of("wiremock-standalone-3.9.1.jar"), true, "3.9.1", BUILT_WITH))
        .hasValue(
            "aliyun-mock runs on WireMock 3.13.x (org.wiremock:wiremock-standalone 3.13.2), but the test class path has"
                + " WireMock 3.9.1 (wiremock-standalone-3.9.1.jar): use 3.13.2");
  }

  @Test
  void theUnshadedWireMockAloneIsNotEnough() {
    assertThat(WireMockClassPath.problem(List.of("wiremock-3.13.2.jar"), false, "3.13.2", BUILT_WITH))
        .hasValue(
            "aliyun-mock runs on org.wiremock:wiremock-standalone 3.13.2, which is not on the test class path"
                + " (WireMock comes from wiremock-3.13.2.jar): do not exclude it from aliyun-mock-junit");
  }

  @Test
  void twoCopiesAreNamedWhateverTheirVersions() {
    assertThat(WireMockClassPath.problem(List.of("wiremock-3.13.2.jar", "wiremock-standalone-3.13.2.jar"), true, null, BUILT_WITH))
        .hasValue(
            "two copies of WireMock are on the test class path (wiremock-3.13.2.jar, wiremock-standalone-3.13.2.jar):"
                + " aliyun-mock runs on org.wiremock:wiremock-standalone 3.13.2, so depend on it instead of"
                + " org.wiremock:wiremock (same API, its Jetty and Jackson shaded) or run the mock in a container"
                + " (aliyun-mock-testcontainers)");
  }
}
