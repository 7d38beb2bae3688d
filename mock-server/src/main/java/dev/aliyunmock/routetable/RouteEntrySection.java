package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.fixtures.EntryPath;
import dev.aliyunmock.fixtures.FixtureEntry;
import dev.aliyunmock.fixtures.FieldSpec;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.LoadCheck;
import dev.aliyunmock.fixtures.SectionSpec;
import dev.aliyunmock.fixtures.ValueType;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceSection;
import dev.aliyunmock.routerinterface.RouterInterfaceStore;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcSection;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code RouteEntries}: custom route entries of the VPCs' route tables, each with a router
 * interface of the VPC's vRouter as next hop (the only next hop this mock has). Region, owner and
 * VPC come from the route table. An entry loaded Pending or Deleting finishes like one that
 * entered that status through the API. The system entry of each table comes with its VPC.
 */
public final class RouteEntrySection implements FixtureSection<RouteEntrySection.Fields, RouteEntry> {
  /** The section's key. */
  public static final String KEY = "RouteEntries";

  public static final String ROUTE_ENTRY_ID = "RouteEntryId";
  public static final String ROUTE_TABLE_ID = "RouteTableId";
  public static final String DESTINATION_CIDR_BLOCK = "DestinationCidrBlock";
  public static final String NEXT_HOP_TYPE = "NextHopType";
  public static final String NEXT_HOP_ID = "NextHopId";
  public static final String ROUTE_ENTRY_NAME = "RouteEntryName";
  public static final String DESCRIPTION = "Description";
  public static final String STATUS = "Status";
  public static final String GMT_MODIFIED = "GmtModified";

  private static final SectionSpec SPEC =
      new SectionSpec(
          KEY,
          List.of(
              FieldSpec.of(ROUTE_ENTRY_ID, ValueType.NON_EMPTY_TEXT, true, false, "The entry's id, e.g. rte-…."),
              FieldSpec.of(ROUTE_TABLE_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its route table: a VPC's RouteTableId."),
              FieldSpec.of(DESTINATION_CIDR_BLOCK, ValueType.NON_EMPTY_TEXT, true, false,
                  "Its destination a.b.c.d/n, unique in the table, outside 100.64.0.0/10."),
              FieldSpec.oneOf(NEXT_HOP_TYPE, List.of(NextHopType.ROUTER_INTERFACE.apiName()), false, true,
                  "RouterInterface (the default and the only one)."),
              FieldSpec.of(NEXT_HOP_ID, ValueType.NON_EMPTY_TEXT, true, false,
                  "Its next hop: a router interface on the VPC's vRouter (RouterInterfaces)."),
              FieldSpec.of(ROUTE_ENTRY_NAME, ValueType.TEXT, false, true, "RouteEntryName."),
              FieldSpec.of(DESCRIPTION, ValueType.TEXT, false, true, "Description."),
              FieldSpec.oneOf(STATUS, ApiEnum.names(RouteEntryStatus.class), false, true,
                  "Pending, Available (default) or Deleting."),
              FieldSpec.of(GMT_MODIFIED, ValueType.TEXT, false, true, "GmtModified (default: the load time).")),
          null,
          "The custom route entries of the VPCs' route tables.");

  /** One entry as read. */
  public record Fields(
      String id,
      String routeTableId,
      String destination,
      String nextHopId,
      String name,
      String description,
      RouteEntryStatus status,
      String gmtModified) {}

  @Override
  public SectionSpec spec() {
    return SPEC;
  }

  @Override
  public Fields read(FixtureEntry e) {
    return new Fields(
        e.text(ROUTE_ENTRY_ID),
        e.text(ROUTE_TABLE_ID),
        e.text(DESTINATION_CIDR_BLOCK),
        e.text(NEXT_HOP_ID),
        e.text(ROUTE_ENTRY_NAME),
        e.text(DESCRIPTION),
        e.apiEnum(STATUS, RouteEntryStatus.class, RouteEntryStatus.AVAILABLE),
        e.shared(e.text(GMT_MODIFIED)));
  }

  @Override
  public List<RouteEntry> prepare(LoadCheck check, List<Fields> entries) throws FixtureException {
    RouteEntryStore store = check.world().store(RouteEntryStore.KEY);
    List<RouteEntry> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Fields f = entries.get(i);
      EntryPath at = new EntryPath(KEY, i);
      if (store.contains(f.id())
          || check.declared(KEY, f.id(), RouteEntry.class).isPresent()
          || check.world().store(VpcStore.KEY).usesId(f.id())
          || check.declared(VpcSection.SYSTEM_ENTRIES, f.id(), Boolean.class).isPresent()) {
        throw at.alreadyExists(ROUTE_ENTRY_ID, f.id());
      }
      Vpc vpc =
          VpcSection.knownByRouteTable(check, f.routeTableId())
              .orElseThrow(() -> at.refuse(ROUTE_TABLE_ID, "route table '" + f.routeTableId() + "' is no VPC's in Vpcs"));
      Optional<Cidr> cidr = Cidr.parse(f.destination()).filter(Cidr::isNetwork);
      if (cidr.isEmpty()) {
        throw at.refuse(DESTINATION_CIDR_BLOCK, "'" + f.destination() + "' is not an IPv4 network block a.b.c.d/n");
      }
      if (Cidr.CARRIER_GRADE_NAT.contains(cidr.get())) {
        throw at.refuse(DESTINATION_CIDR_BLOCK, "'" + f.destination() + "' is inside 100.64.0.0/10");
      }
      String destination = cidr.get().toString();
      List<RouteEntry> inTable =
          FixtureSection.withPrepared(store.inTable(f.routeTableId()), out, e -> e.routeTableId().equals(f.routeTableId()));
      if (inTable.stream().anyMatch(e -> e.destination().equals(destination))) {
        throw at.refuse(DESTINATION_CIDR_BLOCK, "the table has an entry for '" + destination + "' already");
      }
      RouterInterface ri =
          routerInterface(check, f.nextHopId())
              .orElseThrow(() -> at.refuse(NEXT_HOP_ID, "router interface '" + f.nextHopId() + "' is not in RouterInterfaces"));
      if (ri.status() == Status.DELETING) {
        throw at.refuse(NEXT_HOP_ID, "router interface '" + ri.id() + "' is being deleted");
      }
      if (!ri.routerId().equals(vpc.vRouterId())) {
        throw at.refuse(NEXT_HOP_ID, "router interface '" + ri.id() + "' is not on the VPC's vRouter " + vpc.vRouterId());
      }
      RouteEntry e =
          new RouteEntry(f.id(), vpc.ownerId(), vpc.regionId(), vpc.id(), vpc.routeTableId(), destination, ri.id(),
              f.name(), f.description(), f.status(), f.gmtModified() == null ? check.now() : f.gmtModified());
      check.declare(KEY, e.id(), e);
      out.add(e);
    }
    return out;
  }

