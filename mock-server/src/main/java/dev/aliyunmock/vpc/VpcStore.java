package dev.aliyunmock.vpc;

import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.ScopedIndex;
import dev.aliyunmock.world.ScopedView;
import dev.aliyunmock.world.StoreKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VPCs of a world (a {@link ScopedIndex}: by id, by scope, the client tokens of CreateVpc),
 * also indexed by the id of their route table, of their vRouter and of their system route entry.
 *
 * <p>Actions reach VPCs through a caller's scope ({@link #in(Scope)}), or, when a request leaves
 * out its RegionId, through {@link #owned(String, String)}: the caller's own VPC in whichever
 * region it is.
 */
public final class VpcStore implements KindStore<VpcStore> {
  /** This store's key in a world. */
  public static final StoreKey<VpcStore> KEY = StoreKey.of("Vpcs", VpcStore::new);

  private final Guard guard;
  private final ScopedIndex<Vpc> vpcs;
  private final Map<String, Vpc> byRouteTable = new HashMap<>();
  private final Map<String, Vpc> byVRouter = new HashMap<>();
  private final Map<String, Vpc> bySystemEntry = new HashMap<>();

  private VpcStore(Guard guard) {
    this(guard, new ScopedIndex<>(guard));
  }

  private VpcStore(Guard guard, ScopedIndex<Vpc> vpcs) {
    this.guard = guard;
    this.vpcs = vpcs;
    vpcs.all().forEach(this::indexIds);
  }

  @Override
  public VpcStore copy() {
    return new VpcStore(guard, vpcs.copy(Vpc::copy));
  }

  // ---------------------------------------------------------------- reads

  /** The VPCs a caller sees: its own, in one region. */
  public InScope in(Scope scope) {
    return new InScope(scope);
  }

  /** The owner's VPC of that id in any region: for a request that names no region. */
  public Optional<Vpc> owned(String ownerId, String vpcId) {
    return vpcs.owned(ownerId, vpcId);
  }

  /** The owner's VPC whose route table has that id, in any region. */
  public Optional<Vpc> ownedByRouteTable(String ownerId, String routeTableId) {
    return ScopedIndex.ownedBy(ownerId, byRouteTable.get(routeTableId));
  }

  /** The owner's VPC whose vRouter has that id, in any region. */
  public Optional<Vpc> ownedByVRouter(String ownerId, String vRouterId) {
    return ScopedIndex.ownedBy(ownerId, byVRouter.get(vRouterId));
  }

  /** The owner's VPC whose route table's system entry has that id, in any region. */
  public Optional<Vpc> ownedBySystemEntry(String ownerId, String routeEntryId) {
    return ScopedIndex.ownedBy(ownerId, bySystemEntry.get(routeEntryId));
  }

  /**
   * A VPC of any account, for the fixture loader and the transitions, which are nobody's call
   * (say why where it is called).
   */
  public Optional<Vpc> acrossAccounts(String vpcId) {
    return vpcs.acrossAccounts(vpcId);
  }

  /** The VPC of a route table, of any account: for the fixture loader. */
  public Optional<Vpc> byRouteTableAcrossAccounts(String routeTableId) {
    return Optional.ofNullable(byRouteTable.get(routeTableId));
  }

  /** Whether some VPC has this id as its own, its vRouter's, its route table's or its system entry's. */
  public boolean usesId(String id) {
    return vpcs.contains(id) || byRouteTable.containsKey(id) || byVRouter.containsKey(id) || bySystemEntry.containsKey(id);
  }

  /** Every VPC, in creation order (live view): for dumps and the admin API. */
  public Collection<Vpc> all() {
    return vpcs.all();
  }

  /** The VPC created with this client token by this owner, if it still exists. */
  Optional<Vpc> createdWith(String ownerId, ClientToken clientToken) {
    return vpcs.createdWith(ownerId, clientToken);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds a VPC, last in creation order.
   *
   * @param clientToken the ClientToken of the CreateVpc that created it, or {@code null}
   */
  void add(Vpc vpc, ClientToken clientToken) {
    vpcs.add(vpc, clientToken);
    indexIds(vpc);
  }

  private void indexIds(Vpc v) {
    byRouteTable.put(v.routeTableId(), v);
    byVRouter.put(v.vRouterId(), v);
    bySystemEntry.put(v.systemRouteEntryId(), v);
  }

  /** Removes a VPC and what refers to it (indexes, client tokens). */
  void remove(Vpc v) {
    vpcs.remove(v);
    byRouteTable.remove(v.routeTableId());
    byVRouter.remove(v.vRouterId());
    bySystemEntry.remove(v.systemRouteEntryId());
  }

  void status(Vpc v, VpcStatus status) {
    guard.checkWritable();
    v.status(status);
  }

  /**
   * ModifyVpcAttribute's changes: each value given replaces the VPC's; {@code null} leaves it.
   */
  void modify(Vpc v, String name, String description, String cidrBlock, List<String> userCidrs) {
    guard.checkWritable();
    if (name != null) {
      v.name(name);
    }
    if (description != null) {
      v.description(description);
    }
    if (cidrBlock != null) {
      v.cidrBlock(cidrBlock);
    }
    if (userCidrs != null) {
      v.userCidrs(userCidrs);
    }
  }

  /** A caller's VPCs: those of its account in one region. Nothing else is reachable through it. */
  public final class InScope extends ScopedView<Vpc> {
    private InScope(Scope scope) {
      super(vpcs, scope);
    }

    /** The caller's VPC whose route table has that id. */
    public Optional<Vpc> byRouteTable(String routeTableId) {
      return held(byRouteTable.get(routeTableId));
    }
  }
}
