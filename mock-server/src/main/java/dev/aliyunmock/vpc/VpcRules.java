package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * ModifyVpcAttribute and DeleteVpc. DeleteVpc is the one VPC action that reads the kinds
 * registered after VPCs (vSwitches, route entries, router interfaces): it must not orphan them.
 */
public final class VpcRules {
  private final World world;

  public VpcRules(World world) {
    this.world = world;
  }

  /**
   * The caller's VPC the request names, in its region or, when it names none, in the VPC's own;
   * refused unless Available. Order: region, VPC, status.
   */
  private static Vpc ownAvailable(Tx tx, Requester r, String vpcId) {
    VpcStore store = tx.store(VpcStore.KEY);
    Scope scope =
        Scopes.ofResource(
            tx, r, () -> store.owned(r.ownerId(), vpcId).map(Vpc::regionId), () -> new ApiException(VpcError.VPC_NOT_FOUND));
    Vpc vpc = store.in(scope).get(vpcId).orElseThrow(() -> new ApiException(VpcError.VPC_NOT_FOUND));
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw new ApiException(VpcError.INCORRECT_VPC_STATUS);
    }
    return vpc;
  }

  /**
   * ModifyVpcAttribute. Order: region, VPC, its status (Available), name, description, CIDR block
   * (its text; then a block a VPC may have that still holds every vSwitch), UserCidr.
   */
  public void modify(Commands.ModifyVpc c) {
    world.update(
        tx -> {
          Vpc vpc = ownAvailable(tx, c.requester(), c.vpcId());
          c.name().check();
          c.description().check();
          Cidr cidr = c.cidrBlock().get();
          if (cidr != null && !holdsItsVSwitches(tx, vpc, cidr)) {
            throw new ApiException(VpcError.CIDR_MALFORMED);
          }
          c.userCidrs().check();
          String block = cidr == null ? null : cidr.toString();
          tx.store(VpcStore.KEY).modify(vpc, c.name().get(), c.description().get(), block, c.userCidrs().get());
        });
  }

  /** A new block must be one a VPC may have and hold every vSwitch of the VPC (reading G-list, ModifyVpcAttribute). */
  private static boolean holdsItsVSwitches(Tx tx, Vpc vpc, Cidr cidr) {
    if (!CreateVpcRule.isAllowedVpcBlock(cidr)) {
      return false;
    }
    for (VSwitch v : tx.store(VSwitchStore.KEY).inVpc(vpc.id())) {
      if (!cidr.contains(v.cidr())) {
        return false;
      }
    }
    return true;
  }

  /**
   * DeleteVpc: an Available VPC with nothing left in it becomes Deleting, then is gone. Order:
   * region, VPC, its status, vSwitches, custom route entries, router interfaces on its vRouter
   * (G11). Its vRouter leaves the world at once, so that no router interface can be created on it
   * meanwhile.
   */
  public void delete(Commands.DeleteVpc c) {
    world.update(
        tx -> {
          Vpc vpc = ownAvailable(tx, c.requester(), c.vpcId());
          if (!tx.store(VSwitchStore.KEY).inVpc(vpc.id()).isEmpty()) {
            throw new ApiException(VpcError.DEPENDENCY_VSWITCH);
          }
          if (tx.store(RouteEntryStore.KEY).countIn(vpc.routeTableId()) > 0) {
            throw new ApiException(VpcError.CUSTOM_ROUTE_ACTIVE);
          }
          if (tx.store(RouterInterfaceStore.KEY).countOnRouter(vpc.vRouterId()) > 0) {
            throw new ApiException(VpcError.DEPENDENCY_ROUTER_INTERFACE);
          }
          tx.store(VpcStore.KEY).status(vpc, VpcStatus.DELETING);
          tx.store(RouterStore.KEY).remove(vpc.vRouterId());
          tx.beginTransition(VpcTransition.DELETE_VPC, List.of(vpc.id()));
        });
  }
}
