package dev.aliyunmock.router;

import dev.aliyunmock.world.Guard;
import dev.aliyunmock.world.KindStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.StoreKey;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The routers of a world (vRouters and VBRs), in load order. */
public final class RouterStore implements KindStore<RouterStore> {
  /** This store's key in a world. */
  public static final StoreKey<RouterStore> KEY = StoreKey.of("Routers", RouterStore::new);

  private final Guard guard;
  private final Map<String, Router> routers = new LinkedHashMap<>();

  private RouterStore(Guard guard) {
    this.guard = guard;
  }

  @Override
  public RouterStore copy() {
    RouterStore c = new RouterStore(guard);
    c.routers.putAll(routers);
    return c;
  }

  /** The caller's router of that id in the scope's region. */
  public Optional<Router> in(Scope scope, String routerId) {
    Router r = routers.get(routerId);
    return r != null && scope.holds(r.ownerId(), r.regionId()) ? Optional.of(r) : Optional.empty();
  }

  /** A router of any account, for the rules that must look across accounts (say why where called). */
  public Optional<Router> acrossAccounts(String routerId) {
    return Optional.ofNullable(routers.get(routerId));
  }

  /** Every router, in load order. */
  public Collection<Router> all() {
    return Collections.unmodifiableCollection(routers.values());
  }

  /** Adds a router, or replaces the one of the same id (a VPC adopting a fixture's vRouter). */
  public void add(Router router) {
    guard.checkWritable();
    routers.put(router.routerId(), router);
  }

  /** Removes a router (a VPC's vRouter, when the VPC begins to be deleted). */
  public void remove(String routerId) {
    guard.checkWritable();
    routers.remove(routerId);
  }
}
