package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcError;
import dev.aliyunmock.vpc.VpcStatus;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;
import java.util.Optional;

/**
 * DeleteRouteEntry: an Available custom entry becomes Deleting, then is gone. The entry is named
 * by RouteEntryId, or by RouteTableId and DestinationCidrBlock with its next hop (G29). Order: the
 * entry (by id: region, entry; else: region, table, destination's text, next hop given, entry), the
 * system entry, the VPC's status, the entry's status, the table's other writes under way.
 */
public final class DeleteRouteEntryRule {
  private final World world;

  public DeleteRouteEntryRule(World world) {
    this.world = world;
  }

  public void delete(Commands.Delete c) {
    world.update(tx -> delete(tx, c));
  }

  private static void delete(Tx tx, Commands.Delete c) {
    RouteEntryStore store = tx.store(RouteEntryStore.KEY);
    VpcStore vpcs = tx.store(VpcStore.KEY);
    Vpc vpc;
    RouteEntry entry;
    if (c.routeEntryId() != null) {
      Scope scope =
          Scopes.ofResource(
              tx,
              c.requester(),
              () -> regionOfOwnedEntry(tx, c),
              () -> new ApiException(RouteTableError.ENTRY_ID_NOT_FOUND));
      Optional<Vpc> owner = vpcs.in(scope).byRouteTable(tableOfEntry(tx, c));
      if (owner.isEmpty() || (c.routeTableId() != null && !c.routeTableId().equals(owner.get().routeTableId()))) {
        throw new ApiException(RouteTableError.ENTRY_ID_NOT_FOUND);
      }
      vpc = owner.get();
      if (c.routeEntryId().equals(vpc.systemRouteEntryId())) {
        throw new ApiException(RouteTableError.SYSTEM_ENTRY);
      }
      entry = store.owned(scope.ownerId(), c.routeEntryId()).orElseThrow();
    } else {
      vpc = Tables.own(tx, c.requester(), c.routeTableId());
      Destination destination = c.destination().get();
      if (c.nextHopId() == null && c.nextHopListIds().isEmpty()) {
        throw new ApiException(RouteTableError.NEXT_HOP_NULL);
      }
      if (!destination.isIpv6() && Cidr.CARRIER_GRADE_NAT.equals(destination.ipv4())) {
        throw new ApiException(RouteTableError.SYSTEM_ENTRY);
      }
      entry = find(store, vpc, destination, c).orElseThrow(() -> new ApiException(RouteTableError.ENTRY_NOT_FOUND));
    }
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw new ApiException(VpcError.INCORRECT_VPC_STATUS);
    }
    if (entry.status() != RouteEntryStatus.AVAILABLE) {
      throw new ApiException(RouteTableError.ENTRY_STATUS_ERROR);
    }
    if (store.busyIn(vpc.routeTableId())) {
      throw new ApiException(VpcError.ROUTE_ENTRY_BLOCKED);
    }
    store.status(entry, RouteEntryStatus.DELETING);
    tx.beginTransition(RouteEntryTransition.DELETE_ROUTE_ENTRY, List.of(entry.id()));
  }

  /** The region of the caller's entry (custom or system) of that id, for a request that names no region. */
  private static Optional<String> regionOfOwnedEntry(Tx tx, Commands.Delete c) {
    String owner = c.requester().ownerId();
    Optional<String> custom = tx.store(RouteEntryStore.KEY).owned(owner, c.routeEntryId()).map(RouteEntry::regionId);
    if (custom.isPresent()) {
      return custom;
    }
    return systemEntryVpc(tx, owner, c.routeEntryId()).map(Vpc::regionId);
  }

  /** The route table of the caller's entry of that id (custom or system), or {@code ""} when there is none. */
  private static String tableOfEntry(Tx tx, Commands.Delete c) {
    String owner = c.requester().ownerId();
    Optional<RouteEntry> custom = tx.store(RouteEntryStore.KEY).owned(owner, c.routeEntryId());
    if (custom.isPresent()) {
      return custom.get().routeTableId();
    }
    return systemEntryVpc(tx, owner, c.routeEntryId()).map(Vpc::routeTableId).orElse("");
  }

  /** The caller's VPC whose system entry has that id. */
  private static Optional<Vpc> systemEntryVpc(Tx tx, String ownerId, String routeEntryId) {
    return tx.store(VpcStore.KEY).ownedBySystemEntry(ownerId, routeEntryId);
  }

  /** The table's entry for the destination whose next hop is the one named. */
  private static Optional<RouteEntry> find(RouteEntryStore store, Vpc vpc, Destination destination, Commands.Delete c) {
    if (destination.isIpv6()) {
      return Optional.empty();
    }
    String dest = destination.ipv4().toString();
    for (RouteEntry e : store.inTable(vpc.routeTableId())) {
      boolean hop = c.nextHopId() != null ? c.nextHopId().equals(e.nextHopId()) : c.nextHopListIds().contains(e.nextHopId());
      if (e.destination().equals(dest) && destination.ipv4().isNetwork() && hop) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
