package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.vpc.Page;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.vswitch.VSwitch;
import dev.aliyunmock.vswitch.VSwitchStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads of route tables: DescribeRouteTables, DescribeRouteTableList, DescribeRouteEntryList.
 * Every VPC has one route table, its system table; a VBR has none here. A read of entries is a
 * write transaction all the same: a poll-mode transition of an entry it shows ends once its
 * transient status has been seen enough times. An id filter naming nothing of the caller's gives
 * an empty list (G13).
 */
public final class DescribeRoutesRule {
  /** The route types an entry filter may name (DOC19-EN, META). */
  private static final List<String> ENTRY_TYPES = List.of("Custom", "System", "BGP", "CEN", "ECR");

  private final World world;

  public DescribeRoutesRule(World world) {
    this.world = world;
  }

  /** DescribeRouteTables or DescribeRouteTableList: one page of the caller's route tables; {@code withEntries} for the former. */
  public Page<Commands.TableView> tables(Commands.DescribeTables q, boolean withEntries) {
    return world.write(tx -> tables(tx, q, withEntries));
  }

  private static Page<Commands.TableView> tables(Tx tx, Commands.DescribeTables q, boolean withEntries) {
    VpcStore vpcs = tx.store(VpcStore.KEY);
    if (q.requester().regionId() == null && q.routeTableId() == null && q.vRouterId() == null) {
      throw new ApiException(ApiError.MISSING_PARAMETER, "RegionId");
    }
    String owner = q.requester().ownerId();
    Optional<Vpc> named =
        q.routeTableId() != null ? vpcs.ownedByRouteTable(owner, q.routeTableId()) : vpcs.ownedByVRouter(owner, q.vRouterId() == null ? "" : q.vRouterId());
    if (q.requester().regionId() == null && named.isEmpty()) {
      if (tx.account(owner).isEmpty()) {
        throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
      }
      return new Page<>(q.pageNumber(), q.pageSize(), 0, List.of());
    }
    Scope scope = Scopes.of(tx, owner, q.requester().regionId() != null ? q.requester().regionId() : named.get().regionId());
    String routerType = q.routerType() == null ? "VRouter" : q.routerType();
    if (!routerType.equals(RouterType.VROUTER.apiName()) && !routerType.equals(RouterType.VBR.apiName())) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "RouterType");
    }
    if (q.entryType() != null && !ENTRY_TYPES.contains(q.entryType())) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "Type");
    }
    RouteEntryStore entries = tx.store(RouteEntryStore.KEY);
    List<Vpc> matches = new ArrayList<>();
    if (routerType.equals(RouterType.VROUTER.apiName())) {
      for (Vpc v : vpcs.in(scope).all()) {
        if ((q.routeTableId() == null || q.routeTableId().equals(v.routeTableId()))
            && (q.vRouterId() == null || q.vRouterId().equals(v.vRouterId()))
            && (q.routerId() == null || q.routerId().equals(v.vRouterId()))
            && (q.vpcId() == null || q.vpcId().equals(v.id()))
            && (q.routeTableType() == null || q.routeTableType().equals("System"))
            && (q.resourceGroupId() == null || q.resourceGroupId().equals(v.resourceGroupId()))
            && q.routeTableName() == null) {
          matches.add(v);
        }
      }
    }
    Page<Vpc> page = Page.of(matches, q.pageNumber(), q.pageSize());
    List<Commands.TableView> items = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Vpc v : page.items()) {
      List<RouteEntry> custom = new ArrayList<>();
      if (withEntries) {
        tx.beforeRead(ids(entries.inTable(v.routeTableId())));
        if (q.entryType() == null || q.entryType().equals("Custom")) {
          for (RouteEntry e : entries.inTable(v.routeTableId())) {
            custom.add(e.copy());
            shown.add(e.id());
          }
        }
      }
      items.add(
          new Commands.TableView(
              v.copy(), custom, vSwitchIds(tx, v), q.entryType() == null || q.entryType().equals("System")));
    }
    tx.afterRead(shown);
    return new Page<>(page.pageNumber(), page.pageSize(), page.totalCount(), items);
  }

  /** DescribeRouteEntryList: the caller's table's entries matching every filter, custom ones first, then the system one. */
  public Commands.EntryPage entries(Commands.DescribeEntries q) {
    return world.write(tx -> entries(tx, q));
  }

  private static Commands.EntryPage entries(Tx tx, Commands.DescribeEntries q) {
    Scope scope = Scopes.of(tx, q.requester().ownerId(), q.requester().regionId());
    Optional<Vpc> table = tx.store(VpcStore.KEY).in(scope).byRouteTable(q.routeTableId());
    if (table.isEmpty()) {
      return new Commands.EntryPage(List.of(), -1);
    }
    Vpc vpc = table.get();
    RouteEntryStore store = tx.store(RouteEntryStore.KEY);
    tx.beforeRead(ids(store.inTable(vpc.routeTableId())));
    RouterInterfaceStore interfaces = tx.store(RouterInterfaceStore.KEY);
    List<Commands.EntryView> matches = new ArrayList<>();
    for (RouteEntry e : store.inTable(vpc.routeTableId())) {
      if (matches(q, e.id(), e.name(), "Custom", e.destination(), e.nextHopId(), e.nextHopType().apiName())) {
        matches.add(new Commands.EntryView(e.copy(), null, related(interfaces.in(scope).get(e.nextHopId()))));
      }
    }
    if (matches(q, vpc.systemRouteEntryId(), null, "System", SystemEntry.DESTINATION, "", SystemEntry.NEXT_HOP_TYPE)) {
      matches.add(new Commands.EntryView(null, vpc.copy(), null));
    }
    if (q.offset() > matches.size()) {
      throw new ApiException(ApiError.INVALID_PARAMETER, "NextToken");
    }
    int end = Math.min(matches.size(), q.offset() + q.maxResults());
    List<Commands.EntryView> page = matches.subList(q.offset(), end);
    List<String> shown = new ArrayList<>();
    page.forEach(v -> {
      if (v.entry() != null) {
        shown.add(v.entry().id());
      }
    });
    tx.afterRead(shown);
    return new Commands.EntryPage(page, end < matches.size() ? end : -1);
  }

  private static boolean matches(
      Commands.DescribeEntries q, String id, String name, String type, String destination, String nextHopId, String nextHopType) {
    return (q.routeEntryId() == null || q.routeEntryId().equals(id))
        && (q.routeEntryName() == null || q.routeEntryName().equals(name))
        && (q.routeEntryType() == null || q.routeEntryType().equals(type))
        && (q.destinationCidrBlock() == null || q.destinationCidrBlock().equals(destination))
        && (q.ipVersion() == null || q.ipVersion().equalsIgnoreCase("IPv4"))
        && (q.nextHopId() == null || q.nextHopId().equals(nextHopId))
        && (q.nextHopType() == null || q.nextHopType().equals(nextHopType));
  }

  /** What a router interface next hop leads to: its opposite router, as the interface records it. */
  private static Commands.NextHopRelatedInfo related(Optional<RouterInterface> ri) {
    if (ri.isEmpty() || ri.get().oppositeRouterType() == null) {
      return null;
    }
    RouterInterface r = ri.get();
    boolean vbr = r.oppositeRouterType() == RouterType.VBR;
    Object vpc = r.get(RouterInterfaceField.OppositeVpcInstanceId);
    String instance = !vbr && vpc != null ? (String) vpc : r.oppositeRouterId();
    return new Commands.NextHopRelatedInfo(instance == null ? "" : instance, vbr ? "VBR" : "VPC", r.oppositeRegionId());
  }

  private static List<String> vSwitchIds(Tx tx, Vpc v) {
    List<String> out = new ArrayList<>();
    for (VSwitch s : tx.store(VSwitchStore.KEY).inVpc(v.id())) {
      out.add(s.id());
    }
    return out;
  }

  private static List<String> ids(List<RouteEntry> entries) {
    List<String> out = new ArrayList<>(entries.size());
    entries.forEach(e -> out.add(e.id()));
    return out;
  }
}
