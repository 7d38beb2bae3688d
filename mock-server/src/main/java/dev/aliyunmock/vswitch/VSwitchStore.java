package dev.aliyunmock.vswitch;

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
 * The vSwitches of a world, indexed by id, by VPC (in creation order) and by scope; the client
 * tokens of CreateVSwitch. The kinds registered after vSwitches (route entries) and the VPC
 * actions that must not orphan them read {@link #inVpc(String)} and {@link #busyIn(String)}.
 */
public final class VSwitchStore implements KindStore<VSwitchStore> {
  /** This store's key in a world. */
  public static final StoreKey<VSwitchStore> KEY = StoreKey.of("VSwitches", VSwitchStore::new);

  private final Guard guard;
  private final Map<String, VSwitch> vSwitches = new LinkedHashMap<>();
  private final Map<String, List<VSwitch>> byVpc = new HashMap<>();
  private final Map<String, Map<String, VSwitch>> byScope = new HashMap<>();
  private final Map<String, String> clientTokens = new HashMap<>();
  private long nextSeq;

  private VSwitchStore(Guard guard) {
    this.guard = guard;
  }

  @Override
  public VSwitchStore copy() {
    VSwitchStore c = new VSwitchStore(guard);
    for (VSwitch v : vSwitches.values()) {
      c.index(v.copy());
    }
    c.clientTokens.putAll(clientTokens);
    c.nextSeq = nextSeq;
    return c;
  }

  // ---------------------------------------------------------------- reads

  /** The vSwitches a caller sees: its own, in one region. */
  public InScope in(Scope scope) {
    return new InScope(scope);
  }

  /** The owner's vSwitch of that id in any region: for a request that names no region. */
  public Optional<VSwitch> owned(String ownerId, String vSwitchId) {
    VSwitch v = vSwitches.get(vSwitchId);
    return v != null && v.ownerId().equals(ownerId) ? Optional.of(v) : Optional.empty();
  }

  /** A vSwitch of any account: for the fixture loader and the transitions (say why where called). */
  public Optional<VSwitch> acrossAccounts(String vSwitchId) {
    return Optional.ofNullable(vSwitches.get(vSwitchId));
  }

  /** The vSwitches of a VPC, in creation order (a copy of the list). */
  public List<VSwitch> inVpc(String vpcId) {
    List<VSwitch> l = byVpc.get(vpcId);
    return l == null ? List.of() : new ArrayList<>(l);
  }

  /** A vSwitch of the VPC that is being created or deleted, if any: the VPC's other writes wait for it. */
  public Optional<VSwitch> busyIn(String vpcId) {
    List<VSwitch> l = byVpc.get(vpcId);
    if (l != null) {
      for (VSwitch v : l) {
        if (v.status() == VSwitchStatus.PENDING) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** Every vSwitch, in creation order (live view): for dumps and the admin API. */
  public Collection<VSwitch> all() {
    return Collections.unmodifiableCollection(vSwitches.values());
  }

  boolean contains(String id) {
    return vSwitches.containsKey(id);
  }

  Optional<VSwitch> createdWith(String ownerId, String clientToken) {
    String id = clientTokens.get(ownerId + '\n' + clientToken);
    return id == null ? Optional.empty() : Optional.ofNullable(vSwitches.get(id));
  }

  // ---------------------------------------------------------------- writes

  /** Adds a vSwitch, last in creation order. */
  void add(VSwitch v) {
    guard.checkWritable();
    v.seq(nextSeq++);
    index(v);
  }

  private void index(VSwitch v) {
    vSwitches.put(v.id(), v);
    byVpc.computeIfAbsent(v.vpcId(), k -> new ArrayList<>()).add(v);
    byScope.computeIfAbsent(scopeKey(v.ownerId(), v.regionId()), k -> new LinkedHashMap<>()).put(v.id(), v);
  }

  /** Removes a vSwitch and what refers to it (indexes, client tokens). */
  void remove(VSwitch v) {
    guard.checkWritable();
    vSwitches.remove(v.id());
    List<VSwitch> inVpc = byVpc.get(v.vpcId());
    if (inVpc != null) {
      inVpc.removeIf(other -> other == v);
      if (inVpc.isEmpty()) {
        byVpc.remove(v.vpcId());
      }
    }
    Map<String, VSwitch> scope = byScope.get(scopeKey(v.ownerId(), v.regionId()));
    if (scope != null) {
      scope.remove(v.id());
      if (scope.isEmpty()) {
        byScope.remove(scopeKey(v.ownerId(), v.regionId()));
      }
    }
    clientTokens.values().removeIf(v.id()::equals);
  }

  void rememberClientToken(String ownerId, String clientToken, String id) {
    guard.checkWritable();
    clientTokens.put(ownerId + '\n' + clientToken, id);
  }

  void status(VSwitch v, VSwitchStatus status, boolean deleting) {
    guard.checkWritable();
    v.status(status);
    v.deleting(deleting);
  }

  private static String scopeKey(String ownerId, String regionId) {
    return ownerId + '\n' + regionId;
  }

  /** A caller's vSwitches: those of its account in one region. */
  public final class InScope {
    private final Scope scope;

    private InScope(Scope scope) {
      this.scope = scope;
    }

    /** The caller's vSwitch of that id in the region. */
    public Optional<VSwitch> get(String id) {
      VSwitch v = vSwitches.get(id);
      return v != null && scope.holds(v.ownerId(), v.regionId()) ? Optional.of(v) : Optional.empty();
    }

    /** All the caller's vSwitches in the region, in creation order (a copy of the list). */
    public List<VSwitch> all() {
      Map<String, VSwitch> m = byScope.get(scopeKey(scope.ownerId(), scope.regionId()));
      return m == null ? List.of() : new ArrayList<>(m.values());
    }
  }
}
