package dev.aliyunmock.routetable;

import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.StoreKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custom route entries of a world, by id, by route table (in creation order) and by next hop;
 * the client tokens of CreateRouteEntry. Entries are reached through their route table, which the
 * caller must own (the VPC's scope), or by id with {@link #owned(String, String)}. The kinds that
 * must not be removed under an entry read {@link #countIn(String)}, {@link #busyIn(String)} and
 * {@link #refersTo(String)}.
 */
public final class RouteEntryStore implements KindStore<RouteEntryStore> {
  /** This store's key in a world. */
  public static final StoreKey<RouteEntryStore> KEY = StoreKey.of("RouteEntries", RouteEntryStore::new);

  private final Guard guard;
  private final Map<String, RouteEntry> entries = new LinkedHashMap<>();
  private final Map<String, List<RouteEntry>> byTable = new HashMap<>();
  /** router interface id → how many entries have it as next hop. */
  private final Map<String, Integer> byNextHop = new HashMap<>();
  private final Map<String, String> clientTokens = new HashMap<>();
  private long nextSeq;

  private RouteEntryStore(Guard guard) {
    this.guard = guard;
  }

  @Override
  public RouteEntryStore copy() {
    RouteEntryStore c = new RouteEntryStore(guard);
    for (RouteEntry e : entries.values()) {
      c.index(e.copy());
    }
    c.clientTokens.putAll(clientTokens);
    c.nextSeq = nextSeq;
    return c;
  }

  // ---------------------------------------------------------------- reads

  /** The custom entries of a route table, in creation order (a copy of the list). */
  public List<RouteEntry> inTable(String routeTableId) {
    List<RouteEntry> l = byTable.get(routeTableId);
    return l == null ? List.of() : new ArrayList<>(l);
  }

  /** How many custom entries a route table holds, whatever their status (the per-table quota counts them). */
  public int countIn(String routeTableId) {
    List<RouteEntry> l = byTable.get(routeTableId);
    return l == null ? 0 : l.size();
  }

  /** Whether an entry of the table is being created or deleted: the table's other writes wait for it. */
  public boolean busyIn(String routeTableId) {
    List<RouteEntry> l = byTable.get(routeTableId);
    if (l != null) {
      for (RouteEntry e : l) {
        if (e.status() != RouteEntryStatus.AVAILABLE) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some entry sends traffic to this router interface (then it cannot be deleted). */
  public boolean refersTo(String routerInterfaceId) {
    return byNextHop.containsKey(routerInterfaceId);
  }

  /** The owner's entry of that id, in any region (the caller then checks the region). */
  public Optional<RouteEntry> owned(String ownerId, String id) {
    RouteEntry e = entries.get(id);
    return e != null && e.ownerId().equals(ownerId) ? Optional.of(e) : Optional.empty();
  }

  /** An entry of any account: for the fixture loader and the transitions (say why where called). */
  public Optional<RouteEntry> acrossAccounts(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Every entry, in creation order (live view): for dumps and the admin API. */
  public Collection<RouteEntry> all() {
    return Collections.unmodifiableCollection(entries.values());
  }

  boolean contains(String id) {
    return entries.containsKey(id);
  }

  Optional<RouteEntry> createdWith(String ownerId, String clientToken) {
    String id = clientTokens.get(ownerId + '\n' + clientToken);
    return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id));
  }

  // ---------------------------------------------------------------- writes

  /** Adds an entry, last in creation order. */
  void add(RouteEntry e) {
    guard.checkWritable();
    e.seq(nextSeq++);
    index(e);
  }

  private void index(RouteEntry e) {
    entries.put(e.id(), e);
    byTable.computeIfAbsent(e.routeTableId(), k -> new ArrayList<>()).add(e);
    byNextHop.merge(e.nextHopId(), 1, Integer::sum);
  }

  /** Removes an entry and what refers to it. */
  void remove(RouteEntry e) {
    guard.checkWritable();
    entries.remove(e.id());
    List<RouteEntry> l = byTable.get(e.routeTableId());
    if (l != null) {
      l.removeIf(other -> other == e);
      if (l.isEmpty()) {
        byTable.remove(e.routeTableId());
      }
    }
    byNextHop.computeIfPresent(e.nextHopId(), (k, n) -> n == 1 ? null : n - 1);
    clientTokens.values().removeIf(e.id()::equals);
  }

  void rememberClientToken(String ownerId, String clientToken, String id) {
    guard.checkWritable();
    clientTokens.put(ownerId + '\n' + clientToken, id);
  }

  void status(RouteEntry e, RouteEntryStatus status) {
    guard.checkWritable();
    e.status(status);
  }
}
