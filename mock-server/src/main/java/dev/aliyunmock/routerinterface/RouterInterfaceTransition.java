package dev.aliyunmock.routerinterface;

import dev.aliyunmock.world.TransitionKind;
import dev.aliyunmock.world.Tx;
import java.util.List;

/** What each transient status of a router interface becomes when its transition ends. */
public enum RouterInterfaceTransition implements TransitionKind {
  /** Connecting / AcceptingConnect → Active on both sides, ConnectedTime set. */
  CONNECT,
  /** Activating → Active. */
  ACTIVATE,
  /** Deactivating → Inactive. */
  DEACTIVATE,
  /** Modifying (or Activating after a new spec) → Active. */
  MODIFY_SPEC,
  /** Deleting → gone; the peer then reports OppositeInterfaceStatus Deleted. */
  DELETE;

  @Override
  public void finish(Tx tx, List<String> ids) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    String now = tx.clock().apiNow();
    for (String id : ids) {
      // Across accounts: the two sides of a connection may belong to two accounts.
      RouterInterface ri = store.acrossAccounts(id).orElse(null);
      if (ri == null) {
        continue;
      }
      switch (this) {
        case CONNECT -> {
          store.set(ri, RouterInterfaceField.Status, Status.ACTIVE);
          store.set(ri, RouterInterfaceField.ConnectedTime, now);
        }
        case ACTIVATE, MODIFY_SPEC -> store.set(ri, RouterInterfaceField.Status, Status.ACTIVE);
        case DEACTIVATE -> store.set(ri, RouterInterfaceField.Status, Status.INACTIVE);
        case DELETE -> {
          Lifecycle.removeNow(tx, store, ri);
          continue;
        }
      }
      store.syncMirrors(ri);
    }
  }
}
