package dev.aliyunmock.routerinterface;

import dev.aliyunmock.world.GroupIndex;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.ScopedIndex;
import dev.aliyunmock.world.ScopedView;
import dev.aliyunmock.world.StoreKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The router interfaces of a world (a {@link ScopedIndex}: by id, by scope, the client tokens of
 * CreateRouterInterface), with the indexes the actions need besides: by router, by the values of
 * the selective filter keys; the count of financially locked interfaces per owner.
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
  private final ScopedIndex<RouterInterface> interfaces;
  /** router id → its interfaces, in creation order. */
  private final GroupIndex<RouterInterface> byRouter = new GroupIndex<>();
  private final Map<FilterKey, ValueIndex> indexes = new EnumMap<>(FilterKey.class);
  /** owner → number of its interfaces with BusinessStatus FinancialLocked. */
  private final Map<String, Integer> lockedByOwner = new HashMap<>();
  private long nextSeq;

  private RouterInterfaceStore(Guard guard) {
    this(guard, new ScopedIndex<>(guard), 0);
  }

  private RouterInterfaceStore(Guard guard, ScopedIndex<RouterInterface> interfaces, long nextSeq) {
    this.guard = guard;
    this.interfaces = interfaces;
    this.nextSeq = nextSeq;
    for (FilterKey k : INDEXED.values()) {
      indexes.put(k, new ValueIndex(k));
    }
    interfaces.all().forEach(this::indexFields);
  }

  @Override
  public RouterInterfaceStore copy() {
    return new RouterInterfaceStore(guard, interfaces.copy(RouterInterface::copy), nextSeq);
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
    return interfaces.acrossAccounts(id);
  }

  /** Every interface, in creation order (live view): for dumps, invariants and the admin API. */
  public Collection<RouterInterface> all() {
    return interfaces.all();
  }

  /** How many interfaces sit on a router, whoever owns them (the per-router quota). */
  public int countOnRouter(String routerId) {
    return byRouter.count(routerId);
  }

  /** Whether some interface of this owner is financially locked. */
  public boolean hasFinanciallyLocked(String ownerId) {
    return lockedByOwner.getOrDefault(ownerId, 0) > 0;
  }

  /** The interface created with this client token by this owner, if it still exists. */
  Optional<RouterInterface> createdWith(String ownerId, ClientToken clientToken) {
    return interfaces.createdWith(ownerId, clientToken);
  }

  boolean contains(String id) {
    return interfaces.contains(id);
  }

  /**
   * The interface this one is connected with: the one it names as opposite, which names it back,
   * both having left Idle (Connect is the only way out of Idle). It may be another account's.
   */
  Optional<RouterInterface> partnerOf(RouterInterface ri) {
    if (ri.status() == Status.IDLE || ri.oppositeInterfaceId() == null) {
      return Optional.empty();
    }
    RouterInterface opp = interfaces.acrossAccounts(ri.oppositeInterfaceId()).orElse(null);
    if (opp == null || opp == ri || opp.status() == Status.IDLE || !ri.id().equals(opp.oppositeInterfaceId())) {
      return Optional.empty();
    }
    return Optional.of(opp);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds an interface, last in creation order.
   *
   * @param clientToken the ClientToken of the CreateRouterInterface that created it, or {@code null}
   */
  void add(RouterInterface ri, ClientToken clientToken) {
    interfaces.add(ri, clientToken);
    ri.seq(nextSeq++);
    indexFields(ri);
  }

  private void indexFields(RouterInterface ri) {
    for (ValueIndex index : indexes.values()) {
      index.add(ri);
    }
    byRouter.add(ri.routerId(), ri);
    if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
      lockedByOwner.merge(ri.ownerId(), 1, Integer::sum);
    }
  }

  /** Removes an interface and what refers to it (indexes, client tokens). */
  void remove(RouterInterface ri) {
    interfaces.remove(ri);
    for (ValueIndex index : indexes.values()) {
      index.remove(ri);
    }
    byRouter.remove(ri.routerId(), ri);
    if (ri.businessStatus() == BusinessStatus.FINANCIAL_LOCKED) {
      lockedByOwner.merge(ri.ownerId(), -1, Integer::sum);
    }
  }

  /** How many client tokens are remembered (bounded by the interfaces that exist). */
  int clientTokenCount() {
    return interfaces.clientTokenCount();
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

  /** A caller's interfaces: those of its account in one region. Nothing else is reachable through it. */
  public final class InScope extends ScopedView<RouterInterface> {
    private InScope(Scope scope) {
      super(interfaces, scope);
    }

    /** The caller's interfaces on a router, in creation order. */
    public List<RouterInterface> onRouter(String routerId) {
      List<RouterInterface> out = new ArrayList<>();
      for (RouterInterface ri : byRouter.of(routerId)) {
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
