package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A world as one write transaction sees and changes it ({@link World#write}): the view plus the
 * changes of the world's core (regions, accounts) and of its transitions. Kinds change their own
 * stores, which check that they are inside such a transaction.
 */
public final class Tx extends View {
  Tx(World world, State state) {
    super(world, state);
  }

  public void addRegion(String regionId) {
    world().guard().checkWritable();
    state().regions().add(regionId);
  }

  /** Adds an account; its access key is known to the gateway at once. */
  public void addAccount(Account a) {
    world().guard().checkWritable();
    Account old = state().accounts().put(a.ownerId(), a);
    Map<String, Account> byKey = new HashMap<>(state().accountsByKey());
    if (old != null) {
      byKey.remove(old.accessKeyId());
    }
    byKey.put(a.accessKeyId(), a);
    state().accountsChanged(byKey);
  }

  // ---------------------------------------------------------------- transitions

  /**
   * Starts a transition of resources whose transient status the caller has just set, in the mode
   * of the first of them that has its own, else the default mode. A poll mode of 0 ends it at
   * once; a timed one ends at once if already due.
   */
  public void beginTransition(TransitionKind kind, List<String> resourceIds) {
    world().guard().checkWritable();
    TransitionTable t = state().transitions();
    PendingTransition p =
        new PendingTransition(kind, resourceIds, t.modeFor(resourceIds, world().defaultMode()), world().clock().now());
    t.add(p);
    if (p.dueAt() != null) {
      completeDue();
    } else if (p.mode() instanceof TransitionMode.OnPoll op && op.polls() == 0) {
      finish(p);
    }
  }

  /** Before a read shows these resources: ends the poll transitions among them that were seen enough. */
  public void beforeRead(Collection<String> shownIds) {
    world().guard().checkWritable();
    TransitionTable t = state().transitions();
    if (t.isEmpty()) {
      return;
    }
    for (String id : List.copyOf(shownIds)) {
      PendingTransition p = t.of(id);
      if (p != null && p.readyOnRead()) {
        finish(p);
      }
    }
  }

  /**
   * {@link #beforeRead} for a whole scope: reads whichever is fewer, the transitions under way or
   * the scope's resources, so that a read of a large region with a handful of transitions does
   * not touch every resource.
   */
  public void beforeReadOfScope(int scopeSize, Supplier<Collection<String>> scopeIds, Predicate<String> inScope) {
    TransitionTable t = state().transitions();
    if (t.isEmpty()) {
      return;
    }
    if (scopeSize <= t.size()) {
      beforeRead(scopeIds.get());
      return;
    }
    world().guard().checkWritable();
    t.readyAmong(inScope).forEach(this::finish);
  }

  /** After a read showed these resources: each poll transition among them has been seen once more. */
  public void afterRead(Collection<String> shownIds) {
    world().guard().checkWritable();
    if (!state().transitions().isEmpty()) {
      state().transitions().seen(shownIds);
    }
  }

  /** Drops the transition and mode override of a resource that no longer exists. */
  public void forgetTransitions(String resourceId) {
    world().guard().checkWritable();
    state().transitions().forget(resourceId);
  }

  /** Ends the timed transitions that are due on the world's clock. */
  void completeDue() {
    TransitionTable t = state().transitions();
    for (PendingTransition p = t.nextDue(world().clock().now()); p != null; p = t.nextDue(world().clock().now())) {
      finish(p);
    }
  }

  /** Ends a transition: its kind sets the final statuses. */
  void finish(PendingTransition p) {
    state().transitions().detach(p);
    p.kind().finish(this, p.resourceIds());
  }
}
