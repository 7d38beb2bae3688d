package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.fixtures.AccountsSection;
import dev.aliyunmock.fixtures.EntryPath;
import dev.aliyunmock.fixtures.FixtureEntry;
import dev.aliyunmock.fixtures.FieldSpec;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.LoadCheck;
import dev.aliyunmock.fixtures.RegionsSection;
import dev.aliyunmock.fixtures.SectionSpec;
import dev.aliyunmock.fixtures.ValueType;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterSection;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Vpcs}: VPCs with their vRouter and system route table. A VPC that gives no {@code
 * VRouterId} or {@code RouteTableId} gets {@code vrt-}/{@code vtb-} and its own id's tail; one
 * that names a vRouter of {@code Routers} (the same owner and region, belonging to no other VPC)
 * adopts it, so that a world written before VPCs existed gains them without renaming anything.
 * A VPC loaded Pending or Deleting finishes like one that entered that status through the API.
 */
public final class VpcSection implements FixtureSection<VpcSection.Fields, VpcSection.Prepared> {
  /** The section's key. */
  public static final String KEY = "Vpcs";

  /** The key under which a document's route tables are declared (they have no section of their own). */
  public static final String ROUTE_TABLES = "RouteTables";

  /** The key under which a document's system route entries are declared. */
  public static final String SYSTEM_ENTRIES = "SystemRouteEntries";

  public static final String VPC_ID = "VpcId";
  public static final String REGION_ID = "RegionId";
  public static final String OWNER_ID = "OwnerId";
  public static final String CIDR_BLOCK = "CidrBlock";
  public static final String VROUTER_ID = "VRouterId";
  public static final String ROUTE_TABLE_ID = "RouteTableId";
  public static final String SYSTEM_ROUTE_ENTRY_ID = "SystemRouteEntryId";
  public static final String VPC_NAME = "VpcName";
  public static final String DESCRIPTION = "Description";
  public static final String STATUS = "Status";
  public static final String CREATION_TIME = "CreationTime";
  public static final String USER_CIDR = "UserCidr";
  public static final String IS_DEFAULT = "IsDefault";
  public static final String RESOURCE_GROUP_ID = "ResourceGroupId";

