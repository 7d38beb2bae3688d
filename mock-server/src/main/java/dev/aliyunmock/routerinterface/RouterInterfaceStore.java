package dev.aliyunmock.routerinterface;

import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.StoreKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The router interfaces of a world, with the indexes the actions need: by scope (owner and
 * region, in creation order), by router, by the values of the selective filter keys; the count of
 * financially locked interfaces per owner; the client tokens of CreateRouterInterface.
 *
 * <p>Actions reach interfaces through a caller's scope ({@link #in(Scope)}); the rules that must
 * look at another account's interface (Connect reads the opposite side) say so with {@link
 * #acrossAccounts(String)}.
 */
public final class RouterInterfaceStore implements KindStore<RouterInterfaceStore> {
  /** This store's key in a world. */
  public static final StoreKey<RouterInterfaceStore> KEY = StoreKey.of("RouterInterfaces", RouterInterfaceStore::new);

  /**
   * The filter keys Describe can read through an index: the selective ones a caller may change.
   * (RouterInterfaceId and RouterId have their own maps; the type and owner keys match most of a
   * region, so scanning it is as good.)
   */
  private static final Map<RouterInterfaceField, FilterKey> INDEXED =
      Map.of(
          RouterInterfaceField.Name, FilterKey.Name,
          RouterInterfaceField.Status, FilterKey.Status,
          RouterInterfaceField.OppositeInterfaceId, FilterKey.OppositeInterfaceId,
          RouterInterfaceField.OppositeRouterId, FilterKey.OppositeRouterId);

  private final Guard guard;
  private final Map<String, RouterInterface> interfaces = new LinkedHashMap<>();
  /** owner + region → its interfaces, in creation order: the scope of Describe. */
  private final Map<String, Map<String, RouterInterface>> byScope = new HashMap<>();
  /**
   * router id → its interfaces, in creation order. A list: a router holds a handful (the quota is
   * {@value CreateRule#QUOTA_PER_ROUTER}), and a map per router would cost a large world more heap
   * than its interfaces' ids.
   */
  private final Map<String, List<RouterInterface>> byRouter = new HashMap<>();
  private final Map<FilterKey, ValueIndex> indexes = new EnumMap<>(FilterKey.class);
  /** owner → number of its interfaces with BusinessStatus FinancialLocked. */
  private final Map<String, Integer> lockedByOwner = new HashMap<>();
  /** owner + ClientToken → interface created with it (CreateRouterInterface idempotency). */
  private final Map<String, String> clientTokens = new HashMap<>();
  private long nextSeq;

  private RouterInterfaceStore(Guard guard) {
    this.guard = guard;
    for (FilterKey k : INDEXED.values()) {
      indexes.put(k, new ValueIndex(k));
    }
  }

  @Override
  public RouterInterfaceStore copy() {
    RouterInterfaceStore c = new RouterInterfaceStore(guard);
    for (RouterInterface ri : interfaces.values()) {
      c.index(ri.copy());
    }
    c.clientTokens.putAll(clientTokens);
    c.nextSeq = nextSeq;
    return c;
  }

  // ---------------------------------------------------------------- reads

  /** The interfaces a caller sees: its own, in one region. */
  public InScope in(Scope scope) {
    return new InScope(scope);
  }

  /**
   * An interface of any account and region, for the rules that must look across accounts (the
   * opposite side of a connection); say why where it is called.
   */
  public Optional<RouterInterface> acrossAccounts(String id) {
    return Optional.ofNullable(interfaces.get(id));
  }

  /** Every interface, in creation order (live view): for dumps, invariants and the admin API. */
  public Collection<RouterInterface> all() {
    return Collections.unmodifiableCollection(interfaces.values());
  }

  /** How many interfaces sit on a router, whoever owns them (the per-router quota). */
  public int countOnRouter(String routerId) {
    List<RouterInterface> l = byRouter.get(routerId);
    return l == null ? 0 : l.size();
  }

  /** Whether some interface of this owner is financially locked. */
  public boolean hasFinanciallyLocked(String ownerId) {
    return lockedByOwner.getOrDefault(ownerId, 0) > 0;
  }

  /** The interface created with this client token by this owner, if it still exists. */
  Optional<RouterInterface> createdWith(String ownerId, String clientToken) {
    String id = clientTokens.get(ownerId + '\n' + clientToken);
    return id == null ? Optional.empty() : Optional.ofNullable(interfaces.get(id));
  }

  boolean contains(String id) {
    return interfaces.containsKey(id);
  }

