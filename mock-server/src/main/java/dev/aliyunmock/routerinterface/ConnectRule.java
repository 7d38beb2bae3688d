package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;
import java.util.Objects;

/**
 * ConnectRouterInterface: an Idle initiating side whose opposite names it back starts connecting
 * (Connecting / AcceptingConnect, then Active). The checks run in the order
 * docs/reference/router-interfaces.md gives (the gateway and the edge made the first two steps).
 */
public final class ConnectRule {
  private final World world;

  public ConnectRule(World world) {
    this.world = world;
  }

  public void connect(Commands.Connect c) {
    world.update(tx -> connect(tx, c));
  }

  private static void connect(Tx tx, Commands.Connect c) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    Scope scope = tx.scope(c.caller());
    RouterInterface ri = Guards.own(store, scope, c.routerInterfaceId());
    if (ri.role() != Role.INITIATING_SIDE) {
      throw new ApiException(RouterInterfaceError.NOT_INITIATING_SIDE);
    }
    if (ri.status() != Status.IDLE) {
      throw new ApiException(RouterInterfaceError.INCORRECT_STATUS, Status.IDLE.apiName());
    }
    if (ri.oppositeInterfaceId() == null
        || ri.oppositeRouterId() == null
        || ri.oppositeRouterType() == null
        || ri.oppositeInterfaceOwnerId() == null) {
      throw new ApiException(RouterInterfaceError.OPPOSITE_INFO_NOT_SET);
    }
    RouterInterface opp = checkOpposite(tx, store, ri);
    Account oppOwner = tx.account(opp.ownerId()).orElseThrow();
    if (c.dialect() == Dialect.VPC && !Objects.equals(scope.account().bid(), oppOwner.bid())) {
      throw new ApiException(RouterInterfaceError.CROSS_BID_FORBIDDEN);
    }
    if (!ri.id().equals(opp.oppositeInterfaceId())
        || !ri.routerId().equals(opp.oppositeRouterId())
        || ri.routerType() != opp.oppositeRouterType()
        || !ri.ownerId().equals(opp.oppositeInterfaceOwnerId())) {
      throw new ApiException(RouterInterfaceError.REJECTED_BY_OPPOSITE);
    }
    checkOnlyOneConnection(store, scope, ri, opp);
    Guards.noBillsOutstanding(store, scope);
    store.set(ri, RouterInterfaceField.Status, Status.CONNECTING);
    store.set(opp, RouterInterfaceField.Status, Status.ACCEPTING_CONNECT);
    store.syncMirrors(ri);
    tx.beginTransition(RouterInterfaceTransition.CONNECT, List.of(ri.id(), opp.id()));
  }

  /**
   * The opposite exists and is what this interface says it is. It may be another account's: the
   * one place an action reads across accounts, by the ids the caller's own interface holds.
   */
  private static RouterInterface checkOpposite(Tx tx, RouterInterfaceStore store, RouterInterface ri) {
    if (ri.oppositeInterfaceId().equals(ri.id()) || ri.oppositeRouterId().equals(ri.routerId())) {
      throw new ApiException(RouterInterfaceError.OPPOSITE_ON_SAME_ROUTER);
    }
    RouterInterface opp = store.acrossAccounts(ri.oppositeInterfaceId()).orElse(null);
    if (opp == null
        || !opp.routerId().equals(ri.oppositeRouterId())
        || tx.store(RouterStore.KEY).acrossAccounts(opp.routerId()).isEmpty()
        || opp.routerType() != ri.oppositeRouterType()
        || !opp.ownerId().equals(ri.oppositeInterfaceOwnerId())
        || (ri.oppositeRegionId() != null && !ri.oppositeRegionId().equals(opp.regionId()))
        || opp.role() != Role.ACCEPTING_SIDE) {
      throw new ApiException(RouterInterfaceError.OPPOSITE_INFO_INCORRECT);
    }
    return opp;
  }

  /** At most one pair between two routers, and the acceptor free. */
  private static void checkOnlyOneConnection(RouterInterfaceStore store, Scope scope, RouterInterface ri, RouterInterface opp) {
    for (RouterInterface other : store.in(scope).onRouter(ri.routerId())) {
      if (other == ri) {
        continue;
      }
      RouterInterface partner = store.partnerOf(other).orElse(null);
      if (partner != null && partner.routerId().equals(opp.routerId())) {
        boolean connecting = other.status() == Status.CONNECTING || other.status() == Status.ACCEPTING_CONNECT;
        throw new ApiException(
            connecting ? RouterInterfaceError.ONLY_ONE_CONNECTION_CONCURRENT : RouterInterfaceError.ONLY_ONE_CONNECTION);
      }
    }
    if (opp.status() != Status.IDLE) {
      // The acceptor already takes part in a connection.
      throw new ApiException(RouterInterfaceError.ONLY_ONE_CONNECTION);
    }
  }
}
