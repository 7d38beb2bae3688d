package dev.aliyunmock.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.routerinterface.BusinessStatus;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.fixtures.AccountsSection;
import dev.aliyunmock.fixtures.RegionsSection;
import dev.aliyunmock.router.RouterSection;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.RouterInterfaceSection;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.Spec;
import dev.aliyunmock.routerinterface.Status;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fixture document written in Java: exactly the JSON fixture format (docs/fixtures.md; {@link
 * #toJson()}), loaded through the same path as a JSON file and refused with the same path-named
 * messages ({@code RouterInterfaces[1].RouterId: router 'vrt-x' is not in Routers}).
 *
 * <pre>{@code
 * Fixture world = Fixture.builder()
 *     .region("cn-hangzhou", "cn-beijing")
 *     .account("1000000000000001", "myKeyId", "myKeySecret")
 *     .router("vrt-hz", "cn-hangzhou", "1000000000000001")
 *     .router("vrt-bj", "cn-beijing", "1000000000000001")
 *     .pair(Fixture.routerInterface("ri-hz", "vrt-hz").spec(Spec.LARGE_2),
 *           Fixture.routerInterface("ri-bj", "vrt-bj"))     // each points at the other
 *     .build();
 *
 * @RegisterExtension
 * static AliyunMockExtension mock = AliyunMockExtension.builder().fixtures(world).build();
 * // or: handle.loadFixtures(world); AliyunMock.builder().fixtures(world.toJson());
 * }</pre>
 */
public final class Fixture {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> document;

  private Fixture(Map<String, Object> document) {
    this.document = document;
  }

  /** Starts an empty document. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the entry of a router interface on a router; its region, owner and router type come
   * from the router. Role, opposite and the rest are set on the entry, or by {@link Builder#pair}.
   */
  public static RouterInterfaceEntry routerInterface(String routerInterfaceId, String routerId) {
    return new RouterInterfaceEntry(routerInterfaceId, routerId);
  }

  /** The document as JSON text, in the fixture format. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return toJson();
  }

  /**
   * Builds a {@link Fixture}. Entries keep the order they are added in; nothing is checked against
   * a world until the fixture is loaded.
   *
   * <pre>{@code
   * Fixture.builder()
   *     .region("cn-hangzhou")
   *     .account(new Account("1000000000000003", "broke", "brokeSecret", true, Account.DEFAULT_BID))
   *     .router(new Router("vbr-hz", RouterType.VBR, "cn-hangzhou", "1000000000000003"))
   *     .routerInterface(Fixture.routerInterface("ri-1", "vbr-hz").role(Role.INITIATING_SIDE))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Set<String> regions = new LinkedHashSet<>();
    private final List<Map<String, Object>> accounts = new ArrayList<>();
    private final Map<String, Router> routers = new LinkedHashMap<>();
    private final List<Map<String, Object>> routerList = new ArrayList<>();
    private final List<RouterInterfaceEntry> interfaces = new ArrayList<>();

    private Builder() {}

    /** Adds regions ({@code Regions}). */
    public Builder region(String... regionIds) {
      for (String r : regionIds) {
        regions.add(Objects.requireNonNull(r));
      }
      return this;
    }

    /** Adds an account in good standing on the China site. */
    public Builder account(String ownerId, String accessKeyId, String accessKeySecret) {
      return account(new Account(ownerId, accessKeyId, accessKeySecret, false, Account.DEFAULT_BID));
    }

    /** Adds an account, e.g. one with bills outstanding or on another site ({@code Bid}). */
    public Builder account(Account account) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put(AccountsSection.OWNER_ID, account.ownerId());
      a.put(AccountsSection.ACCESS_KEY_ID, account.accessKeyId());
      a.put(AccountsSection.ACCESS_KEY_SECRET, account.accessKeySecret());
      a.put(AccountsSection.BILLS_OUTSTANDING, account.billsOutstanding());
      a.put(AccountsSection.BID, account.bid());
      accounts.add(a);
      return this;
    }

    /** Adds a VRouter. */
    public Builder router(String routerId, String regionId, String ownerId) {
      return router(new Router(routerId, RouterType.VROUTER, regionId, ownerId));
    }

    /** Adds a router of any type (a VBR, say). */
    public Builder router(Router router) {
      routers.put(router.routerId(), router);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put(RouterSection.ROUTER_ID, router.routerId());
      r.put(RouterSection.ROUTER_TYPE, router.routerType().apiName());
      r.put(RouterSection.REGION_ID, router.regionId());
      r.put(RouterSection.OWNER_ID, router.ownerId());
      routerList.add(r);
      return this;
    }

    /** Adds a router interface as it is (its {@code Role} must be set). */
    public Builder routerInterface(RouterInterfaceEntry entry) {
      interfaces.add(entry.copy());
      return this;
    }

    /**
     * Adds two router interfaces ready to connect: the first the initiating side, the second the
     * accepting side, each with the {@code Opposite*} fields describing the other (taken from
     * their routers, which must have been added before).
     */
    public Builder pair(RouterInterfaceEntry initiator, RouterInterfaceEntry acceptor) {
      Router ir = routerOf(initiator);
      Router ar = routerOf(acceptor);
      interfaces.add(initiator.copy().role(Role.INITIATING_SIDE).opposite(acceptor.id, ar));
      interfaces.add(acceptor.copy().role(Role.ACCEPTING_SIDE).opposite(initiator.id, ir));
      return this;
    }

    /** {@link #pair(RouterInterfaceEntry, RouterInterfaceEntry)} with default values. */
    public Builder pair(String initiatorId, String initiatorRouterId, String acceptorId, String acceptorRouterId) {
      return pair(Fixture.routerInterface(initiatorId, initiatorRouterId), Fixture.routerInterface(acceptorId, acceptorRouterId));
    }

    private Router routerOf(RouterInterfaceEntry e) {
      Router r = routers.get(e.routerId);
      if (r == null) {
        throw new IllegalArgumentException(
            "pair(…): router '" + e.routerId + "' of " + e.id + " must be added with router(…) first");
      }
      return r;
    }

    public Fixture build() {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put(RegionsSection.KEY, List.copyOf(regions));
      doc.put(AccountsSection.KEY, List.copyOf(accounts));
      doc.put(RouterSection.KEY, List.copyOf(routerList));
      doc.put(RouterInterfaceSection.KEY, interfaces.stream().map(RouterInterfaceEntry::toMap).toList());
      return new Fixture(doc);
    }
  }

  /**
   * One entry of {@code RouterInterfaces}: any field of DescribeRouterInterfaces'
   * {@code RouterInterfaceType}, by name ({@link #field}) or with the typed setters.
   *
   * <pre>{@code
   * Fixture.routerInterface("ri-1", "vrt-hz")
   *     .role(Role.INITIATING_SIDE)
   *     .spec(Spec.LARGE_2)
   *     .status(Status.ACTIVE)
   *     .field("HealthCheckSourceIp", "10.0.0.1");
   * }</pre>
   */
  public static final class RouterInterfaceEntry {
    private final String id;
    private final String routerId;
    private final Map<RouterInterfaceField, Object> values = new LinkedHashMap<>();

    private RouterInterfaceEntry(String id, String routerId) {
      this.id = Objects.requireNonNull(id);
      this.routerId = Objects.requireNonNull(routerId);
    }

    private RouterInterfaceEntry copy() {
      RouterInterfaceEntry c = new RouterInterfaceEntry(id, routerId);
      c.values.putAll(values);
      return c;
    }

    /**
     * Sets a field by its API name to a {@code String}, {@code Integer}, {@code Boolean} or API enum
     * ({@link Status}, {@link Spec}, …); {@code null} removes it.
     *
     * @throws IllegalArgumentException if no field has that name
     */
    public RouterInterfaceEntry field(String name, Object value) {
      RouterInterfaceField f = RouterInterfaceField.byName(name);
      if (f == null || f == RouterInterfaceField.RouterInterfaceId || f == RouterInterfaceField.RouterId) {
        throw new IllegalArgumentException(
            "'" + name + "' is not a settable field of RouterInterfaceType (see RouterInterfaceField)");
      }
      return field(f, value);
    }

    private RouterInterfaceEntry field(RouterInterfaceField f, Object value) {
      if (value == null) {
        values.remove(f);
      } else {
        values.put(f, value);
      }
      return this;
    }

    public RouterInterfaceEntry role(Role role) {
      return field(RouterInterfaceField.Role, role);
    }

    public RouterInterfaceEntry spec(Spec spec) {
      return field(RouterInterfaceField.Spec, spec);
    }

    public RouterInterfaceEntry status(Status status) {
      return field(RouterInterfaceField.Status, status);
    }

    public RouterInterfaceEntry businessStatus(BusinessStatus businessStatus) {
      return field(RouterInterfaceField.BusinessStatus, businessStatus);
    }

    public RouterInterfaceEntry name(String name) {
      return field(RouterInterfaceField.Name, name);
    }

    public RouterInterfaceEntry description(String description) {
      return field(RouterInterfaceField.Description, description);
    }

    /** Sets every {@code Opposite*} field that names the other side of a connection. */
    public RouterInterfaceEntry opposite(
        String oppositeInterfaceId, String oppositeRouterId, RouterType oppositeRouterType, String oppositeOwnerId, String oppositeRegionId) {
      field(RouterInterfaceField.OppositeInterfaceId, oppositeInterfaceId);
      field(RouterInterfaceField.OppositeRouterId, oppositeRouterId);
      field(RouterInterfaceField.OppositeRouterType, oppositeRouterType);
      field(RouterInterfaceField.OppositeInterfaceOwnerId, oppositeOwnerId);
      return field(RouterInterfaceField.OppositeRegionId, oppositeRegionId);
    }

    private RouterInterfaceEntry opposite(String oppositeInterfaceId, Router oppositeRouter) {
      return opposite(
          oppositeInterfaceId,
          oppositeRouter.routerId(),
          oppositeRouter.routerType(),
          oppositeRouter.ownerId(),
          oppositeRouter.regionId());
    }

    private Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(RouterInterfaceField.RouterInterfaceId.name(), id);
      m.put(RouterInterfaceField.RouterId.name(), routerId);
      values.forEach((f, v) -> m.put(f.name(), v instanceof ApiEnum e ? e.apiName() : v));
      return m;
    }
  }
}