  /**
   * The interface this one is connected with: the one it names as opposite, which names it back,
   * both having left Idle (Connect is the only way out of Idle). It may be another account's.
   */
  Optional<RouterInterface> partnerOf(RouterInterface ri) {
    if (ri.status() == Status.IDLE || ri.oppositeInterfaceId() == null) {
      return Optional.empty();
    }
    RouterInterface opp = interfaces.get(ri.oppositeInterfaceId());
    if (opp == null || opp == ri || opp.status() == Status.IDLE || !ri.id().equals(opp.oppositeInterfaceId())) {
      return Optional.empty();
    }
    return Optional.of(opp);
  }

  // ---------------------------------------------------------------- writes

  /** Adds an interface, last in creation order. */
  void add(RouterInterface ri) {
    guard.checkWritable();
    ri.seq(nextSeq++);
    index(ri);
  }

  private void index(RouterInterface ri) {
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

  /** Removes an interface and what refers to it (indexes, client tokens). */
  void remove(RouterInterface ri) {
    guard.checkWritable();
    interfaces.remove(ri.id());
    for (ValueIndex index : indexes.values()) {
      index.remove(ri);
    }
    Map<String, RouterInterface> inScope = byScope.get(scopeKey(ri.ownerId(), ri.regionId()));
    if (inScope != null) {
      inScope.remove(ri.id());
      if (inScope.isEmpty()) {
        byScope.remove(scopeKey(ri.ownerId(), ri.regionId()));
      }
    }
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
    // A token of a deleted interface creates anew: forget it, or create/delete cycles with fresh
    // tokens grow the map without bound.
    clientTokens.values().removeIf(ri.id()::equals);
  }

  void rememberClientToken(String ownerId, String clientToken, String id) {
    guard.checkWritable();
    clientTokens.put(ownerId + '\n' + clientToken, id);
  }

  /** How many client tokens are remembered (bounded by the interfaces that exist). */
  int clientTokenCount() {
    return clientTokens.size();
  }

  /** Sets one field, keeping the indexes right; id and router never change. */
  void set(RouterInterface ri, RouterInterfaceField field, Object value) {
    guard.checkWritable();
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

  /** Gives an interface its tags (they are not indexed: Describe filters on them by scanning). */
  void setTags(RouterInterface ri, Map<String, String> tags) {
    guard.checkWritable();
    ri.tags(tags);
  }

  /**
   * Makes each side of a connected pair mirror the other: {@code OppositeInterfaceStatus}, {@code
   * OppositeInterfaceSpec}, {@code OppositeInterfaceBusinessStatus}, {@code OppositeBandwidth}.
   * Called after every change of a connected interface.
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

  private static String scopeKey(String ownerId, String regionId) {
    return ownerId + '\n' + regionId;
  }

  /** A caller's interfaces: those of its account in one region. Nothing else is reachable through it. */
  public final class InScope {
    private final Scope scope;

    private InScope(Scope scope) {
      this.scope = scope;
    }

    /** The caller's interface of that id in the region, if there is one. */
    public Optional<RouterInterface> get(String id) {
      RouterInterface ri = interfaces.get(id);
      return ri != null && holds(ri) ? Optional.of(ri) : Optional.empty();
    }

    /** Whether an interface is the caller's, in the region. */
    public boolean holds(RouterInterface ri) {
      return scope.holds(ri.ownerId(), ri.regionId()) && interfaces.get(ri.id()) == ri;
    }

    /** All the caller's interfaces in the region, in creation order (live view). */
    public Collection<RouterInterface> all() {
      Map<String, RouterInterface> m = byScope.get(scopeKey(scope.ownerId(), scope.regionId()));
      return m == null ? List.of() : Collections.unmodifiableCollection(m.values());
    }

    /** The caller's interfaces on a router, in creation order. */
    public List<RouterInterface> onRouter(String routerId) {
      List<RouterInterface> l = byRouter.get(routerId);
      if (l == null) {
        return List.of();
      }
      List<RouterInterface> out = new ArrayList<>(l.size());
      for (RouterInterface ri : l) {
        if (holds(ri)) {
          out.add(ri);
        }
      }
      return out;
    }

    /**
     * An upper bound of how many of the caller's interfaces have one of these values for a key,
     * read from the key's index; empty if the key has no index.
     */
    public Optional<Integer> estimate(FilterKey key, Collection<String> values) {
      ValueIndex index = indexes.get(key);
      return index == null ? Optional.empty() : Optional.of(index.count(values));
    }

    /** The caller's interfaces with one of these values for an indexed key, in creation order. */
    public List<RouterInterface> matching(FilterKey key, Collection<String> values) {
      List<RouterInterface> out = new ArrayList<>();
      for (RouterInterface ri : indexes.get(key).holding(values)) {
        if (holds(ri)) {
          out.add(ri);
        }
      }
      out.sort(Comparator.comparingLong(RouterInterface::seq));
      return out;
    }
  }
}
