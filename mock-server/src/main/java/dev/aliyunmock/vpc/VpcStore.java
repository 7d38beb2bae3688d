package dev.aliyunmock.vpc;

import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
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
 * The VPCs of a world, indexed by id, by the id of their route table and of their vRouter, and by
 * scope (owner and region, in creation order); the client tokens of CreateVpc.
 *
 * <p>Actions reach VPCs through a caller's scope ({@link #in(Scope)}), or, when a request leaves
 * out its RegionId, through {@link #owned(String, String)}: the caller's own VPC in whichever
 * region it is.
 */
public final class VpcStore implements KindStore<VpcStore> {
  /** This store's key in a world. */
  public static final StoreKey<VpcStore> KEY = StoreKey.of("Vpcs", VpcStore::new);

  private final Guard guard;
  private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
  private final Map<String, Vpc> byRouteTable = new HashMap<>();
  private final Map<String, Vpc> byVRouter = new HashMap<>();
  private final Map<String, Vpc> bySystemEntry = new HashMap<>();
  private final Map<String, Map<String, Vpc>> byScope = new HashMap<>();
  /** owner + ClientToken → the VPC created with it (CreateVpc idempotency). */
  private final Map<String, String> clientTokens = new HashMap<>();
  private long nextSeq;

  private VpcStore(Guard guard) {
    this.guard = guard;
  }

  @Override
  public VpcStore copy() {
    VpcStore c = new VpcStore(guard);
    for (Vpc v : vpcs.values()) {
      c.index(v.copy());
    }
    c.clientTokens.putAll(clientTokens);
    c.nextSeq = nextSeq;
    return c;
  }

  // ---------------------------------------------------------------- reads

  /** The VPCs a caller sees: its own, in one region. */
  public InScope in(Scope scope) {
    return new InScope(scope);
  }

  /** The owner's VPC of that id in any region: for a request that names no region. */
  public Optional<Vpc> owned(String ownerId, String vpcId) {
    Vpc v = vpcs.get(vpcId);
    return v != null && v.ownerId().equals(ownerId) ? Optional.of(v) : Optional.empty();
  }

  /** The owner's VPC whose route table has that id, in any region. */
  public Optional<Vpc> ownedByRouteTable(String ownerId, String routeTableId) {
    Vpc v = byRouteTable.get(routeTableId);
    return v != null && v.ownerId().equals(ownerId) ? Optional.of(v) : Optional.empty();
  }

  /** The owner's VPC whose vRouter has that id, in any region. */
  public Optional<Vpc> ownedByVRouter(String ownerId, String vRouterId) {
    Vpc v = byVRouter.get(vRouterId);
    return v != null && v.ownerId().equals(ownerId) ? Optional.of(v) : Optional.empty();
  }

  /**
   * A VPC of any account, for the fixture loader and the transitions, which are nobody's call
   * (say why where it is called).
   */
  public Optional<Vpc> acrossAccounts(String vpcId) {
    return Optional.ofNullable(vpcs.get(vpcId));
  }

  /** The VPC of a route table, of any account: for the fixture loader. */
  public Optional<Vpc> byRouteTableAcrossAccounts(String routeTableId) {
    return Optional.ofNullable(byRouteTable.get(routeTableId));
  }

  /** The owner's VPC whose route table's system entry has that id, in any region. */
  public Optional<Vpc> ownedBySystemEntry(String ownerId, String routeEntryId) {
    Vpc v = bySystemEntry.get(routeEntryId);
    return v != null && v.ownerId().equals(ownerId) ? Optional.of(v) : Optional.empty();
  }

  /** Whether some VPC has this id as its own, its vRouter's, its route table's or its system entry's. */
  public boolean usesId(String id) {
    return vpcs.containsKey(id) || byRouteTable.containsKey(id) || byVRouter.containsKey(id) || bySystemEntry.containsKey(id);
  }

  /** Every VPC, in creation order (live view): for dumps and the admin API. */
  public Collection<Vpc> all() {
    return Collections.unmodifiableCollection(vpcs.values());
  }

  /** The VPC created with this client token by this owner, if it still exists. */
  Optional<Vpc> createdWith(String ownerId, String clientToken) {
    String id = clientTokens.get(ownerId + '\n' + clientToken);
    return id == null ? Optional.empty() : Optional.ofNullable(vpcs.get(id));
  }

  // ---------------------------------------------------------------- writes

  /** Adds a VPC, last in creation order. */
  public void add(Vpc vpc) {
    guard.checkWritable();
    vpc.seq(nextSeq++);
    index(vpc);
  }

  private void index(Vpc v) {
    vpcs.put(v.id(), v);
    byRouteTable.put(v.routeTableId(), v);
    byVRouter.put(v.vRouterId(), v);
    bySystemEntry.put(v.systemRouteEntryId(), v);
    byScope.computeIfAbsent(scopeKey(v.ownerId(), v.regionId()), k -> new LinkedHashMap<>()).put(v.id(), v);
  }

  /** Removes a VPC and what refers to it (indexes, client tokens). */
  void remove(Vpc v) {
    guard.checkWritable();
    vpcs.remove(v.id());
    byRouteTable.remove(v.routeTableId());
    byVRouter.remove(v.vRouterId());
    bySystemEntry.remove(v.systemRouteEntryId());
    Map<String, Vpc> scope = byScope.get(scopeKey(v.ownerId(), v.regionId()));
    if (scope != null) {
      scope.remove(v.id());
      if (scope.isEmpty()) {
        byScope.remove(scopeKey(v.ownerId(), v.regionId()));
      }
    }
    clientTokens.values().removeIf(v.id()::equals);
  }

  void rememberClientToken(String ownerId, String clientToken, String vpcId) {
    guard.checkWritable();
    clientTokens.put(ownerId + '\n' + clientToken, vpcId);
  }

  void status(Vpc v, VpcStatus status) {
    guard.checkWritable();
    v.status(status);
  }

  void name(Vpc v, String name) {
    guard.checkWritable();
    v.name(name);
  }

  void description(Vpc v, String description) {
    guard.checkWritable();
    v.description(description);
  }

  void cidrBlock(Vpc v, String cidrBlock) {
    guard.checkWritable();
    v.cidrBlock(cidrBlock);
  }

  void userCidrs(Vpc v, List<String> userCidrs) {
    guard.checkWritable();
    v.userCidrs(userCidrs);
  }

  private static String scopeKey(String ownerId, String regionId) {
    return ownerId + '\n' + regionId;
  }

  /** A caller's VPCs: those of its account in one region. Nothing else is reachable through it. */
  public final class InScope {
    private final Scope scope;

    private InScope(Scope scope) {
      this.scope = scope;
    }

    /** The caller's VPC of that id in the region. */
    public Optional<Vpc> get(String vpcId) {
      return held(vpcs.get(vpcId));
    }

    /** The caller's VPC whose route table has that id. */
    public Optional<Vpc> byRouteTable(String routeTableId) {
      return held(byRouteTable.get(routeTableId));
    }

    /** The caller's VPC whose vRouter has that id. */
    public Optional<Vpc> byVRouter(String vRouterId) {
      return held(byVRouter.get(vRouterId));
    }

    private Optional<Vpc> held(Vpc v) {
      return v != null && scope.holds(v.ownerId(), v.regionId()) ? Optional.of(v) : Optional.empty();
    }

    /** All the caller's VPCs in the region, in creation order (a copy of the list, not of the VPCs). */
    public List<Vpc> all() {
      Map<String, Vpc> m = byScope.get(scopeKey(scope.ownerId(), scope.regionId()));
      return m == null ? List.of() : new ArrayList<>(m.values());
    }

    /** How many VPCs the caller has in the region (the quota counts them all, whatever their status). */
    public int count() {
      Map<String, Vpc> m = byScope.get(scopeKey(scope.ownerId(), scope.regionId()));
      return m == null ? 0 : m.size();
    }
  }
}
