package dev.aliyunmock.contract.targets;

import java.net.URI;

/**
 * A running aliyun-mock ({@code -Dcontract.endpoint=http://127.0.0.1:PORT}): the standalone jar,
 * the container. Seeded through its admin API; its strict auth checks the suite's own accounts.
 */
public final class RemoteTarget extends SeedingTarget {
  private final URI base;

  /** Connects to a running server; fails at once if it is not a healthy aliyun-mock. */
  public RemoteTarget(URI base) {
    super(base);
    this.base = base;
    if (!admin().healthy()) {
      throw new IllegalStateException(base + "/__admin/health does not answer 200: is the server running?");
    }
    admin().requireAliyunMock();
  }

  @Override
  public String description() {
    return "a running server at " + base;
  }

  @Override
  public void close() {
    // not ours to stop
  }
}
