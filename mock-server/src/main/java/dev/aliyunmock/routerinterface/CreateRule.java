package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.MockClock;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * CreateRouterInterface: a new Idle interface on one of the caller's routers. Order of checks:
 * region, ClientToken replay, role, router type, spec, router, VBR must initiate, opposite router
 * type, name, description, health check, charge type, tags, quota, bills outstanding.
 */
public final class CreateRule {
  /** At most this many router interfaces per router (docs/reference/router-interfaces.md). */
  public static final int QUOTA_PER_ROUTER = 5;

  /** The EndTime the real service reports for pay-as-you-go interfaces. */
  static final String PAY_AS_YOU_GO_END_TIME = "2999-09-08T16:00:00Z";

  private final World world;

  public CreateRule(World world) {
    this.world = world;
  }

  public Commands.Created create(Commands.Create c) {
    return world.write(tx -> create(tx, c));
  }

  private static Commands.Created create(Tx tx, Commands.Create c) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    Scope scope = tx.scope(c.caller());
    ClientToken token = ClientToken.of(c.clientToken().get(), c);
    Optional<RouterInterface> existing = store.createdWith(scope.ownerId(), token);
    if (existing.isPresent()) {
      return new Commands.Created(existing.get().id(), orderIdOf(existing.get().id()));
    }
    Role role = c.role().get();
    RouterType type = c.routerType().get();
    Spec spec = c.spec().get();
    if ((role == Role.ACCEPTING_SIDE) != (spec == Spec.NEGATIVE)) {
      throw new ApiException(RouterInterfaceError.SPEC_NOT_SUPPORTED);
    }
    Router router =
        tx.store(RouterStore.KEY)
            .in(scope, c.routerId())
            .orElseThrow(() -> new ApiException(RouterInterfaceError.ROUTER_NOT_FOUND));
    if (router.routerType() != type) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "RouterType");
    }
    if (type == RouterType.VBR && role != Role.INITIATING_SIDE) {
      throw new ApiException(RouterInterfaceError.VBR_MUST_INITIATE);
    }
    RouterType oppositeType = c.oppositeRouterType().get();
    c.name().check();
    c.description().check();
    c.healthCheckSourceIp().check();
    c.healthCheckTargetIp().check();
    if (c.healthCheckSourceIp().isGiven() && !c.healthCheckTargetIp().isGiven()) {
      throw new ApiException(ApiError.MISSING_PARAMETER, "HealthCheckTargetIp");
    }
    Commands.Charge charge = c.charge().orElse(Commands.Charge.PAY_AS_YOU_GO);
    Map<String, String> tags = c.tags().orElse(Map.of());
    if (store.countOnRouter(router.routerId()) >= QUOTA_PER_ROUTER) {
      throw new ApiException(RouterInterfaceError.QUOTA_EXCEEDED, String.valueOf(QUOTA_PER_ROUTER));
    }
    Guards.noBillsOutstanding(store, scope);

    String id = newId(store);
    Map<RouterInterfaceField, Object> v = new EnumMap<>(RouterInterfaceField.class);
    v.put(RouterInterfaceField.RouterInterfaceId, id);
    v.put(RouterInterfaceField.RouterId, router.routerId());
    v.put(RouterInterfaceField.RouterType, type);
    v.put(RouterInterfaceField.Role, role);
    v.put(RouterInterfaceField.Spec, spec);
    v.put(RouterInterfaceField.Status, Status.IDLE);
    v.put(RouterInterfaceField.BusinessStatus, BusinessStatus.NORMAL);
    MockClock clock = tx.clock();
    v.put(RouterInterfaceField.CreationTime, clock.apiNow());
    v.put(RouterInterfaceField.ChargeType, charge.prepaid() ? "Prepaid" : "AfterPay");
    v.put(
        RouterInterfaceField.EndTime,
        charge.prepaid()
            ? MockClock.API_TIME.format(ZonedDateTime.ofInstant(clock.now(), ZoneOffset.UTC).plusMonths(charge.months()))
            : PAY_AS_YOU_GO_END_TIME);
    v.put(RouterInterfaceField.Bandwidth, spec.bandwidth());
    v.put(RouterInterfaceField.HasReservationData, "false");
    putIfGiven(v, RouterInterfaceField.Name, c.name());
    putIfGiven(v, RouterInterfaceField.Description, c.description());
    v.put(RouterInterfaceField.OppositeRegionId, c.oppositeRegionId());
    putIfGiven(v, RouterInterfaceField.OppositeRouterId, c.oppositeRouterId());
    if (oppositeType != null) {
      v.put(RouterInterfaceField.OppositeRouterType, oppositeType);
    }
    putIfGiven(v, RouterInterfaceField.OppositeInterfaceId, c.oppositeInterfaceId());
    putIfGiven(v, RouterInterfaceField.OppositeInterfaceOwnerId, c.oppositeInterfaceOwnerId());
    putIfGiven(v, RouterInterfaceField.AccessPointId, c.accessPointId());
    putIfGiven(v, RouterInterfaceField.OppositeAccessPointId, c.oppositeAccessPointId());
    putIfGiven(v, RouterInterfaceField.HealthCheckSourceIp, c.healthCheckSourceIp());
    putIfGiven(v, RouterInterfaceField.HealthCheckTargetIp, c.healthCheckTargetIp());
    putIfGiven(v, RouterInterfaceField.ResourceGroupId, c.resourceGroupId());
    if (router.belongsToVpc()) {
      v.put(RouterInterfaceField.VpcInstanceId, router.vpcId());
    }
    RouterInterface created = new RouterInterface(v, router.ownerId(), router.regionId());
    store.add(created, token);
    store.setTags(created, tags);
    return new Commands.Created(id, orderIdOf(id));
  }

  /** A stable order id per interface, so a ClientToken replay answers the same one. */
  private static long orderIdOf(String id) {
    return 200_000_000_000_000L + Math.floorMod((long) id.hashCode() * 2_654_435_761L, 100_000_000_000_000L);
  }

  /** A fresh {@code ri-} id of 20 lower-case letters and digits, as the real service's look. */
  private static String newId(RouterInterfaceStore store) {
    String alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    while (true) {
      StringBuilder b = new StringBuilder("ri-");
      for (int i = 0; i < 20; i++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String id = b.toString();
      if (!store.contains(id)) {
        return id;
      }
    }
  }

  private static void putIfGiven(Map<RouterInterfaceField, Object> v, RouterInterfaceField f, Input<String> value) {
    String s = value.get();
    if (s != null) {
      v.put(f, s);
    }
  }
}
