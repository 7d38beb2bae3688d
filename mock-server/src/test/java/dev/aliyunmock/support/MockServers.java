package dev.aliyunmock.support;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.server.AliyunMockServer;
import java.util.function.Consumer;

/** Starts servers for tests, on a free loopback port. */
public final class MockServers {
  private MockServers() {}

  /** A started server on the default world. */
  public static AliyunMockServer start() {
    return start(m -> {});
  }

  /** A started server with the mock configured by {@code configure}. */
  public static AliyunMockServer start(Consumer<AliyunMock.Builder> configure) {
    try {
      return AliyunMockServer.builder().port(0).mock(configure).build().start();
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    }
  }
}