  private static final SectionSpec SPEC =
      new SectionSpec(
          KEY,
          List.of(
              FieldSpec.of(VPC_ID, ValueType.NON_EMPTY_TEXT, true, false, "The VPC's id, e.g. vpc-…."),
              FieldSpec.of(REGION_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its region: one of Regions."),
              FieldSpec.of(OWNER_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its account: one of Accounts."),
              FieldSpec.of(CIDR_BLOCK, ValueType.TEXT, false, true, "Its IPv4 block a.b.c.d/n (default 172.16.0.0/12)."),
              FieldSpec.of(VROUTER_ID, ValueType.TEXT, false, true,
                  "Its vRouter (default vrt- and the VPC id's tail); a vRouter of Routers is adopted."),
              FieldSpec.of(ROUTE_TABLE_ID, ValueType.TEXT, false, true,
                  "Its system route table (default vtb- and the VPC id's tail)."),
              FieldSpec.of(SYSTEM_ROUTE_ENTRY_ID, ValueType.TEXT, false, true,
                  "The id of the table's system entry 100.64.0.0/10 (default rte-, the VPC id's tail, -system)."),
              FieldSpec.of(VPC_NAME, ValueType.TEXT, false, true, "VpcName."),
              FieldSpec.of(DESCRIPTION, ValueType.TEXT, false, true, "Description."),
              FieldSpec.oneOf(STATUS, ApiEnum.names(VpcStatus.class), false, true, "Pending, Available (default) or Deleting."),
              FieldSpec.of(CREATION_TIME, ValueType.TEXT, false, true, "CreationTime (default: the load time)."),
              FieldSpec.of(USER_CIDR, ValueType.TEXT, false, true, "Up to three user CIDR blocks, comma-separated."),
              FieldSpec.of(IS_DEFAULT, ValueType.BOOLEAN, false, true, "Whether it is the region's default VPC (default false)."),
              FieldSpec.of(RESOURCE_GROUP_ID, ValueType.TEXT, false, true, "ResourceGroupId (default: the account's).")),
          null,
          "The VPCs, each with its vRouter and its system route table.");

  /** One entry as read. */
  public record Fields(
      String vpcId,
      String regionId,
      String ownerId,
      String cidrBlock,
      String vRouterId,
      String routeTableId,
      String systemRouteEntryId,
      String name,
      String description,
      VpcStatus status,
      String creationTime,
      String userCidr,
      boolean isDefault,
      String resourceGroupId) {}

  /** An entry checked against the world: the VPC to add. */
  public record Prepared(Vpc vpc) {}

  @Override
  public SectionSpec spec() {
    return SPEC;
  }

  @Override
  public Fields read(FixtureEntry e) {
    return new Fields(
        e.text(VPC_ID),
        e.shared(e.text(REGION_ID)),
        e.shared(e.text(OWNER_ID)),
        e.text(CIDR_BLOCK),
        e.text(VROUTER_ID),
        e.text(ROUTE_TABLE_ID),
        e.text(SYSTEM_ROUTE_ENTRY_ID),
        e.text(VPC_NAME),
        e.text(DESCRIPTION),
        e.apiEnum(STATUS, VpcStatus.class, VpcStatus.AVAILABLE),
        e.shared(e.text(CREATION_TIME)),
        e.text(USER_CIDR),
        e.bool(IS_DEFAULT, false),
        e.shared(e.text(RESOURCE_GROUP_ID)));
  }

  @Override
  public List<Prepared> prepare(LoadCheck check, List<Fields> entries) throws FixtureException {
    VpcStore store = check.world().store(VpcStore.KEY);
    List<Prepared> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Fields f = entries.get(i);
      EntryPath at = new EntryPath(KEY, i);
      if (store.usesId(f.vpcId()) || check.declared(KEY, f.vpcId(), Vpc.class).isPresent()) {
        throw at.alreadyExists(VPC_ID, f.vpcId());
      }
      RegionsSection.require(check, at, REGION_ID, f.regionId());
      AccountsSection.require(check, at, OWNER_ID, f.ownerId());
      String cidr = f.cidrBlock() == null ? CreateVpcRule.DEFAULT_CIDR : f.cidrBlock();
      Optional<Cidr> parsed = Cidr.parse(cidr);
      if (parsed.isEmpty() || !parsed.get().isNetwork()) {
        throw at.refuse(CIDR_BLOCK, "'" + cidr + "' is not an IPv4 network block a.b.c.d/n");
      }
      List<String> userCidrs = userCidrs(at, f.userCidr());
      String vRouterId = f.vRouterId() == null ? Ids.sibling(f.vpcId(), "vrt-") : f.vRouterId();
      checkVRouter(check, store, at, f, vRouterId);
      String routeTableId = f.routeTableId() == null ? Ids.sibling(f.vpcId(), "vtb-") : f.routeTableId();
      if (store.usesId(routeTableId) || check.declared(ROUTE_TABLES, routeTableId, Vpc.class).isPresent()) {
        throw at.alreadyExists(ROUTE_TABLE_ID, routeTableId);
      }
      String systemEntryId =
          f.systemRouteEntryId() == null ? Ids.sibling(f.vpcId(), "rte-") + "-system" : f.systemRouteEntryId();
      if (store.usesId(systemEntryId)
          || check.world().store(RouteEntryStore.KEY).acrossAccounts(systemEntryId).isPresent()
          || !check.declare(SYSTEM_ENTRIES, systemEntryId, Boolean.TRUE)) {
        throw at.alreadyExists(SYSTEM_ROUTE_ENTRY_ID, systemEntryId);
      }
      Vpc vpc =
          new Vpc(
              f.vpcId(), f.ownerId(), f.regionId(), vRouterId, routeTableId, systemEntryId, parsed.get().toString(), f.name(),
              f.description(), f.status(), f.creationTime() == null ? check.now() : f.creationTime(), userCidrs,
              f.isDefault(),
              f.resourceGroupId() == null ? CreateVpcRule.defaultResourceGroup(f.ownerId()) : f.resourceGroupId());
      check.declare(KEY, vpc.id(), vpc);
      check.declare(ROUTE_TABLES, routeTableId, vpc);
      // Declared as the router it becomes, unless Routers declared it first (then it is adopted).
      check.declare(RouterSection.KEY, vRouterId, Router.ofVpc(vRouterId, vpc.regionId(), vpc.ownerId(), vpc.id()));
      out.add(new Prepared(vpc));
    }
    return out;
  }

  /** A vRouter id is new, or names a router of Routers that this VPC may adopt. */
  private static void checkVRouter(LoadCheck check, VpcStore store, EntryPath at, Fields f, String vRouterId)
      throws FixtureException {
    if (store.usesId(vRouterId)) {
      throw at.alreadyExists(VROUTER_ID, vRouterId);
    }
    Optional<Router> existing = RouterSection.known(check, vRouterId);
    if (existing.isEmpty()) {
      return;
    }
    Router r = existing.get();
    if (r.belongsToVpc()) {
      throw at.refuse(VROUTER_ID, "'" + vRouterId + "' is the vRouter of VPC '" + r.vpcId() + "'");
    }
    if (r.routerType() != RouterType.VROUTER || !r.ownerId().equals(f.ownerId()) || !r.regionId().equals(f.regionId())) {
      throw at.refuse(
          VROUTER_ID, "'" + vRouterId + "' is a router of Routers that is not a VRouter of the same owner and region");
    }
  }

  private static List<String> userCidrs(EntryPath at, String text) throws FixtureException {
    if (text == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : text.split(",", -1)) {
      Optional<Cidr> c = Cidr.parse(s.trim());
      if (c.isEmpty()) {
        throw at.refuse(USER_CIDR, "'" + s.trim() + "' is not an IPv4 block a.b.c.d/n");
      }
      out.add(c.get().toString());
    }
    if (out.size() > 3) {
      throw at.refuse(USER_CIDR, "holds " + out.size() + " blocks; a VPC has at most 3");
    }
    return out;
  }

  @Override
  public void apply(Tx tx, List<Prepared> prepared) {
    VpcStore store = tx.store(VpcStore.KEY);
    RouterStore routers = tx.store(RouterStore.KEY);
    for (Prepared p : prepared) {
      Vpc v = p.vpc();
      store.add(v, null);
      if (v.status() == VpcStatus.DELETING) {
        // A VPC being deleted has let go of its vRouter (DeleteVpc does the same).
        routers.remove(v.vRouterId());
      } else {
        routers.add(Router.ofVpc(v.vRouterId(), v.regionId(), v.ownerId(), v.id()));
      }
      if (v.status() == VpcStatus.PENDING) {
        tx.beginTransition(VpcTransition.CREATE_VPC, List.of(v.id()));
      } else if (v.status() == VpcStatus.DELETING) {
        tx.beginTransition(VpcTransition.DELETE_VPC, List.of(v.id()));
      }
    }
  }

  @Override
  public List<Map<String, Object>> dump(View view) {
    return FixtureSection.entries(
        view.store(VpcStore.KEY).all(),
        (v, n) -> {
          n.put(VPC_ID, v.id());
          n.put(REGION_ID, v.regionId());
          n.put(OWNER_ID, v.ownerId());
          n.put(CIDR_BLOCK, v.cidrBlock());
          n.put(VROUTER_ID, v.vRouterId());
          n.put(ROUTE_TABLE_ID, v.routeTableId());
          n.put(SYSTEM_ROUTE_ENTRY_ID, v.systemRouteEntryId());
          FixtureSection.putIfSet(n, VPC_NAME, v.name());
          FixtureSection.putIfSet(n, DESCRIPTION, v.description());
          n.put(STATUS, v.status().apiName());
          n.put(CREATION_TIME, v.creationTime());
          FixtureSection.putIfSet(n, USER_CIDR, v.userCidrs().isEmpty() ? null : String.join(",", v.userCidrs()));
          n.put(IS_DEFAULT, v.isDefault());
          n.put(RESOURCE_GROUP_ID, v.resourceGroupId());
        });
  }

  /** A VPC of the world or of the document being loaded, whoever owns it. */
  public static Optional<Vpc> known(LoadCheck check, String vpcId) {
    return check.known(check.world().store(VpcStore.KEY).acrossAccounts(vpcId), KEY, vpcId, Vpc.class);
  }

  /** The VPC of a route table of the world or of the document being loaded, whoever owns it. */
  public static Optional<Vpc> knownByRouteTable(LoadCheck check, String routeTableId) {
    VpcStore vpcs = check.world().store(VpcStore.KEY);
    return check.known(vpcs.byRouteTableAcrossAccounts(routeTableId), ROUTE_TABLES, routeTableId, Vpc.class);
  }
}
