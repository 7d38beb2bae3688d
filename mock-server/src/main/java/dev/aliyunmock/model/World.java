package dev.aliyunmock.model;

import dev.aliyunmock.control.TransitionMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The state of one mock: regions, accounts, routers, router interfaces, and the transitions under
 * way, with the indexes the actions need.
 *
 * <p>Concurrency design: one lock per world. Every action runs as one critical section ({@link
 * #locked}), so each sees and leaves a consistent state, two requests on the same interfaces are
 * strictly ordered (exactly one Connect of a pair wins), and there is no lock ordering to get
 * wrong (no deadlock). Reads take the lock too (a Describe may end transitions), and so do a
 * dump, a fixture load and a reset, each whole: a request sees the world before or after a
 * load, never half of it. Nothing is called out of the world while it is held (no I/O, no
 * listener). Actions are microseconds long, far below HTTP costs, so the single lock is not the
 * bottleneck.
 *
 * <p>Outside the lock, by design: credentials, in a concurrent map, so that signature checks,
 * which run before any action, take no lock (an account a reset removed in between is then
 * refused by the action); the nonce cache, under its own monitor, which checks and records a
 * nonce in one step once the signature is verified, so that of identical requests sent at once
 * exactly one is served; the default transition mode and the clock's offset (volatile).
 * Pinned by the reliability suite (RaceTest, NonceReplayRaceTest, StatefulInvariantsTest), whose
 * concurrent steps have deadlines. Two worlds share nothing.
 */
public final class World {
  private final ReentrantLock lock = new ReentrantLock();

  final Set<String> regions = new LinkedHashSet<>();
  final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Account> accountsByKey = new ConcurrentHashMap<>();
  final Map<String, Router> routers = new LinkedHashMap<>();
  final Map<String, RouterInterface> interfaces = new LinkedHashMap<>();
  /** owner + region → its interfaces, in creation order: the scope of Describe. */
  private final Map<String, Map<String, RouterInterface>> byScope = new HashMap<>();
  /**
   * router id → its interfaces, in creation order. A list: a router holds a handful (the quota is
   * {@value RouterInterfaces#QUOTA_PER_ROUTER}), and a map per router would cost a large world
   * more heap than its interfaces' ids.
   */
  private final Map<String, List<RouterInterface>> byRouter = new HashMap<>();
  /**
   * The filter keys Describe can read through an index: the selective ones a caller may change.
   * (RouterInterfaceId and RouterId have their own maps above; the type and owner keys match most
   * of a region, so scanning it is as good.)
   */
  private static final Map<RouterInterfaceField, FilterKey> INDEXED =
      Map.of(
          RouterInterfaceField.Name, FilterKey.Name,
          RouterInterfaceField.Status, FilterKey.Status,
          RouterInterfaceField.OppositeInterfaceId, FilterKey.OppositeInterfaceId,
          RouterInterfaceField.OppositeRouterId, FilterKey.OppositeRouterId);

  private final Map<FilterKey, ValueIndex> indexes = new java.util.EnumMap<>(FilterKey.class);
  private long nextSeq;

  /** owner → number of its interfaces with BusinessStatus FinancialLocked. */
  private final Map<String, Integer> lockedByOwner = new HashMap<>();
  /** owner + ClientToken → interface created with it (CreateRouterInterface idempotency). */
  final Map<String, String> clientTokens = new HashMap<>();

  final Transitions transitions;
  final MockClock clock;

  public World(MockClock clock, TransitionMode defaultMode) {
    this.clock = clock;
    this.transitions = new Transitions(this, defaultMode);
    for (FilterKey k : INDEXED.values()) {
      indexes.put(k, new ValueIndex(k));
    }
  }

  /** Runs {@code body} holding the world's lock, after ending the timed transitions now due. */
  public <T> T locked(Supplier<T> body) {
    lock.lock();
    try {
      transitions.completeDue();
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code body} holding the world's lock. */
  public void locked(Runnable body) {
    locked(
        () -> {
          body.run();
          return null;
        });
  }

  /** Whether the current thread holds the lock (for assertions in the model). */
  boolean heldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  public MockClock clock() {
    return clock;
  }

  public Transitions transitions() {
    return transitions;
  }

  // ---- Reads that need no lock ----

  /** The account of an access key id; lock-free, for the gateway. */
  public Optional<Account> accountByKey(String accessKeyId) {
    return Optional.ofNullable(accountsByKey.get(accessKeyId));
  }

  // ---- Reads under the lock (callers hold it) ----

  public Optional<Account> account(String ownerId) {
    return Optional.ofNullable(accounts.get(ownerId));
  }

  /** The first account loaded, the caller of unauthenticated requests. */
  public Optional<Account> firstAccount() {
    return accounts.values().stream().findFirst();
  }

  public boolean hasRegion(String regionId) {
    return regions.contains(regionId);
  }

  public Optional<Router> router(String routerId) {
    return Optional.ofNullable(routers.get(routerId));
  }

  public Optional<RouterInterface> routerInterface(String id) {
    return Optional.ofNullable(interfaces.get(id));
  }

  /** The interfaces of an owner in a region, in creation order (live view). */
  public Collection<RouterInterface> inScope(String ownerId, String regionId) {
    Map<String, RouterInterface> m = byScope.get(scopeKey(ownerId, regionId));
    return m == null ? List.of() : Collections.unmodifiableCollection(m.values());
  }

  /** The interfaces on a router (live view). */
  public Collection<RouterInterface> onRouter(String routerId) {
    List<RouterInterface> l = byRouter.get(routerId);
    return l == null ? List.of() : Collections.unmodifiableList(l);
  }

  /** The index of a filter key, or {@code null} if Describe must scan for it. */
  ValueIndex index(FilterKey key) {
    return indexes.get(key);
  }

  /** Whether an account has bills outstanding: its flag, or any interface financially locked. */
  public boolean hasBillsOutstanding(String ownerId) {
    Account a = accounts.get(ownerId);
    return (a != null && a.billsOutstanding()) || lockedByOwner.getOrDefault(ownerId, 0) > 0;
  }

  /**
   * The interface this one is connected with: the one it names as opposite, which names it back,
   * both having left Idle (Connect is the only way out of Idle).
   */
  public Optional<RouterInterface> partnerOf(RouterInterface ri) {
    if (ri.status() == Status.IDLE || ri.oppositeInterfaceId() == null) {
      return Optional.empty();
    }
    RouterInterface opp = interfaces.get(ri.oppositeInterfaceId());
    if (opp == null || opp == ri || opp.status() == Status.IDLE || !ri.id().equals(opp.oppositeInterfaceId())) {
      return Optional.empty();
    }
    return Optional.of(opp);
  }

  public Collection<Account> accounts() {
    return Collections.unmodifiableCollection(accounts.values());
  }

  public Collection<Router> routers() {
    return Collections.unmodifiableCollection(routers.values());
  }

  public Collection<RouterInterface> interfaces() {
    return Collections.unmodifiableCollection(interfaces.values());
  }

  public Set<String> regions() {
    return Collections.unmodifiableSet(regions);
  }

  // ---- Writes (callers hold the lock) ----

  void addRegion(String regionId) {
    regions.add(regionId);
  }

  void addAccount(Account a) {
    accounts.put(a.ownerId(), a);
    accountsByKey.put(a.accessKeyId(), a);
  }

  void replaceAccount(Account a) {
    Account old = accounts.put(a.ownerId(), a);
    if (old != null) {
      accountsByKey.remove(old.accessKeyId());
    }
    accountsByKey.put(a.accessKeyId(), a);
  }

  void addRouter(Router r) {
    routers.put(r.routerId(), r);
  }

  void addInterface(RouterInterface ri) {
    ri.seq(nextSeq++);
    interfaces.put(ri.id(), ri);
    for (ValueIndex index : indexes.values()) {
      index.add(ri);
    }
    byScope.computeIfAbsent(scopeKey(ri.ownerId(), ri.regionId()), k -> new LinkedHashMap<>()).put(ri.id(), ri);
    byRouter.computeIfAbsent(ri.routerId(), k -> new ArrayList<>(1)).add(ri);
    if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
      lockedByOwner.merge(ri.ownerId(), 1, Integer::sum);
    }
  }

  void removeInterface(RouterInterface ri) {
    interfaces.remove(ri.id());
    for (ValueIndex index : indexes.values()) {
      index.remove(ri);
    }
    removeFrom(byScope, scopeKey(ri.ownerId(), ri.regionId()), ri.id());
    List<RouterInterface> onRouter = byRouter.get(ri.routerId());
    if (onRouter != null) {
      onRouter.removeIf(other -> other == ri);
      if (onRouter.isEmpty()) {
        byRouter.remove(ri.routerId());
      }
    }
    if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
      lockedByOwner.merge(ri.ownerId(), -1, Integer::sum);
    }
    // A token of a deleted interface creates anew (RouterInterfaces.create): forget it, or
    // create/delete cycles with fresh tokens grow the map without bound.
    clientTokens.values().removeIf(ri.id()::equals);
    transitions.forget(ri.id());
  }

  /** Sets one field, keeping the indexes right; id, router, owner and region never change. */
  void set(RouterInterface ri, RouterInterfaceField field, Object value) {
    if (field == RouterInterfaceField.RouterInterfaceId || field == RouterInterfaceField.RouterId) {
      throw new IllegalArgumentException(field + " of an interface cannot change");
    }
    if (field == RouterInterfaceField.BusinessStatus) {
      boolean was = ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED;
      boolean is = value == BusinessStatus.FINANCIAL_LOCKED;
      if (was != is) {
        lockedByOwner.merge(ri.ownerId(), is ? 1 : -1, Integer::sum);
      }
    }
    FilterKey indexed = INDEXED.get(field);
    if (indexed == null) {
      ri.set(field, value);
      return;
    }
    ValueIndex index = indexes.get(indexed);
    index.remove(ri);
    try {
      ri.set(field, value);
    } finally {
      index.add(ri);
    }
  }

  /**
   * Makes each side of a connected pair mirror the other: {@code OppositeInterfaceStatus},
   * {@code OppositeInterfaceSpec}, {@code OppositeInterfaceBusinessStatus}, {@code
   * OppositeBandwidth}. Called after every change of a connected interface.
   */
  void syncMirrors(RouterInterface ri) {
    partnerOf(ri)
        .ifPresent(
            partner -> {
              mirror(ri, partner);
              mirror(partner, ri);
            });
  }

  private void mirror(RouterInterface from, RouterInterface to) {
    set(to, RouterInterfaceField.OppositeInterfaceStatus, from.status());
    set(to, RouterInterfaceField.OppositeInterfaceSpec, from.spec());
    set(to, RouterInterfaceField.OppositeInterfaceBusinessStatus, from.businessStatus());
    set(to, RouterInterfaceField.OppositeBandwidth, from.get(RouterInterfaceField.Bandwidth));
  }

  /** Empties the world (regions, accounts, routers, interfaces, transitions, tokens). */
  void clear() {
    regions.clear();
    accounts.clear();
    accountsByKey.clear();
    routers.clear();
    interfaces.clear();
    byScope.clear();
    byRouter.clear();
    lockedByOwner.clear();
    indexes.values().forEach(ValueIndex::clear);
    nextSeq = 0;
    clientTokens.clear();
    transitions.clear();
  }

  private static void removeFrom(Map<String, Map<String, RouterInterface>> index, String key, String id) {
    Map<String, RouterInterface> m = index.get(key);
    if (m != null) {
      m.remove(id);
      if (m.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static String scopeKey(String ownerId, String regionId) {
    return ownerId + '\n' + regionId;
  }

  /** Interfaces sorted by id, detached: for tests and invariants. */
  public List<RouterInterface> copyOfInterfaces() {
    return locked(
        () -> {
          List<RouterInterface> out = new ArrayList<>();
          for (RouterInterface ri : interfaces.values()) {
            out.add(ri.copy());
          }
          return out;
        });
  }
}
