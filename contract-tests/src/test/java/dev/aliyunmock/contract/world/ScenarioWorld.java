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
 * The world one scenario needs, in logical names, rendered as a fixture document (DECISIONS.md §5)
 * with the ids of one execution. Written for the suite; it knows the fixture format, not the mock.
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

  /** Whether the scenario needs more than a caller with credentials: fixtures only a mock takes. */
  public boolean needsSeeding() {
    return !routers.isEmpty() || !interfaces.isEmpty() || accounts.size() != 1 || !account(CALLER).isPlain();
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
      routerNodes.addObject()
          .put("RouterId", names.router(r.name()))
          .put("RouterType", r.type())
          .put("RegionId", r.region())
          .put("OwnerId", names.owner(r.owner()));
    }
    ArrayNode ris = doc.putArray("RouterInterfaces");
    for (Ri ri : interfaces.values()) {
      ObjectNode n = ris.addObject();
      n.put("RouterInterfaceId", names.ri(ri.name));
      n.put("RouterId", names.router(ri.router));
      ri.fields.forEach((k, v) -> n.put(k, v instanceof Ref ref ? ref.resolve(names) : (String) v));
    }
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

  private record Router(String name, String owner, String region, String type) {}

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
