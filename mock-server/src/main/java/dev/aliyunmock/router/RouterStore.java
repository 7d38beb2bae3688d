package dev.aliyunmock.router;

import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.ScopedIndex;
import dev.aliyunmock.world.StoreKey;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The routers of a world (vRouters and VBRs), in load order. */
public final class RouterStore implements KindStore<RouterStore> {
  /** This store's key in a world. */
  public static final StoreKey<RouterStore> KEY = StoreKey.of("Routers", RouterStore::new);

  private final Guard guard;
  private final ScopedIndex<Router> routers;

  private RouterStore(Guard guard) {
    this(guard, new ScopedIndex<>(guard));
  }

  private RouterStore(Guard guard, ScopedIndex<Router> routers) {
    this.guard = guard;
    this.routers = routers;
  }

  @Override
  public RouterStore copy() {
    return new RouterStore(guard, routers.copy(UnaryOperator.identity())); // routers are immutable
  }

  /** The caller's router of that id in the scope's region. */
  public Optional<Router> in(Scope scope, String routerId) {
    return routers.in(scope).get(routerId);
  }

  /** A router of any account, for the rules that must look across accounts (say why where called). */
  public Optional<Router> acrossAccounts(String routerId) {
    return routers.acrossAccounts(routerId);
  }

  /** Every router, in load order. */
  public Collection<Router> all() {
    return routers.all();
  }

  /** Adds a router, or replaces the one of the same id (a VPC adopting a fixture's vRouter). */
  public void add(Router router) {
    routers.add(router);
  }

  /** Removes a router (a VPC's vRouter, when the VPC begins to be deleted). */
  public void remove(String routerId) {
    guard.checkWritable();
    routers.acrossAccounts(routerId).ifPresent(routers::remove);
  }
}
