package dev.aliyunmock.routetable;

import dev.aliyunmock.world.TransitionKind;
import dev.aliyunmock.world.Tx;
import java.util.List;

/** What each transient status of a route entry becomes when its transition ends. */
public enum RouteEntryTransition implements TransitionKind {
  /** CreateRouteEntry: Pending → Available. */
  CREATE_ROUTE_ENTRY,
  /** DeleteRouteEntry: Deleting → gone; its router interface may then be deleted. */
  DELETE_ROUTE_ENTRY;

  @Override
  public void finish(Tx tx, List<String> ids) {
    RouteEntryStore store = tx.store(RouteEntryStore.KEY);
    for (String id : ids) {
      // Across accounts: a transition is nobody's call.
      RouteEntry e = store.acrossAccounts(id).orElse(null);
      if (e == null) {
        continue;
      }
      switch (this) {
        case CREATE_ROUTE_ENTRY -> store.status(e, RouteEntryStatus.AVAILABLE);
        case DELETE_ROUTE_ENTRY -> {
          store.remove(e);
          tx.forgetTransitions(id);
        }
      }
    }
  }
}
