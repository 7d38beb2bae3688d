package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reads of VPCs: DescribeVpcs and DescribeVRouters. A read is a write transaction all the
 * same: a poll-mode transition of a VPC it shows ends once its transient status has been seen
 * enough times.
 */
public final class DescribeVpcsRule {
  private final World world;

  public DescribeVpcsRule(World world) {
    this.world = world;
  }

  /** DescribeVpcs: the caller's VPCs of the region matching every filter, in creation order. */
  public Page<Commands.VpcView> describe(Commands.DescribeVpcs q) {
    return world.write(tx -> describe(tx, q));
  }

  private static Page<Commands.VpcView> describe(Tx tx, Commands.DescribeVpcs q) {
    Scope scope = Scopes.of(tx, q.requester().ownerId(), q.requester().regionId());
    if (q.dryRun()) {
      throw new ApiException(VpcError.DRY_RUN);
    }
    List<Vpc> matches = new ArrayList<>();
    Set<String> ids = q.vpcIds() == null ? null : new HashSet<>(q.vpcIds());
    for (Vpc v : current(tx, scope)) {
      if ((ids == null || ids.contains(v.id()))
          && (q.name() == null || q.name().equals(v.name()))
          && (q.isDefault() == null || q.isDefault() == v.isDefault())
          && (q.vpcOwnerId() == null || q.vpcOwnerId().equals(v.ownerId()))
          && (q.resourceGroupId() == null || q.resourceGroupId().equals(v.resourceGroupId()))
          && q.dhcpOptionsSetId() == null) {
        matches.add(v);
      }
    }
    Page<Vpc> page = Page.of(matches, q.pageNumber(), q.pageSize());
    VSwitchStore vSwitches = tx.store(VSwitchStore.KEY);
    List<Commands.VpcView> items = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Vpc v : page.items()) {
      List<String> vSwitchIds = new ArrayList<>();
      for (VSwitch s : vSwitches.inVpc(v.id())) {
        vSwitchIds.add(s.id());
      }
      items.add(new Commands.VpcView(v.copy(), vSwitchIds));
      shown.add(v.id());
    }
    tx.afterRead(shown);
    return new Page<>(page.pageNumber(), page.pageSize(), page.totalCount(), items);
  }

  /**
   * The caller's VPCs of the region as a read sees them: first the poll transitions among them
   * that were seen enough end (a Deleting VPC may be gone then).
   */
  private static List<Vpc> current(Tx tx, Scope scope) {
    VpcStore.InScope mine = tx.store(VpcStore.KEY).in(scope);
    List<String> ids = new ArrayList<>();
    mine.all().forEach(v -> ids.add(v.id()));
    tx.beforeRead(ids);
    return new ArrayList<>(mine.all());
  }

  /**
   * DescribeVRouters: the vRouters of the caller's VPCs of the region (one per VPC), in the VPCs'
   * creation order. A vRouter has no status, so nothing transient is shown.
   */
  public Page<Vpc> describeVRouters(Commands.DescribeVRouters q) {
    return world.read(
        view -> {
          Scope scope = Scopes.of(view, q.requester().ownerId(), q.requester().regionId());
          List<Vpc> matches = new ArrayList<>();
          for (Vpc v : view.store(VpcStore.KEY).in(scope).all()) {
            if (q.vRouterId() == null || q.vRouterId().equals(v.vRouterId())) {
              matches.add(v.copy());
            }
          }
          return Page.of(matches, q.pageNumber(), q.pageSize());
        });
  }
}
