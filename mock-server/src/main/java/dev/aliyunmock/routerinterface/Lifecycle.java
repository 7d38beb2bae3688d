package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * ActivateRouterInterface (Inactive → Activating → Active), DeactivateRouterInterface (Active →
 * Deactivating → Inactive) and DeleteRouterInterface (from Idle or Inactive, unless a route entry
 * uses it, at once). Each
 * changes the interface it names; the peer's mirror fields follow.
 */
public final class Lifecycle {
  private final World world;

  public Lifecycle(World world) {
    this.world = world;
  }

  /** ActivateRouterInterface. Order: region, interface, status, lock. */
  public void activate(Commands.OnInterface c) {
    startTransition(c, Status.INACTIVE, RouterInterfaceError.INCORRECT_STATUS, Status.ACTIVATING, RouterInterfaceTransition.ACTIVATE);
  }

  /** DeactivateRouterInterface. Order as Activate. */
  public void deactivate(Commands.OnInterface c) {
    startTransition(
        c,
        Status.ACTIVE,
        RouterInterfaceError.INCORRECT_STATUS_FOR_DEACTIVATE,
        Status.DEACTIVATING,
        RouterInterfaceTransition.DEACTIVATE);
  }

  private void startTransition(
      Commands.OnInterface c, Status required, ErrorCode wrongStatus, Status during, RouterInterfaceTransition kind) {
    world.update(
        tx -> {
          RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
          RouterInterface ri = Guards.own(store, tx.scope(c.caller()), c.routerInterfaceId());
          if (ri.status() != required) {
            throw new ApiException(wrongStatus, required.apiName());
          }
          Guards.notFinanciallyLocked(ri);
          store.set(ri, RouterInterfaceField.Status, during);
          store.syncMirrors(ri);
          tx.beginTransition(kind, List.of(ri.id()));
        });
  }

  /**
   * DeleteRouterInterface: only from Idle or Inactive, and only while no route entry sends traffic
   * to it (checked after the status, G10), at once. The peer of a connected pair then reports
   * {@code OppositeInterfaceStatus} Deleted. Reads route entries, a kind registered after router
   * interfaces: an interface may not be removed from under a route.
   */
  public void delete(Commands.OnInterface c) {
    world.update(
        tx -> {
          RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
          RouterInterface ri = Guards.own(store, tx.scope(c.caller()), c.routerInterfaceId());
          if (ri.status() != Status.IDLE && ri.status() != Status.INACTIVE) {
            throw new ApiException(RouterInterfaceError.INSTANCE_STATUS_ERROR);
          }
          if (tx.store(RouteEntryStore.KEY).refersTo(ri.id())) {
            throw new ApiException(RouterInterfaceError.REFERRED_BY_ROUTE_ENTRY);
          }
          removeNow(tx, store, ri);
        });
  }

  /** Removes an interface; its connected peer (of any account) then reports it Deleted. */
  static void removeNow(Tx tx, RouterInterfaceStore store, RouterInterface ri) {
    store.partnerOf(ri).ifPresent(p -> store.set(p, RouterInterfaceField.OppositeInterfaceStatus, Status.DELETED));
    store.remove(ri);
    tx.forgetTransitions(ri.id());
  }
}
