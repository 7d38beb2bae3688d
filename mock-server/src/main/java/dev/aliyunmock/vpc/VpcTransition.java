package dev.aliyunmock.vpc;

import dev.aliyunmock.world.TransitionKind;
import dev.aliyunmock.world.Tx;
import java.util.List;

/** What each transient status of a VPC becomes when its transition ends. */
public enum VpcTransition implements TransitionKind {
  /** CreateVpc: Pending → Available. */
  CREATE_VPC,
  /** DeleteVpc: Deleting → gone (its vRouter left the world when the deletion began). */
  DELETE_VPC;

  @Override
  public void finish(Tx tx, List<String> ids) {
    VpcStore store = tx.store(VpcStore.KEY);
    for (String id : ids) {
      // Across accounts: a transition is nobody's call; it ends whoever owns the VPC.
      Vpc vpc = store.acrossAccounts(id).orElse(null);
      if (vpc == null) {
        continue;
      }
      switch (this) {
        case CREATE_VPC -> store.status(vpc, VpcStatus.AVAILABLE);
        case DELETE_VPC -> {
          store.remove(vpc);
          tx.forgetTransitions(id);
        }
      }
    }
  }
}
