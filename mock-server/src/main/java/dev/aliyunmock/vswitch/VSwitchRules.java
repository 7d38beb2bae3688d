package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.vpc.Page;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DeleteVSwitch and DescribeVSwitches. */
public final class VSwitchRules {
  private final World world;

  public VSwitchRules(World world) {
    this.world = world;
  }

  /**
   * DeleteVSwitch: an Available vSwitch becomes Pending, then is gone. Order: region, vSwitch, its
   * status, the VPC's other vSwitches under way, its route entries under way.
   */
  public void delete(Commands.Delete c) {
    world.update(
        tx -> {
          VSwitchStore store = tx.store(VSwitchStore.KEY);
          Scope scope =
              Scopes.ofResource(
                  tx,
                  c.requester(),
                  () -> store.owned(c.requester().ownerId(), c.vSwitchId()).map(VSwitch::regionId),
                  () -> new ApiException(VSwitchError.VSWITCH_NOT_FOUND));
          VSwitch v =
              store.in(scope).get(c.vSwitchId()).orElseThrow(() -> new ApiException(VSwitchError.VSWITCH_NOT_FOUND));
          if (v.status() != VSwitchStatus.AVAILABLE) {
            throw new ApiException(VSwitchError.NOT_AVAILABLE);
          }
          if (store.busyIn(v.vpcId()).isPresent()) {
            throw new ApiException(VSwitchError.NOT_STABLE);
          }
          Optional<Vpc> vpc = tx.store(VpcStore.KEY).acrossAccounts(v.vpcId());
          // Across accounts only by name: a vSwitch's VPC is its owner's.
          if (vpc.isPresent() && tx.store(RouteEntryStore.KEY).busyIn(vpc.get().routeTableId())) {
            throw new ApiException(VpcError.ROUTE_ENTRY_BLOCKED);
          }
          store.status(v, VSwitchStatus.PENDING, true);
          tx.beginTransition(VSwitchTransition.DELETE_VSWITCH, List.of(v.id()));
        });
  }

  /**
   * DescribeVSwitches: the caller's vSwitches matching every filter, in creation order. A VpcId
   * naming none of the caller's VPCs is {@code Forbidden.VpcNotFound}, a VSwitchId naming none of
   * its vSwitches {@code InvalidVSwitchId.NotFound} (G12, G13).
   */
  public Page<Commands.VSwitchView> describe(Commands.Describe q) {
    return world.write(tx -> describe(tx, q));
  }

  private static Page<Commands.VSwitchView> describe(Tx tx, Commands.Describe q) {
    VSwitchStore store = tx.store(VSwitchStore.KEY);
    VpcStore vpcs = tx.store(VpcStore.KEY);
    if (q.requester().regionId() == null && q.vpcId() == null) {
      throw new ApiException(ApiError.MISSING_PARAMETER, "RegionId");
    }
    Scope scope =
        Scopes.ofResource(
            tx,
            q.requester(),
            () -> vpcs.owned(q.requester().ownerId(), q.vpcId()).map(Vpc::regionId),
            () -> new ApiException(VSwitchError.VPC_NOT_FOUND_FOR_DESCRIBE));
    if (q.vpcId() != null && vpcs.in(scope).get(q.vpcId()).isEmpty()) {
      throw new ApiException(VSwitchError.VPC_NOT_FOUND_FOR_DESCRIBE);
    }
    if (q.vSwitchId() != null && store.in(scope).get(q.vSwitchId()).isEmpty()) {
      throw new ApiException(VSwitchError.VSWITCH_NOT_FOUND);
    }
    if (q.dryRun()) {
      throw new ApiException(VpcError.DRY_RUN);
    }
    List<String> ids = new ArrayList<>();
    store.in(scope).all().forEach(v -> ids.add(v.id()));
    tx.beforeRead(ids);
    List<VSwitch> matches = new ArrayList<>();
    for (VSwitch v : store.in(scope).all()) {
      if (matches(tx, v, q)) {
        matches.add(v);
      }
    }
    Page<VSwitch> page = Page.of(matches, q.pageNumber(), q.pageSize());
    List<Commands.VSwitchView> items = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (VSwitch v : page.items()) {
      // A vSwitch's VPC is its owner's: read by id.
      String table = vpcs.acrossAccounts(v.vpcId()).map(Vpc::routeTableId).orElse(null);
      items.add(new Commands.VSwitchView(v.copy(), table));
      shown.add(v.id());
    }
    tx.afterRead(shown);
    return new Page<>(page.pageNumber(), page.pageSize(), page.totalCount(), items);
  }

  private static boolean matches(Tx tx, VSwitch v, Commands.Describe q) {
    return (q.vpcId() == null || q.vpcId().equals(v.vpcId()))
        && (q.vSwitchId() == null || q.vSwitchId().equals(v.id()))
        && (q.zoneId() == null || q.zoneId().equals(v.zoneId()))
        && (q.isDefault() == null || q.isDefault() == v.isDefault())
        && (q.name() == null || q.name().equals(v.name()))
        && (q.resourceGroupId() == null || q.resourceGroupId().equals(v.resourceGroupId()))
        && (q.vSwitchOwnerId() == null || q.vSwitchOwnerId().equals(v.ownerId()))
        && (q.routeTableId() == null
            || tx.store(VpcStore.KEY).acrossAccounts(v.vpcId()).map(Vpc::routeTableId).filter(q.routeTableId()::equals).isPresent());
  }
}
