package dev.aliyunmock.bench;

/**
 * Fixture documents of any size for the benchmarks, shaped like a real account: one account (the
 * default world's test credentials), initiators in cn-hangzhou, their acceptors in cn-beijing, one
 * interface per router (so no Connect is refused for quota or an existing pair between two
 * routers), every field a real Describe answer carries.
 *
 * <ul>
 *   <li>Pair {@code p} is {@link #initiator(int)} on {@code vrt-i…p}, with {@link #acceptor(int)}
 *       on {@code vrt-a…p}; both Idle and ready to connect,
 *   <li>except every {@value #ACTIVE_EVERY}th pair (p = 0, 10, 20, …), which is connected and
 *       Active: the matches of a {@code Status=Active} filter grow with the world,
 *   <li>and {@value #NEEDLES} initiators spread evenly through the world are named {@value
 *       #NEEDLE_NAME}: the matches of a {@code Name} filter stay the same at every size.
 * </ul>
 */
public final class BenchWorld {
  static final String OWNER = "1000000000000001";
  static final String ACCESS_KEY_ID = "testAccessKeyId";
  static final String ACCESS_KEY_SECRET = "testAccessKeySecret";
  static final String REGION = "cn-hangzhou";
  static final String OPPOSITE_REGION = "cn-beijing";
  static final int ACTIVE_EVERY = 10;
  static final int NEEDLES = 5;
  static final String NEEDLE_NAME = "needle";

  private BenchWorld() {}

  /** A world of {@code interfaces} router interfaces (rounded down to pairs, at least one pair). */
  public static String json(int interfaces) {
    int pairs = Math.max(1, interfaces / 2);
    StringBuilder b = new StringBuilder(pairs * 1500 + 1024);
    b.append("{\"Regions\":[\"").append(REGION).append("\",\"").append(OPPOSITE_REGION).append("\"],\n");
    b.append("\"Accounts\":[{\"OwnerId\":\"").append(OWNER).append("\",\"AccessKeyId\":\"").append(ACCESS_KEY_ID)
        .append("\",\"AccessKeySecret\":\"").append(ACCESS_KEY_SECRET).append("\",\"BillsOutstanding\":false,\"Bid\":\"26842\"}],\n");
    b.append("\"Routers\":[");
    for (int p = 0; p < pairs; p++) {
      if (p > 0) {
        b.append(",\n");
      }
      b.append("{\"RouterId\":\"").append(router('i', p)).append("\",\"RouterType\":\"VRouter\",\"RegionId\":\"")
          .append(REGION).append("\",\"OwnerId\":\"").append(OWNER).append("\"},\n");
      b.append("{\"RouterId\":\"").append(router('a', p)).append("\",\"RouterType\":\"VRouter\",\"RegionId\":\"")
          .append(OPPOSITE_REGION).append("\",\"OwnerId\":\"").append(OWNER).append("\"}");
    }
    b.append("],\n\"RouterInterfaces\":[");
    int needleEvery = Math.max(1, pairs / NEEDLES);
    for (int p = 0; p < pairs; p++) {
      if (p > 0) {
        b.append(",\n");
      }
      boolean active = isActive(p);
      boolean needle = p % needleEvery == needleEvery / 2 && p / needleEvery < NEEDLES;
      side(b, true, p, active, needle);
      b.append(",\n");
      side(b, false, p, active, false);
    }
    b.append("]}\n");
    return b.toString();
  }

  /** Pair {@code p}'s two interfaces alone, Idle, as a fixture document: loads into a world that has its routers. */
  static String pairJson(int p) {
    StringBuilder b = new StringBuilder("{\"RouterInterfaces\":[");
    side(b, true, p, false, false);
    b.append(',');
    side(b, false, p, false, false);
    return b.append("]}").toString();
  }

  /** Whether pair {@code p} is loaded connected and Active. */
  static boolean isActive(int p) {
    return p % ACTIVE_EVERY == 0;
  }

  /** How many interfaces of the caller's region a {@code Status=Active} filter matches. */
  static int activeInitiators(int interfaces) {
    int pairs = Math.max(1, interfaces / 2);
    return (pairs + ACTIVE_EVERY - 1) / ACTIVE_EVERY;
  }

  /** How many interfaces a {@code Name=needle} filter matches (the same at every size ≥ 10). */
  static int needles(int interfaces) {
    return Math.min(NEEDLES, Math.max(1, interfaces / 2));
  }

  /** The first pair that is Idle, ready to connect. */
  static int firstIdlePair() {
    return 1;
  }

  /** The pair in the middle of the world: the one Describe-by-id asks for. */
  static int middlePair(int interfaces) {
    int pairs = Math.max(1, interfaces / 2);
    int p = pairs / 2;
    return isActive(p) && p + 1 < pairs ? p + 1 : p;
  }

  static String initiator(int p) {
    return id("ri-i", p, 20);
  }

  static String acceptor(int p) {
    return id("ri-a", p, 20);
  }

  private static String router(char side, int p) {
    return id("vrt-" + side, p, 19);
  }

  private static String vpc(char side, int p) {
    return id("vpc-" + side, p, 19);
  }

  /** {@code prefix} and {@code n} zero-padded to {@code digits} (String.format is slow at 100,000). */
  private static String id(String prefix, int n, int digits) {
    String num = Integer.toString(n);
    StringBuilder b = new StringBuilder(prefix.length() + digits).append(prefix);
    for (int i = num.length(); i < digits; i++) {
      b.append('0');
    }
    return b.append(num).toString();
  }

  private static void side(StringBuilder b, boolean initiating, int p, boolean active, boolean needle) {
    char me = initiating ? 'i' : 'a';
    char other = initiating ? 'a' : 'i';
    b.append("{\"RouterInterfaceId\":\"").append(initiating ? initiator(p) : acceptor(p)).append('"');
    field(b, "RouterId", router(me, p));
    field(b, "Role", initiating ? "InitiatingSide" : "AcceptingSide");
    field(b, "Spec", initiating ? "Large.2" : "Negative");
    field(b, "Name", needle ? NEEDLE_NAME : (initiating ? "hangzhou-to-beijing-" : "beijing-from-hangzhou-") + p);
    field(b, "Description", initiating ? "Initiator of benchmark pair " + p : "Acceptor of benchmark pair " + p);
    field(b, "OppositeInterfaceId", initiating ? acceptor(p) : initiator(p));
    field(b, "OppositeRouterId", router(other, p));
    field(b, "OppositeRouterType", "VRouter");
    field(b, "OppositeInterfaceOwnerId", OWNER);
    field(b, "OppositeRegionId", initiating ? OPPOSITE_REGION : REGION);
    field(b, "VpcInstanceId", vpc(me, p));
    field(b, "OppositeVpcInstanceId", vpc(other, p));
    field(b, "CreationTime", "2026-01-01T00:00:00Z");
    if (active) {
      field(b, "Status", "Active");
      field(b, "ConnectedTime", "2026-01-02T00:00:00Z");
      field(b, "OppositeInterfaceStatus", "Active");
      field(b, "OppositeInterfaceSpec", initiating ? "Negative" : "Large.2");
      field(b, "OppositeInterfaceBusinessStatus", "Normal");
    }
    b.append('}');
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(",\"").append(name).append("\":\"").append(value).append('"');
  }
}
