package dev.aliyunmock.contract.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The world one scenario needs, in logical names, rendered as a fixture document (the format:
 * README.md, "Fixtures"; docs/fixture.schema.json) with the ids of one execution. Written for the
 * suite; it knows the fixture format, not the mock.
 *
 * <pre>{@code
 * ScenarioWorld w = ScenarioWorld.pair();                       // account a; ra, rb; init (initiator) <-> acc (acceptor)
 * w.ri("init").set("Status", "Active");
 * String fixture = w.toFixture(names);
 * }</pre>
 */
public final class ScenarioWorld {
  /** The home region of every seeded world. */
  public static final String HOME = "cn-hangzhou";
  /** A second region every seeded world declares. */
  public static final String OTHER = "cn-beijing";
  /** The site (Bid) of accounts unless a scenario says otherwise. */
  public static final String DEFAULT_BID = "26842";
  /** The caller of every scenario. */
  public static final String CALLER = "a";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Router> routers = new LinkedHashMap<>();
  private final Map<String, Ri> interfaces = new LinkedHashMap<>();
  private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> vSwitches = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> routeEntries = new LinkedHashMap<>();
  private boolean mockOnly;

  private ScenarioWorld() {}

  /** Only the caller's account: a scenario that needs no resources (it also runs on the real cloud). */
  public static ScenarioWorld caller() {
    ScenarioWorld w = new ScenarioWorld();
    w.account(CALLER);
    return w;
  }

  /**
   * The caller's connectable pair: routers {@code ra} and {@code rb} (VRouters, home region), an
   * Idle InitiatingSide {@code init} on ra and an Idle AcceptingSide {@code acc} on rb, each the
   * other's opposite.
   */
  public static ScenarioWorld pair() {
    ScenarioWorld w = caller();
    w.router("ra", CALLER, HOME, "VRouter");
    w.router("rb", CALLER, HOME, "VRouter");
    w.addRi("init", "ra", "InitiatingSide").set("Spec", "Large.2");
    w.addRi("acc", "rb", "AcceptingSide").set("Spec", "Negative");
    w.ri("init").pointAt("acc");
    w.ri("acc").pointAt("init");
    return w;
  }

  /** Applies changes, for one-expression scenario worlds. */
  public ScenarioWorld with(Consumer<ScenarioWorld> change) {
    change.accept(this);
    return this;
  }

  /** An account (created if new). */
  public Account account(String name) {
    return accounts.computeIfAbsent(name, Account::new);
  }

  /** Adds a router. */
  public ScenarioWorld router(String name, String owner, String region, String type) {
    account(owner);
    routers.put(name, new Router(name, owner, region, type));
    return this;
  }

  /** Adds a router interface on a router. */
  public Ri addRi(String name, String router, String role) {
    Objects.requireNonNull(routers.get(router), () -> "no router " + router);
    Ri ri = new Ri(name, router);
    ri.set("Role", role);
    interfaces.put(name, ri);
    return ri;
  }

  /** A router interface added before. */
  public Ri ri(String name) {
    return Objects.requireNonNull(interfaces.get(name), () -> "no router interface " + name);
  }

  /**
   * Adds a VPC of an account in a region, with its vRouter (a router of the world under the same
   * logical name, so that router interfaces may sit on it) and its route table.
   *
   * @param status Pending, Available or Deleting
   */
  public ScenarioWorld vpc(String name, String owner, String region, String cidr, String status) {
    account(owner);
    vpcs.put(name, new Vpc(name, owner, region, cidr, status));
    routers.put(name, new Router(name, owner, region, "VRouter", true));
    return this;
  }

  /** Adds an Available VPC of the caller in the home region. */
  public ScenarioWorld vpc(String name, String cidr) {
    return vpc(name, CALLER, HOME, cidr, "Available");
  }

  /** Adds a vSwitch to a VPC of the world, in zone {@code <region>-b}. */
  public ScenarioWorld vSwitch(String name, String vpc, String cidr, String status) {
    Vpc v = Objects.requireNonNull(vpcs.get(vpc), () -> "no VPC " + vpc);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("VpcId", vpc);
    f.put("ZoneId", v.region() + "-b");
    f.put("CidrBlock", cidr);
    f.put("Status", status);
    vSwitches.put(name, f);
    return this;
  }

  /** Adds a custom route entry to a VPC's route table, through a router interface on its vRouter. */
  public ScenarioWorld routeEntry(String name, String vpc, String destination, String ri, String status) {
    Objects.requireNonNull(vpcs.get(vpc), () -> "no VPC " + vpc);
    ri(ri);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("RouteTableId", vpc);
    f.put("DestinationCidrBlock", destination);
    f.put("NextHopId", ri);
    f.put("Status", status);
    routeEntries.put(name, f);
    return this;
  }

  /**
   * Marks a scenario whose call would create a resource: it runs only where the world is a mock's,
   * never on the real cloud, where it would create (and bill) one.
   */
  public ScenarioWorld mockOnly() {
    this.mockOnly = true;
    return this;
  }

  /** Whether the scenario needs more than a caller with credentials: fixtures only a mock takes. */
  public boolean needsSeeding() {
    return mockOnly || !routers.isEmpty() || !interfaces.isEmpty() || accounts.size() != 1 || !account(CALLER).isPlain();
  }

