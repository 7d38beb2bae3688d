package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A {@code @Nested} class shares its enclosing class's mock unless it carries its own configuration. */
@AliyunMockTest(fixtures = "worlds/small.json")
class NestedClassesTest {
  private final AliyunMockHandle outer;

  NestedClassesTest(AliyunMockHandle outer) {
    this.outer = outer;
  }

  @Test
  void theClassHasItsFixtures(AliyunMockHandle mock) {
    assertThat(mock.findRouterInterface("ri-small-hz")).isPresent();
  }

  @Nested
  class WithoutAConfigurationOfItsOwn {
    @Test
    void sharesTheServerOfTheEnclosingClass(AliyunMockHandle mock) {
      assertThat(mock).isSameAs(outer);
      assertThat(mock.findRouterInterface("ri-small-hz")).isPresent();
    }
  }

  @Nested
  @AliyunMockTest
  class WithAnAnnotationOfItsOwn {
    @Test
    void hasItsOwnServerAndWorld(AliyunMockHandle mock) {
      assertThat(mock.port()).isNotEqualTo(outer.port());
      assertThat(mock.findRouterInterface("ri-small-hz")).isEmpty();
      assertThat(mock.findRouterInterface("ri-hangzhou0initiator001")).isPresent();
    }
  }
}
