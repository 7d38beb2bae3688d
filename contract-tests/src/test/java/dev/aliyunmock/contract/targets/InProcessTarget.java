package dev.aliyunmock.contract.targets;

import dev.aliyunmock.server.AliyunMockServer;
import java.net.URI;

/**
 * The default target: the mock started in this JVM on a free 127.0.0.1 port, with its built-in
 * world and strict auth, seeded through its admin API like any running server. The only class of
 * the suite that touches mock code; switching to the JUnit extension changes this class alone.
 */
public final class InProcessTarget extends SeedingTarget {
  private final AliyunMockServer server;

  private InProcessTarget(AliyunMockServer server) {
    super(URI.create(server.baseUrl()));
    this.server = server;
  }

  /** Starts the mock on a free loopback port. */
  public static InProcessTarget start() {
    AliyunMockServer server;
    try {
      server = AliyunMockServer.builder().port(0).bindAddress("127.0.0.1").build();
    } catch (Exception e) {
      throw new IllegalStateException("the mock's built-in world did not load", e);
    }
    server.start();
    return new InProcessTarget(server);
  }

  @Override
  public String description() {
    return "the mock in-process (" + server.baseUrl() + ")";
  }

  @Override
  public void close() {
    server.stop();
  }
}
