package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With one test instance per class, the constructor runs before any callback, and still gets the mock. */
@AliyunMockTest(fixtures = "worlds/small.json")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassLifecycleTest {
  private final AliyunMockHandle fromConstructor;
  private AliyunMockHandle fromBeforeAll;

  PerClassLifecycleTest(AliyunMockHandle mock) {
    this.fromConstructor = mock;
  }

  @BeforeAll
  void keep(AliyunMockHandle mock) {
    this.fromBeforeAll = mock;
  }

  @Test
  void constructorBeforeAllAndTestShareTheClassMock(AliyunMockHandle mock) {
    assertThat(fromConstructor).isSameAs(mock);
    assertThat(fromBeforeAll).isSameAs(mock);
    assertThat(mock.findRouterInterface("ri-small-hz")).isPresent();
  }
}
