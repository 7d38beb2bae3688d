package dev.aliyunmock.contract.targets;

import java.net.URI;

/**
 * The build's default target: the mock started in this JVM by the JUnit extension ({@code
 * AliyunMockExtension}, registered on {@code ContractTest}) on a free 127.0.0.1 port, with its
 * built-in world and strict auth, and seeded through its admin API like any running server. The
 * extension owns the server and stops it; this target only knows where it is.
 */
public final class InProcessTarget extends SeedingTarget {
  private final String baseUrl;

  private InProcessTarget(String baseUrl) {
    super(URI.create(baseUrl));
    this.baseUrl = baseUrl;
  }

  /** The mock the extension started, at {@code baseUrl} ({@code http://127.0.0.1:PORT}). */
  public static InProcessTarget at(String baseUrl) {
    return new InProcessTarget(baseUrl);
  }

  @Override
  public String description() {
    return "the mock in-process (" + baseUrl + ")";
  }

  @Override
  public void close() {
    // The JUnit extension stops the server it started.
  }
}
