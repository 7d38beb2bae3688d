package dev.aliyunmock.vswitch;

import dev.aliyunmock.world.GroupIndex;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.ScopedIndex;
import dev.aliyunmock.world.ScopedView;
import dev.aliyunmock.world.StoreKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The vSwitches of a world (a {@link ScopedIndex}: by id, by scope, the client tokens of
 * CreateVSwitch), also indexed by VPC in creation order. The kinds registered after vSwitches
 * (route entries) and the VPC actions that must not orphan them read {@link #inVpc(String)} and
 * {@link #busyIn(String)}.
 */
public final class VSwitchStore implements KindStore<VSwitchStore> {
  /** This store's key in a world. */
  public static final StoreKey<VSwitchStore> KEY = StoreKey.of("VSwitches", VSwitchStore::new);

  private final Guard guard;
  private final ScopedIndex<VSwitch> vSwitches;
  private final GroupIndex<VSwitch> byVpc = new GroupIndex<>();

  private VSwitchStore(Guard guard) {
    this(guard, new ScopedIndex<>(guard));
  }

  private VSwitchStore(Guard guard, ScopedIndex<VSwitch> vSwitches) {
    this.guard = guard;
    this.vSwitches = vSwitches;
    vSwitches.all().forEach(v -> byVpc.add(v.vpcId(), v));
  }

  @Override
  public VSwitchStore copy() {
    return new VSwitchStore(guard, vSwitches.copy(VSwitch::copy));
  }

  // ---------------------------------------------------------------- reads

  /** The vSwitches a caller sees: its own, in one region. */
  public ScopedView<VSwitch> in(Scope scope) {
    return vSwitches.in(scope);
  }

  /** The owner's vSwitch of that id in any region: for a request that names no region. */
  public Optional<VSwitch> owned(String ownerId, String vSwitchId) {
    return vSwitches.owned(ownerId, vSwitchId);
  }

  /** A vSwitch of any account: for the fixture loader and the transitions (say why where called). */
  public Optional<VSwitch> acrossAccounts(String vSwitchId) {
    return vSwitches.acrossAccounts(vSwitchId);
  }

  /** The vSwitches of a VPC, in creation order (a copy of the list). */
  public List<VSwitch> inVpc(String vpcId) {
    return byVpc.copyOf(vpcId);
  }

  /** A vSwitch of the VPC that is being created or deleted, if any: the VPC's other writes wait for it. */
  public Optional<VSwitch> busyIn(String vpcId) {
    return byVpc.of(vpcId).stream().filter(v -> v.status() == VSwitchStatus.PENDING).findFirst();
  }

  /** Every vSwitch, in creation order (live view): for dumps and the admin API. */
  public Collection<VSwitch> all() {
    return vSwitches.all();
  }

  boolean contains(String id) {
    return vSwitches.contains(id);
  }

  Optional<VSwitch> createdWith(String ownerId, ClientToken clientToken) {
    return vSwitches.createdWith(ownerId, clientToken);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds a vSwitch, last in creation order.
   *
   * @param clientToken the ClientToken of the CreateVSwitch that created it, or {@code null}
   */
  void add(VSwitch v, ClientToken clientToken) {
    vSwitches.add(v, clientToken);
    byVpc.add(v.vpcId(), v);
  }

  /** Removes a vSwitch and what refers to it (indexes, client tokens). */
  void remove(VSwitch v) {
    vSwitches.remove(v);
    byVpc.remove(v.vpcId(), v);
  }

  void status(VSwitch v, VSwitchStatus status, boolean deleting) {
    guard.checkWritable();
    v.status(status);
    v.deleting(deleting);
  }
}
