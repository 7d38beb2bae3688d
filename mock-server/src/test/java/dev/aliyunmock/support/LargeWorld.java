package dev.aliyunmock.support;

/**
 * A fixture document of any size: the default world's two accounts, initiators in cn-hangzhou on
 * one router each, their acceptors in cn-beijing; every 10th pair Active, the rest Idle.
 */
public final class LargeWorld {
  static final String OWNER = "1000000000000001";

  private LargeWorld() {}

  public static String json(int interfaces) {
    int pairs = Math.max(1, interfaces / 2);
    StringBuilder b = new StringBuilder(pairs * 900 + 512);
    b.append("{\"Regions\":[\"cn-hangzhou\",\"cn-beijing\"],\"Accounts\":[")
        .append("{\"OwnerId\":\"").append(OWNER).append("\",\"AccessKeyId\":\"testAccessKeyId\",\"AccessKeySecret\":\"testAccessKeySecret\"},")
        .append("{\"OwnerId\":\"1000000000000002\",\"AccessKeyId\":\"peerAccessKeyId\",\"AccessKeySecret\":\"peerAccessKeySecret\"}],\n");
    b.append("\"Routers\":[");
    for (int p = 0; p < pairs; p++) {
      b.append(p == 0 ? "" : ",\n")
          .append("{\"RouterId\":\"").append(router('i', p)).append("\",\"RouterType\":\"VRouter\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"").append(OWNER).append("\"},")
          .append("{\"RouterId\":\"").append(router('a', p)).append("\",\"RouterType\":\"VRouter\",\"RegionId\":\"cn-beijing\",\"OwnerId\":\"").append(OWNER).append("\"}");
    }
    b.append("],\n\"RouterInterfaces\":[");
    for (int p = 0; p < pairs; p++) {
      b.append(p == 0 ? "" : ",\n");
      side(b, true, p);
      b.append(",\n");
      side(b, false, p);
    }
    return b.append("]}\n").toString();
  }

  public static String initiator(int p) {
    return id("ri-i", p);
  }

  public static String acceptor(int p) {
    return id("ri-a", p);
  }

  private static String router(char side, int p) {
    return id("vrt-" + side, p);
  }

  private static String id(String prefix, int n) {
    return prefix + String.format("%019d", n);
  }

  private static void side(StringBuilder b, boolean initiating, int p) {
    boolean active = p % 10 == 0;
    b.append("{\"RouterInterfaceId\":\"").append(initiating ? initiator(p) : acceptor(p)).append('"');
    field(b, "RouterId", router(initiating ? 'i' : 'a', p));
    field(b, "Role", initiating ? "InitiatingSide" : "AcceptingSide");
    field(b, "Spec", initiating ? "Large.2" : "Negative");
    field(b, "Name", (initiating ? "hangzhou-to-beijing-" : "beijing-from-hangzhou-") + p);
    field(b, "OppositeInterfaceId", initiating ? acceptor(p) : initiator(p));
    field(b, "OppositeRouterId", router(initiating ? 'a' : 'i', p));
    field(b, "OppositeRouterType", "VRouter");
    field(b, "OppositeInterfaceOwnerId", OWNER);
    field(b, "OppositeRegionId", initiating ? "cn-beijing" : "cn-hangzhou");
    if (active) {
      field(b, "Status", "Active");
      field(b, "OppositeInterfaceStatus", "Active");
    }
    b.append('}');
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append(",\"").append(name).append("\":\"").append(value).append('"');
  }
}
