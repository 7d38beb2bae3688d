package dev.aliyunmock.vpc;

import java.util.Optional;

/**
 * An IPv4 CIDR block as the VPC-side actions read them: {@code a.b.c.d/n}, four decimal octets
 * (no sign, at most three digits, none above 255) and a prefix of 0 to 32. The address may have
 * host bits set ({@link #isNetwork()} says whether it does); the rules that care refuse such a
 * block themselves.
 *
 * <pre>{@code
 * Cidr vpc = Cidr.parse("172.16.0.0/12").orElseThrow();
 * vpc.contains(Cidr.parse("172.16.1.0/24").orElseThrow());   // true
 * }</pre>
 *
 * @param address the 32 bits of the address, as an unsigned value
 * @param prefix the number of leading bits of the network part, 0 to 32
 */
public record Cidr(long address, int prefix) {
  /** {@code 100.64.0.0/10}, the block the cloud reserves for its own services (docs/reference/vpc/routing.md, R3). */
  public static final Cidr CARRIER_GRADE_NAT = new Cidr(0x64400000L, 10);

  public Cidr {
    if (prefix < 0 || prefix > 32 || address < 0 || address > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("not an IPv4 block: " + address + "/" + prefix);
    }
  }

  /** {@code a.b.c.d/n}; empty for anything else. */
  public static Optional<Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    Optional<Long> address = parseAddress(text.substring(0, slash));
    Integer prefix = smallNumber(text.substring(slash + 1), 32);
    return address.isEmpty() || prefix == null ? Optional.empty() : Optional.of(new Cidr(address.get(), prefix));
  }

  /** {@code a.b.c.d/n}, or a bare address read as {@code /32}; empty for anything else. */
  public static Optional<Cidr> parseBlockOrAddress(String text) {
    if (text.indexOf('/') >= 0) {
      return parse(text);
    }
    return parseAddress(text).map(a -> new Cidr(a, 32));
  }

  private static Optional<Long> parseAddress(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return Optional.empty();
    }
    long a = 0;
    for (String o : octets) {
      Integer v = smallNumber(o, 255);
      if (v == null) {
        return Optional.empty();
      }
      a = (a << 8) | v;
    }
    return Optional.of(a);
  }

  /** One to three ASCII digits whose value is at most {@code max}, else {@code null}. */
  private static Integer smallNumber(String s, int max) {
    if (s.isEmpty() || s.length() > 3) {
      return null;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return v <= max ? v : null;
  }

  /** Whether the text looks like an IPv6 address or block (it holds a colon and only IPv6 characters). */
  public static boolean looksLikeIpv6(String text) {
    if (text.indexOf(':') < 0) {
      return false;
    }
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    if (slash >= 0 && smallNumber(text.substring(slash + 1), 128) == null) {
      return false;
    }
    int doubleColon = address.indexOf("::");
    if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] groups = address.split(":", -1);
    int nonEmpty = 0;
    for (String g : groups) {
      if (g.length() > 4) {
        return false;
      }
      for (int i = 0; i < g.length(); i++) {
        if (Character.digit(g.charAt(i), 16) < 0) {
          return false;
        }
      }
      if (!g.isEmpty()) {
        nonEmpty++;
      }
    }
    return doubleColon >= 0 ? nonEmpty <= 7 : groups.length == 8 && nonEmpty == 8;
  }

  private long mask() {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  /** Whether the address is the block's first (no host bits set). */
  public boolean isNetwork() {
    return (address & ~mask() & 0xFFFFFFFFL) == 0;
  }

  /** The first address of the block. */
  public long first() {
    return address & mask();
  }

  /** The last address of the block. */
  public long last() {
    return first() + size() - 1;
  }

  /** How many addresses the block holds. */
  public long size() {
    return 1L << (32 - prefix);
  }

  /** Whether every address of {@code other} is in this block (a block contains itself). */
  public boolean contains(Cidr other) {
    return other.first() >= first() && other.last() <= last();
  }

  /** Whether the two blocks share an address. */
  public boolean overlaps(Cidr other) {
    return other.first() <= last() && first() <= other.last();
  }

  /** The block as {@code a.b.c.d/n}, with its network address. */
  @Override
  public String toString() {
    long a = first();
    return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255) + "/" + prefix;
  }
}