  /** A router interface of the world or of the document being loaded, whoever owns it. */
  private static Optional<RouterInterface> routerInterface(LoadCheck check, String id) {
    Optional<RouterInterface> inWorld = check.world().store(RouterInterfaceStore.KEY).acrossAccounts(id);
    return check.known(inWorld, RouterInterfaceSection.KEY, id, RouterInterface.class);
  }

  @Override
  public void apply(Tx tx, List<RouteEntry> prepared) {
    RouteEntryStore store = tx.store(RouteEntryStore.KEY);
    for (RouteEntry e : prepared) {
      store.add(e, null);
      if (e.status() == RouteEntryStatus.PENDING) {
        tx.beginTransition(RouteEntryTransition.CREATE_ROUTE_ENTRY, List.of(e.id()));
      } else if (e.status() == RouteEntryStatus.DELETING) {
        tx.beginTransition(RouteEntryTransition.DELETE_ROUTE_ENTRY, List.of(e.id()));
      }
    }
  }

  @Override
  public List<Map<String, Object>> dump(View view) {
    return FixtureSection.entries(
        view.store(RouteEntryStore.KEY).all(),
        (e, n) -> {
          n.put(ROUTE_ENTRY_ID, e.id());
          n.put(ROUTE_TABLE_ID, e.routeTableId());
          n.put(DESTINATION_CIDR_BLOCK, e.destination());
          n.put(NEXT_HOP_TYPE, e.nextHopType().apiName());
          n.put(NEXT_HOP_ID, e.nextHopId());
          FixtureSection.putIfSet(n, ROUTE_ENTRY_NAME, e.name());
          FixtureSection.putIfSet(n, DESCRIPTION, e.description());
          n.put(STATUS, e.status().apiName());
          n.put(GMT_MODIFIED, e.gmtModified());
        });
  }
}
