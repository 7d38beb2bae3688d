package dev.aliyunmock.routetable;

import dev.aliyunmock.vpc.Cidr;
import java.util.Optional;

/**
 * A route's DestinationCidrBlock as given: an IPv4 block (a bare address is taken as {@code /32},
 * R5), or an IPv6 address or block, which CreateRouteEntry takes apart before it looks any closer.
 *
 * @param ipv4 the IPv4 block, or {@code null} for an IPv6 destination
 */
public record Destination(Cidr ipv4) {
  /** An IPv6 destination. */
  public static final Destination IPV6 = new Destination(null);

  /** The destination of a text; empty when it is neither an IPv4 nor an IPv6 address or block. */
  public static Optional<Destination> parse(String text) {
    if (Cidr.looksLikeIpv6(text)) {
      return Optional.of(IPV6);
    }
    return Cidr.parseBlockOrAddress(text).map(Destination::new);
  }

  public boolean isIpv6() {
    return ipv4 == null;
  }
}
