package dev.aliyunmock.api;

import java.util.Optional;

/**
 * The two API versions a real client may send for the router-interface family, and what differs
 * between them (docs/reference/api-versions.md).
 *
 * <pre>{@code
 * Dialect d = Dialect.forVersion("2016-04-28").orElseThrow();   // VPC
 * d.defaultFormat();                                              // JSON
 * }</pre>
 */
public enum Dialect {
  /** {@code Version=2014-05-26}: follows the ECS API page of 2016 word for word (ECS-2016 in docs/reference/sources.md). */
  ECS("2014-05-26", "Ecs", "ecs.aliyuncs.com", Format.XML),
  /** {@code Version=2016-04-28}: follows the newer VPC documentation where it differs. */
  VPC("2016-04-28", "Vpc", "vpc.aliyuncs.com", Format.JSON);

  private final String version;
  private final String product;
  private final String host;
  private final Format defaultFormat;

  Dialect(String version, String product, String host, Format defaultFormat) {
    this.version = version;
    this.product = product;
    this.host = host;
    this.defaultFormat = defaultFormat;
  }

  /** The {@code Version} parameter value. */
  public String version() {
    return version;
  }

  /** The product code, as used in {@code Recommend} links. */
  public String product() {
    return product;
  }

  /** The public endpoint, reported as {@code HostId} in errors. */
  public String host() {
    return host;
  }

  /** The response format when the request carries no {@code Format}. */
  public Format defaultFormat() {
    return defaultFormat;
  }

  /** The dialect of a {@code Version} value, if it is one this product serves. */
  public static Optional<Dialect> forVersion(String version) {
    for (Dialect d : values()) {
      if (d.version.equals(version)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
