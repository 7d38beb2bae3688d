package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.routetable.RouteEntry;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.CreateVpcRule;
import dev.aliyunmock.vpc.Ids;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.VpcStatus;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;
import java.util.Optional;

/**
 * CreateVSwitch: a new vSwitch, Pending, then Available. Order of checks (G19): region, ClientToken
 * replay, VPC, zone, the VPC's status, the VPC's other writes under way (vSwitches, then route
 * entries), name, description, the block's text, its mask, inside the VPC, overlap with another
 * vSwitch, equal to a route destination, quota. Reads route entries, a kind registered later: a
 * vSwitch may not take a block that is a custom route's destination.
 */
public final class CreateVSwitchRule {
  /** vSwitches per VPC (the current documentation; G16). */
  public static final int QUOTA_PER_VPC = 150;

  private static final int SHORTEST_MASK = 16;
  private static final int LONGEST_MASK = 29;

  private final World world;

  public CreateVSwitchRule(World world) {
    this.world = world;
  }

  /** Returns the new vSwitch's id (or the one created before with the same ClientToken). */
  public String create(Commands.Create c) {
    return world.write(tx -> create(tx, c));
  }

  private static String create(Tx tx, Commands.Create c) {
    VSwitchStore store = tx.store(VSwitchStore.KEY);
    VpcStore vpcs = tx.store(VpcStore.KEY);
    Scope scope =
        Scopes.ofResource(
            tx,
            c.requester(),
            () -> vpcs.owned(c.requester().ownerId(), c.vpcId()).map(Vpc::regionId),
            () -> new ApiException(VpcError.VPC_NOT_FOUND));
    ClientToken token = ClientToken.of(c.clientToken().get(), c);
    Optional<VSwitch> existing = store.createdWith(scope.ownerId(), token);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    Vpc vpc = vpcs.in(scope).get(c.vpcId()).orElseThrow(() -> new ApiException(VpcError.VPC_NOT_FOUND));
    if (!Zones.of(vpc.regionId(), c.zoneId())) {
      throw new ApiException(VSwitchError.ZONE_NOT_FOUND);
    }
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw new ApiException(VpcError.INCORRECT_VPC_STATUS);
    }
    Optional<VSwitch> busy = store.busyIn(vpc.id());
    if (busy.isPresent()) {
      throw new ApiException(busy.get().deleting() ? VSwitchError.MODIFYING_ANOTHER : VSwitchError.CREATING_ANOTHER);
    }
    RouteEntryStore routes = tx.store(RouteEntryStore.KEY);
    if (routes.busyIn(vpc.routeTableId())) {
      throw new ApiException(VpcError.ROUTE_ENTRY_BLOCKED);
    }
    String name = c.name().get();
    String description = c.description().get();
    Cidr cidr = c.cidrBlock().get();
    if (cidr.prefix() < SHORTEST_MASK || cidr.prefix() > LONGEST_MASK) {
      throw new ApiException(VSwitchError.MASK_LENGTH);
    }
    if (!vpc.cidr().contains(cidr)) {
      throw new ApiException(VSwitchError.CIDR_NOT_IN_VPC);
    }
    List<VSwitch> siblings = store.inVpc(vpc.id());
    for (VSwitch other : siblings) {
      if (other.cidr().overlaps(cidr)) {
        throw new ApiException(VSwitchError.OVERLAPS_SUBNET);
      }
    }
    for (RouteEntry e : routes.inTable(vpc.routeTableId())) {
      if (e.destination().equals(cidr.toString())) {
        throw new ApiException(VSwitchError.OVERLAPS_ENTRY);
      }
    }
    if (siblings.size() >= QUOTA_PER_VPC) {
      throw new ApiException(VSwitchError.QUOTA_EXCEEDED);
    }
    String id = Ids.fresh("vsw-", store::contains);
    store.add(
        new VSwitch(id, vpc.ownerId(), vpc.regionId(), vpc.id(), c.zoneId(), cidr.toString(), name, description,
            VSwitchStatus.PENDING, tx.clock().apiNow(), false, CreateVpcRule.defaultResourceGroup(vpc.ownerId())),
        token);
    tx.beginTransition(VSwitchTransition.CREATE_VSWITCH, List.of(id));
    return id;
  }
}
