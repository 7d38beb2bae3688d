package dev.aliyunmock.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.routerinterface.BusinessStatus;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
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
 * A fixture document written in Java: exactly the JSON format of DECISIONS.md §5 ({@link
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
      a.put("OwnerId", account.ownerId());
      a.put("AccessKeyId", account.accessKeyId());
      a.put("AccessKeySecret", account.accessKeySecret());
      a.put("BillsOutstanding", account.billsOutstanding());
      a.put("Bid", account.bid());
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
      r.put("RouterId", router.routerId());
      r.put("RouterType", router.routerType().apiName());
      r.put("RegionId", router.regionId());
      r.put("OwnerId", router.ownerId());
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
      doc.put("Regions", List.copyOf(regions));
      doc.put("Accounts", List.copyOf(accounts));
      doc.put("Routers", List.copyOf(routerList));
      doc.put("RouterInterfaces", interfaces.stream().map(RouterInterfaceEntry::toMap).toList());
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
      if (value == null) {
        values.remove(f);
      } else {
        values.put(f, value);
      }
      return this;
    }

    public RouterInterfaceEntry role(Role role) {
      return field("Role", role);
    }

    public RouterInterfaceEntry spec(Spec spec) {
      return field("Spec", spec);
    }

    public RouterInterfaceEntry status(Status status) {
      return field("Status", status);
    }

    public RouterInterfaceEntry businessStatus(BusinessStatus businessStatus) {
      return field("BusinessStatus", businessStatus);
    }

    public RouterInterfaceEntry name(String name) {
      return field("Name", name);
    }

    public RouterInterfaceEntry description(String description) {
      return field("Description", description);
    }

    /** Sets every {@code Opposite*} field that names the other side of a connection. */
    public RouterInterfaceEntry opposite(
        String oppositeInterfaceId, String oppositeRouterId, RouterType oppositeRouterType, String oppositeOwnerId, String oppositeRegionId) {
      field("OppositeInterfaceId", oppositeInterfaceId);
      field("OppositeRouterId", oppositeRouterId);
      field("OppositeRouterType", oppositeRouterType);
      field("OppositeInterfaceOwnerId", oppositeOwnerId);
      return field("OppositeRegionId", oppositeRegionId);
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
      m.put("RouterInterfaceId", id);
      m.put("RouterId", routerId);
      values.forEach((f, v) -> m.put(f.name(), v instanceof ApiEnum e ? e.apiName() : v));
      return m;
    }
  }
}
