package dev.aliyunmock.contract.targets;

import java.net.URI;

/**
 * Chooses the target from system properties:
 *
 * <ul>
 *   <li>none: the mock in-process ({@link InProcessTarget});
 *   <li>{@code -Dcontract.endpoint=http://127.0.0.1:PORT}: a running aliyun-mock ({@link
 *       RemoteTarget});
 *   <li>{@code -Dcontract.target=aliyun}: the real Alibaba Cloud ({@link FixedTarget#aliyun}).
 * </ul>
 */
public final class Targets {
  public static final String ENDPOINT_PROPERTY = "contract.endpoint";
  public static final String TARGET_PROPERTY = "contract.target";

  private Targets() {}

  /**
   * @param inProcessBaseUrl the base URL of the mock the JUnit extension started in this JVM, used
   *     when no other target is asked for
   */
  public static Target fromSystemProperties(String inProcessBaseUrl) {
    String target = System.getProperty(TARGET_PROPERTY, "").trim();
    String endpoint = System.getProperty(ENDPOINT_PROPERTY, "").trim();
    if (target.equals("aliyun")) {
      return FixedTarget.aliyun(System.getenv());
    }
    if (!target.isEmpty() && !target.equals("mock")) {
      throw new IllegalArgumentException("-D" + TARGET_PROPERTY + " is aliyun or mock, not " + target);
    }
    if (!endpoint.isEmpty()) {
      return new RemoteTarget(URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint));
    }
    return InProcessTarget.at(inProcessBaseUrl);
  }
}
