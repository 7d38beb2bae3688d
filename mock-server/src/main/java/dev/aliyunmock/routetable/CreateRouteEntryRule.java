package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Ids;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.VpcStatus;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchStore;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CreateRouteEntry in a VPC's route table, with a router interface of the VPC's vRouter as next
 * hop: Pending, then Available (docs/reference/vpc/routing.md). Order of checks (G19, a reading):
 * region, ClientToken replay, route table, the VPC's status, the table's and the VPC's writes under
 * way (entries, then vSwitches), name, description, the destination's text (IPv6, host bits), the
 * next hop's form (NextHopType or NextHopList), the next hops themselves, the destination's range
 * (100.64.0.0/10, reserved blocks, vSwitch blocks), duplicates, quota.
 */
public final class CreateRouteEntryRule {
  /** Custom entries per route table (the current documentation, G4). */
  public static final int QUOTA_PER_TABLE = 200;

  /** Blocks no route may lead to: multicast, loopback, link-local (the blocks no VPC may use; reading). */
  private static final List<Cidr> BLACKLIST =
      List.of(
          Cidr.parse("224.0.0.0/4").orElseThrow(),
          Cidr.parse("127.0.0.0/8").orElseThrow(),
          Cidr.parse("169.254.0.0/16").orElseThrow());

  private final World world;

  public CreateRouteEntryRule(World world) {
    this.world = world;
  }

  /** Returns the new entry's id (or the one created before with the same ClientToken). */
  public String create(Commands.Create c) {
    return world.write(tx -> create(tx, c));
  }

  private static String create(Tx tx, Commands.Create c) {
    RouteEntryStore store = tx.store(RouteEntryStore.KEY);
    Vpc vpc = Tables.own(tx, c.requester(), c.routeTableId());
    ClientToken token = ClientToken.of(c.clientToken().get(), c);
    Optional<RouteEntry> existing = store.createdWith(vpc.ownerId(), token);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw new ApiException(VpcError.INCORRECT_VPC_STATUS);
    }
    if (store.busyIn(vpc.routeTableId())) {
      throw new ApiException(VpcError.ROUTE_ENTRY_BLOCKED);
    }
    VSwitchStore vSwitches = tx.store(VSwitchStore.KEY);
    if (vSwitches.busyIn(vpc.id()).isPresent()) {
      throw new ApiException(VpcError.VSWITCH_BUSY);
    }
    String name = c.name().get();
    String description = c.description().get();
    Destination destination = c.destination().get();
    if (destination.isIpv6()) {
      throw new ApiException(RouteTableError.IPV6_NOT_ENABLED);
    }
    Cidr cidr = destination.ipv4();
    if (!cidr.isNetwork()) {
      throw new ApiException(RouteTableError.CIDR_ILLEGAL);
    }
    Scope scope = Scopes.of(tx, vpc.ownerId(), vpc.regionId());
    RouterInterface nextHop = nextHop(tx, scope, vpc, c);
    checkRange(vSwitches, vpc, cidr);
    for (RouteEntry e : store.inTable(vpc.routeTableId())) {
      if (e.destination().equals(cidr.toString())) {
        throw new ApiException(
            e.nextHopId().equals(nextHop.id()) ? RouteTableError.NEXT_HOP_DUPLICATE : RouteTableError.CIDR_DUPLICATE);
      }
    }
    if (store.countIn(vpc.routeTableId()) >= QUOTA_PER_TABLE) {
      throw new ApiException(RouteTableError.QUOTA_EXCEEDED);
    }
    VpcStore vpcs = tx.store(VpcStore.KEY);
    String id = Ids.fresh("rte-", x -> store.contains(x) || vpcs.usesId(x));
    store.add(
        new RouteEntry(id, vpc.ownerId(), vpc.regionId(), vpc.id(), vpc.routeTableId(), cidr.toString(), nextHop.id(), name,
            description, RouteEntryStatus.PENDING, tx.clock().apiNow()),
        token);
    tx.beginTransition(RouteEntryTransition.CREATE_ROUTE_ENTRY, List.of(id));
    return id;
  }

  /**
   * The next hop of a normal route: NextHopType and NextHopId, and no NextHopList (R8). A
   * NextHopList is checked as an ECMP route would be, then refused: this mock has no VBR-side
   * physical connections.
   */
  private static RouterInterface nextHop(Tx tx, Scope scope, Vpc vpc, Commands.Create c) {
    boolean single = c.nextHop() != null;
    boolean list = !c.nextHopList().isEmpty();
    if (!single && !list) {
      throw new ApiException(RouteTableError.NEXT_HOP_BOTH_NULL);
    }
    if (single && list) {
      throw new ApiException(RouteTableError.NEXT_HOP_BOTH_NOT_NULL);
    }
    if (single) {
      return resolve(tx, scope, vpc, c.nextHop());
    }
    List<Commands.NextHop> hops = c.nextHopList();
    if (hops.size() < 2 || hops.size() > 4) {
      throw new ApiException(RouteTableError.NEXT_HOP_LIST_SIZE);
    }
    Set<String> seen = new HashSet<>();
    for (Commands.NextHop h : hops) {
      h.weight().check();
      RouterInterface ri = resolve(tx, scope, vpc, h);
      if (!seen.add(ri.id())) {
        throw new ApiException(RouteTableError.NEXT_HOP_DUPLICATE);
      }
      if (ri.oppositeRouterType() != RouterType.VBR) {
        throw new ApiException(RouteTableError.OPPOSITE_ROUTER_TYPE);
      }
    }
    throw new ApiException(RouteTableError.ECMP_UNSUPPORTED);
  }

  /**
   * One next hop: a known type with an id; a router interface of the caller's in the region (G7),
   * on the table's vRouter (R7), not in a transient status (G8). Every other type names something
   * this mock does not have.
   */
  private static RouterInterface resolve(Tx tx, Scope scope, Vpc vpc, Commands.NextHop h) {
    NextHopType type = h.type().get();
    if (h.id() == null) {
      throw new ApiException(VpcError.MISSING_PARAMETER);
    }
    if (type != NextHopType.ROUTER_INTERFACE) {
      throw new ApiException(type.notFound());
    }
    RouterInterface ri =
        tx.store(RouterInterfaceStore.KEY)
            .in(scope)
            .get(h.id())
            .orElseThrow(() -> new ApiException(RouteTableError.ROUTER_INTERFACE_INVALID));
    if (!ri.routerId().equals(vpc.vRouterId())) {
      throw new ApiException(RouteTableError.NOT_IN_CURRENT_VPC);
    }
    if (ri.status().isTransient()) {
      throw new ApiException(RouteTableError.ROUTER_INTERFACE_STATUS);
    }
    return ri;
  }

  /** The destination may not be 100.64.0.0/10 or inside it (G6), a reserved block, or equal to or inside a vSwitch's block (G5). */
  private static void checkRange(VSwitchStore vSwitches, Vpc vpc, Cidr cidr) {
    if (Cidr.CARRIER_GRADE_NAT.contains(cidr)) {
      throw new ApiException(RouteTableError.CIDR_NOT_ALLOWED);
    }
    for (Cidr reserved : BLACKLIST) {
      if (reserved.contains(cidr)) {
        throw new ApiException(RouteTableError.DESTINATION_BLACKLISTED);
      }
    }
    for (VSwitch v : vSwitches.inVpc(vpc.id())) {
      if (v.cidr().contains(cidr)) {
        throw new ApiException(RouteTableError.CIDR_NOT_ALLOWED);
      }
    }
  }
}
