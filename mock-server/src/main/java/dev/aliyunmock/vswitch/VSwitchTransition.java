package dev.aliyunmock.vswitch;

import dev.aliyunmock.world.TransitionKind;
import dev.aliyunmock.world.Tx;
import java.util.List;

/** What each transient status of a vSwitch becomes when its transition ends. */
public enum VSwitchTransition implements TransitionKind {
  /** CreateVSwitch: Pending → Available. */
  CREATE_VSWITCH,
  /** DeleteVSwitch: Pending → gone. */
  DELETE_VSWITCH;

  @Override
  public void finish(Tx tx, List<String> ids) {
    VSwitchStore store = tx.store(VSwitchStore.KEY);
    for (String id : ids) {
      // Across accounts: a transition is nobody's call.
      VSwitch v = store.acrossAccounts(id).orElse(null);
      if (v == null) {
        continue;
      }
      switch (this) {
        case CREATE_VSWITCH -> store.status(v, VSwitchStatus.AVAILABLE, false);
        case DELETE_VSWITCH -> {
          store.remove(v);
          tx.forgetTransitions(id);
        }
      }
    }
  }
}