  /** The fixture document of this world, in the ids of one execution. */
  public String toFixture(Names names) {
    ObjectNode doc = JSON.createObjectNode();
    Set<String> regions = new LinkedHashSet<>(java.util.List.of(HOME, OTHER));
    routers.values().forEach(r -> regions.add(r.region()));
    ArrayNode rs = doc.putArray("Regions");
    regions.forEach(rs::add);
    ArrayNode as = doc.putArray("Accounts");
    for (Account a : accounts.values()) {
      ObjectNode n = as.addObject();
      n.put("OwnerId", names.owner(a.name));
      n.put("AccessKeyId", names.credentials(a.name).accessKeyId());
      n.put("AccessKeySecret", names.credentials(a.name).accessKeySecret());
      n.put("BillsOutstanding", a.billsOutstanding);
      n.put("Bid", a.bid);
    }
    ArrayNode routerNodes = doc.putArray("Routers");
    for (Router r : routers.values()) {
      if (r.ofVpc()) {
        continue; // its VPC creates it
      }
      routerNodes.addObject()
          .put("RouterId", names.router(r.name()))
          .put("RouterType", r.type())
          .put("RegionId", r.region())
          .put("OwnerId", names.owner(r.owner()));
    }
    ArrayNode vpcNodes = doc.putArray("Vpcs");
    for (Vpc v : vpcs.values()) {
      vpcNodes.addObject()
          .put("VpcId", names.vpc(v.name()))
          .put("RegionId", v.region())
          .put("OwnerId", names.owner(v.owner()))
          .put("CidrBlock", v.cidr())
          .put("Status", v.status())
          .put("VRouterId", names.router(v.name()))
          .put("RouteTableId", names.routeTable(v.name()))
          .put("SystemRouteEntryId", names.routeEntry(v.name() + "-system"));
    }
    ArrayNode vSwitchNodes = doc.putArray("VSwitches");
    vSwitches.forEach((name, f) -> {
      ObjectNode n = vSwitchNodes.addObject().put("VSwitchId", names.vSwitch(name));
      f.forEach((k, v) -> n.put(k, k.equals("VpcId") ? names.vpc(v) : v));
    });
    ArrayNode ris = doc.putArray("RouterInterfaces");
    for (Ri ri : interfaces.values()) {
      ObjectNode n = ris.addObject();
      n.put("RouterInterfaceId", names.ri(ri.name));
      n.put("RouterId", names.router(ri.router));
      ri.fields.forEach((k, v) -> n.put(k, v instanceof Ref ref ? ref.resolve(names) : (String) v));
    }
    ArrayNode entryNodes = doc.putArray("RouteEntries");
    routeEntries.forEach((name, f) -> {
      ObjectNode n = entryNodes.addObject().put("RouteEntryId", names.routeEntry(name));
      f.forEach((k, v) -> n.put(k, switch (k) {
        case "RouteTableId" -> names.routeTable(v);
        case "NextHopId" -> names.ri(v);
        default -> v;
      }));
    });
    return doc.toString();
  }

  /** An account of the world. */
  public static final class Account {
    private final String name;
    private String bid = DEFAULT_BID;
    private boolean billsOutstanding;

    private Account(String name) {
      this.name = name;
    }

    /** Puts the account on another site. */
    public Account bid(String bid) {
      this.bid = bid;
      return this;
    }

    /** Sets the account's BillsOutstanding flag. */
    public Account billsOutstanding() {
      this.billsOutstanding = true;
      return this;
    }

    private boolean isPlain() {
      return bid.equals(DEFAULT_BID) && !billsOutstanding;
    }
  }

  /** A router; {@code ofVpc}: a VPC's vRouter, which the VPC's fixture entry creates. */
  private record Router(String name, String owner, String region, String type, boolean ofVpc) {
    Router(String name, String owner, String region, String type) {
      this(name, owner, region, type, false);
    }
  }

  private record Vpc(String name, String owner, String region, String cidr, String status) {}

  /** A router interface of the world: any field of DescribeRouterInterfaces' RouterInterfaceType. */
  public final class Ri {
    private final String name;
    private String router;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Ri(String name, String router) {
      this.name = name;
      this.router = router;
    }

    /** Sets a field to a literal value. */
    public Ri set(String field, String value) {
      fields.put(field, value);
      return this;
    }

    /** Sets a field to the id of a logical name. */
    public Ri set(String field, Ref ref) {
      fields.put(field, ref);
      return this;
    }

    /** Leaves a field out of the fixture. */
    public Ri unset(String field) {
      fields.remove(field);
      return this;
    }

    /** Moves the interface to another router. */
    public Ri onRouter(String router) {
      this.router = Objects.requireNonNull(routers.get(router), () -> "no router " + router).name();
      return this;
    }

    /** Sets every Opposite* field to describe another interface of the world exactly. */
    public Ri pointAt(String other) {
      Ri o = ri(other);
      Router r = routers.get(o.router);
      set("OppositeInterfaceId", Ref.ri(other));
      set("OppositeRouterId", Ref.router(r.name()));
      set("OppositeRouterType", r.type());
      set("OppositeInterfaceOwnerId", Ref.owner(r.owner()));
      set("OppositeRegionId", r.region());
      return this;
    }
  }
}
