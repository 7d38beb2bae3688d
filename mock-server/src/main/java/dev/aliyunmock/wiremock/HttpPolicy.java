package dev.aliyunmock.wiremock;

import dev.aliyunmock.control.MockOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP layer's bounds and browser rules: how large and how slow a request body may be, and
 * which {@code Host} names and browser origins are answered. The figures are documented in {@code
 * docs/security.md}.
 *
 * <pre>{@code
 * HttpPolicy p = HttpPolicy.defaults().withBrowserAccess(List.of("aliyun-mock"), List.of());
 * }</pre>
 *
 * @param maxBodyBytes the largest API request body (1 MiB); a larger announced length is refused
 *     before any of it is read
 * @param maxAdminBodyBytes the largest admin request body (64 MiB: fixture documents can be large)
 * @param bodyDeadline how long a whole request body may take to arrive, from the end of its headers
 * @param minBodyBytesPerSecond the slowest average rate a body may arrive at, checked after {@link
 *     #rateGrace}
 * @param rateGrace how long a body may arrive slowly before its rate is checked
 * @param allowedHosts {@code Host} names answered besides loopback names and IP literals; {@code *}: any
 * @param allowedOrigins browser origins answered besides the server's own; {@code *}: any
 */
public record HttpPolicy(
    int maxBodyBytes,
    int maxAdminBodyBytes,
    Duration bodyDeadline,
    long minBodyBytesPerSecond,
    Duration rateGrace,
    List<String> allowedHosts,
    List<String> allowedOrigins) {

  /** The largest API request body: 1 MiB, far above any API call. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  /** The largest admin request body: 64 MiB. */
  public static final int MAX_ADMIN_BODY_BYTES = 64 << 20;

  public HttpPolicy {
    Objects.requireNonNull(bodyDeadline, "bodyDeadline");
    Objects.requireNonNull(rateGrace, "rateGrace");
    allowedHosts = List.copyOf(allowedHosts);
    allowedOrigins = List.copyOf(allowedOrigins);
    if (maxBodyBytes <= 0 || maxAdminBodyBytes <= 0 || minBodyBytesPerSecond < 0 || bodyDeadline.isNegative()
        || bodyDeadline.isZero()) {
      throw new IllegalArgumentException("body limits must be positive");
    }
  }

  /** 1 MiB API bodies, 64 MiB admin bodies, 10 s per body, at least 8 KiB/s after 2 s; no extra hosts or origins. */
  public static HttpPolicy defaults() {
    return new HttpPolicy(
        MAX_BODY_BYTES, MAX_ADMIN_BODY_BYTES, Duration.ofSeconds(10), 8 * 1024, Duration.ofSeconds(2), List.of(), List.of());
  }

  /** The defaults, with the hosts and origins of {@code options}. */
  public static HttpPolicy of(MockOptions options) {
    return defaults().withBrowserAccess(options.allowedHosts(), options.allowedOrigins());
  }

  /** This policy with other allowed hosts and origins. */
  public HttpPolicy withBrowserAccess(List<String> hosts, List<String> origins) {
    return new HttpPolicy(maxBodyBytes, maxAdminBodyBytes, bodyDeadline, minBodyBytesPerSecond, rateGrace, hosts, origins);
  }

  /** This policy with another body deadline and minimum rate (tests use short ones). */
  public HttpPolicy withBodyTiming(Duration deadline, long minBytesPerSecond, Duration grace) {
    return new HttpPolicy(maxBodyBytes, maxAdminBodyBytes, deadline, minBytesPerSecond, grace, allowedHosts, allowedOrigins);
  }
}
