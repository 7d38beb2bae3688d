package dev.aliyunmock.routetable;

import dev.aliyunmock.world.GroupIndex;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.ScopedIndex;
import dev.aliyunmock.world.StoreKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom route entries of a world (a {@link ScopedIndex}: by id, the client tokens of
 * CreateRouteEntry), also by route table (in creation order) and by next hop. Entries are reached
 * through their route table, which the caller must own (the VPC's scope), or by id with {@link
 * #owned(String, String)}. The kinds that must not be removed under an entry read {@link
 * #countIn(String)}, {@link #busyIn(String)} and {@link #refersTo(String)}.
 */
public final class RouteEntryStore implements KindStore<RouteEntryStore> {
  /** This store's key in a world. */
  public static final StoreKey<RouteEntryStore> KEY = StoreKey.of("RouteEntries", RouteEntryStore::new);

  private final Guard guard;
  private final ScopedIndex<RouteEntry> entries;
  private final GroupIndex<RouteEntry> byTable = new GroupIndex<>();
  /** router interface id → how many entries have it as next hop. */
  private final Map<String, Integer> byNextHop = new HashMap<>();

  private RouteEntryStore(Guard guard) {
    this(guard, new ScopedIndex<>(guard));
  }

  private RouteEntryStore(Guard guard, ScopedIndex<RouteEntry> entries) {
    this.guard = guard;
    this.entries = entries;
    entries.all().forEach(this::indexTableAndHop);
  }

  @Override
  public RouteEntryStore copy() {
    return new RouteEntryStore(guard, entries.copy(RouteEntry::copy));
  }

  // ---------------------------------------------------------------- reads

  /** The custom entries of a route table, in creation order (a copy of the list). */
  public List<RouteEntry> inTable(String routeTableId) {
    return byTable.copyOf(routeTableId);
  }

  /** How many custom entries a route table holds, whatever their status (the per-table quota counts them). */
  public int countIn(String routeTableId) {
    return byTable.count(routeTableId);
  }

  /** Whether an entry of the table is being created or deleted: the table's other writes wait for it. */
  public boolean busyIn(String routeTableId) {
    return byTable.of(routeTableId).stream().anyMatch(e -> e.status() != RouteEntryStatus.AVAILABLE);
  }

  /** Whether some entry sends traffic to this router interface (then it cannot be deleted). */
  public boolean refersTo(String routerInterfaceId) {
    return byNextHop.containsKey(routerInterfaceId);
  }

  /** The owner's entry of that id, in any region (the caller then checks the region). */
  public Optional<RouteEntry> owned(String ownerId, String id) {
    return entries.owned(ownerId, id);
  }

  /** An entry of any account: for the fixture loader and the transitions (say why where called). */
  public Optional<RouteEntry> acrossAccounts(String id) {
    return entries.acrossAccounts(id);
  }

  /** Every entry, in creation order (live view): for dumps and the admin API. */
  public Collection<RouteEntry> all() {
    return entries.all();
  }

  boolean contains(String id) {
    return entries.contains(id);
  }

  Optional<RouteEntry> createdWith(String ownerId, ClientToken clientToken) {
    return entries.createdWith(ownerId, clientToken);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds an entry, last in creation order.
   *
   * @param clientToken the ClientToken of the CreateRouteEntry that created it, or {@code null}
   */
  void add(RouteEntry e, ClientToken clientToken) {
    entries.add(e, clientToken);
    indexTableAndHop(e);
  }

  private void indexTableAndHop(RouteEntry e) {
    byTable.add(e.routeTableId(), e);
    byNextHop.merge(e.nextHopId(), 1, Integer::sum);
  }

  /** Removes an entry and what refers to it. */
  void remove(RouteEntry e) {
    entries.remove(e);
    byTable.remove(e.routeTableId(), e);
    byNextHop.computeIfPresent(e.nextHopId(), (k, n) -> n == 1 ? null : n - 1);
  }

  void status(RouteEntry e, RouteEntryStatus status) {
    guard.checkWritable();
    e.status(status);
  }
}
