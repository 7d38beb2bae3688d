package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The controls tests and the admin API have over transient statuses: the default mode, a mode per
 * resource, ending transitions, moving the world's clock (docs/reference/transitions.md). Each
 * method is one transaction of the world.
 *
 * <pre>{@code
 * Transitions t = mock.transitions();
 * t.setDefaultMode(new TransitionMode.Manual());
 * ... connect ...
 * t.complete("ri-initiator");      // both sides become Active
 * }</pre>
 */
public final class Transitions {
  private final World world;

  Transitions(World world) {
    this.world = world;
  }

  /** A transition under way, as tests and the admin API see it. */
  public record Pending(String kind, List<String> routerInterfaceIds, String mode, Integer pollsLeft, Instant dueAt) {
    public Pending {
      routerInterfaceIds = List.copyOf(routerInterfaceIds);
    }
  }

  public TransitionMode defaultMode() {
    return world.defaultMode();
  }

  /** Sets the mode of transitions that begin from now on. */
  public void setDefaultMode(TransitionMode mode) {
    world.defaultMode(mode);
  }

  /** Sets the mode of transitions that begin from now on involving this resource. */
  public void setMode(String resourceId, TransitionMode mode) {
    world.update(tx -> tx.state().transitions().override(resourceId, mode));
  }

  /** Ends every transition under way; returns how many ended. */
  public int completeAll() {
    return world.write(
        tx -> {
          List<PendingTransition> all = tx.state().transitions().all();
          all.forEach(tx::finish);
          return all.size();
        });
  }

  /** Ends the transition involving this resource; false if none is under way. */
  public boolean complete(String resourceId) {
    return world.write(
        tx -> {
          PendingTransition p = tx.state().transitions().of(resourceId);
          if (p == null) {
            return false;
          }
          tx.finish(p);
          return true;
        });
  }

  /**
   * Moves the world's clock forward and ends the timed transitions now due.
   *
   * @throws IllegalArgumentException if the clock would leave the years API times can show
   */
  public void advance(Duration d) {
    world.update(
        tx -> {
          world.clock().advance(d);
          tx.completeDue();
        });
  }

  /** The transitions under way, oldest first. */
  public List<Pending> pending() {
    return world.read(
        view -> {
          List<Pending> out = new ArrayList<>();
          for (PendingTransition p : view.state().transitions().all()) {
            out.add(p.view());
          }
          return out;
        });
  }
}
