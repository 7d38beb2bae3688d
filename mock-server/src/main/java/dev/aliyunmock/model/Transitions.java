package dev.aliyunmock.model;

import dev.aliyunmock.control.TransitionMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The transitions under way in a world and the controls tests have over them (DECISIONS.md §4).
 * Every method that changes state takes the world's lock.
 *
 * <pre>{@code
 * Transitions t = world.transitions();
 * t.setDefaultMode(new TransitionMode.Manual());
 * ... connect ...
 * t.complete("ri-initiator");      // both sides become Active
 * }</pre>
 */
public final class Transitions {
  private final World world;
  private volatile TransitionMode defaultMode;
  private final Map<String, TransitionMode> overrides = new HashMap<>();
  private final Map<String, PendingTransition> byInterface = new HashMap<>();
  private final PriorityQueue<PendingTransition> timed =
      new PriorityQueue<>(Comparator.comparing((PendingTransition p) -> p.dueAt));

  Transitions(World world, TransitionMode defaultMode) {
    this.world = world;
    this.defaultMode = defaultMode;
  }

  /** A transition under way, as tests and the admin API see it. */
  public record Pending(String kind, List<String> routerInterfaceIds, String mode, Integer pollsLeft, Instant dueAt) {}

  // ---- Controls ----

  public TransitionMode defaultMode() {
    return defaultMode;
  }

  /** Sets the mode of transitions that begin from now on. */
  public void setDefaultMode(TransitionMode mode) {
    this.defaultMode = mode;
  }

  /** Sets the mode of transitions that begin from now on involving this interface. */
  public void setMode(String routerInterfaceId, TransitionMode mode) {
    world.locked(() -> overrides.put(routerInterfaceId, mode));
  }

  /** Ends every transition under way; returns how many ended. */
  public int completeAll() {
    return world.locked(
        () -> {
          Set<PendingTransition> all = new LinkedHashSet<>(byInterface.values());
          all.forEach(this::finish);
          return all.size();
        });
  }

  /** Ends the transition involving this interface; false if none is under way. */
  public boolean complete(String routerInterfaceId) {
    return world.locked(
        () -> {
          PendingTransition p = byInterface.get(routerInterfaceId);
          if (p == null) {
            return false;
          }
          finish(p);
          return true;
        });
  }

  /** Moves the world's clock forward and ends the timed transitions now due. */
  public void advance(Duration d) {
    world.locked(
        () -> {
          world.clock.advance(d);
          completeDue();
        });
  }

  /** The transitions under way, oldest first. */
  public List<Pending> pending() {
    return world.locked(
        () -> {
          List<Pending> out = new ArrayList<>();
          for (PendingTransition p : new LinkedHashSet<>(byInterface.values())) {
            out.add(
                new Pending(
                    p.kind.name(),
                    p.interfaceIds,
                    p.mode.toString(),
                    p.mode instanceof TransitionMode.OnPoll ? p.pollsLeft : null,
                    p.dueAt));
          }
          return out;
        });
  }

  // ---- Used by the actions (lock held) ----

  /** Starts a transition of interfaces whose transient status the caller has just set. */
  void begin(PendingTransition.Kind kind, List<RouterInterface> ris) {
    TransitionMode mode = defaultMode;
    for (RouterInterface ri : ris) {
      TransitionMode o = overrides.get(ri.id());
      if (o != null) {
        mode = o;
        break;
      }
    }
    List<String> ids = ris.stream().map(RouterInterface::id).toList();
    for (String id : ids) {
      PendingTransition old = byInterface.get(id);
      if (old != null) {
        detach(old);
      }
    }
    PendingTransition p = new PendingTransition(kind, ids, mode, world.clock.now());
    ids.forEach(id -> byInterface.put(id, p));
    if (p.dueAt != null) {
      timed.add(p);
      completeDue();
    } else if (mode instanceof TransitionMode.OnPoll op && op.polls() == 0) {
      finish(p);
    }
  }

  /** Ends the timed transitions that are due on the world's clock. */
  void completeDue() {
    if (timed.isEmpty()) {
      return;
    }
    Instant now = world.clock.now();
    while (!timed.isEmpty() && timed.peek().dueBy(now)) {
      finish(timed.peek());
    }
  }

  /** Before a read shows these interfaces: ends the poll transitions that have been seen enough. */
  void beforeRead(Collection<RouterInterface> shown) {
    if (byInterface.isEmpty()) {
      return;
    }
    for (RouterInterface ri : List.copyOf(shown)) {
      PendingTransition p = byInterface.get(ri.id());
      if (p != null && p.readyOnRead()) {
        finish(p);
      }
    }
  }

  /**
   * {@link #beforeRead} for a caller's whole region: reads whichever is fewer, the transitions
   * under way or the region's interfaces, so that a Describe of a large region with a handful of
   * transitions does not touch every interface.
   */
  void beforeReadInScope(String ownerId, String regionId, Collection<RouterInterface> scope) {
    if (byInterface.isEmpty()) {
      return;
    }
    if (scope.size() <= byInterface.size()) {
      beforeRead(scope);
      return;
    }
    Set<PendingTransition> ready = new LinkedHashSet<>();
    for (Map.Entry<String, PendingTransition> e : byInterface.entrySet()) {
      PendingTransition p = e.getValue();
      if (p.readyOnRead() && !ready.contains(p)) {
        RouterInterface ri = world.interfaces.get(e.getKey());
        if (ri != null && ri.ownerId().equals(ownerId) && ri.regionId().equals(regionId)) {
          ready.add(p);
        }
      }
    }
    ready.forEach(this::finish);
  }

  /** After a read showed these interfaces: each poll transition among them has been seen once more. */
  void afterRead(Collection<RouterInterface> shown) {
    if (byInterface.isEmpty()) {
      return;
    }
    Set<PendingTransition> seen = new LinkedHashSet<>();
    for (RouterInterface ri : shown) {
      PendingTransition p = byInterface.get(ri.id());
      if (p != null && p.mode instanceof TransitionMode.OnPoll) {
        seen.add(p);
      }
    }
    seen.forEach(p -> p.pollsLeft--);
  }

  /** Whether an interface has a transition under way. */
  boolean isPending(String routerInterfaceId) {
    return byInterface.containsKey(routerInterfaceId);
  }

  /** Drops what concerns a deleted interface. */
  void forget(String routerInterfaceId) {
    overrides.remove(routerInterfaceId);
    PendingTransition p = byInterface.remove(routerInterfaceId);
    if (p != null && p.interfaceIds.stream().noneMatch(byInterface::containsKey)) {
      timed.remove(p);
    }
  }

  void clear() {
    overrides.clear();
    byInterface.clear();
    timed.clear();
  }

  private void detach(PendingTransition p) {
    p.interfaceIds.forEach(id -> byInterface.remove(id, p));
    timed.remove(p);
  }

  /** Ends a transition: the final statuses, ConnectedTime, and the mirrors of both sides. */
  private void finish(PendingTransition p) {
    detach(p);
    String now = world.clock.apiNow();
    for (String id : p.interfaceIds) {
      RouterInterface ri = world.interfaces.get(id);
      if (ri == null) {
        continue;
      }
      switch (p.kind) {
        case CONNECT -> {
          world.set(ri, RouterInterfaceField.Status, Status.ACTIVE);
          world.set(ri, RouterInterfaceField.ConnectedTime, now);
        }
        case ACTIVATE, MODIFY_SPEC -> world.set(ri, RouterInterfaceField.Status, Status.ACTIVE);
        case DEACTIVATE -> world.set(ri, RouterInterfaceField.Status, Status.INACTIVE);
        case DELETE -> {
          world.partnerOf(ri).ifPresent(partner -> world.set(partner, RouterInterfaceField.OppositeInterfaceStatus, Status.DELETED));
          world.removeInterface(ri);
          continue;
        }
      }
      world.syncMirrors(ri);
    }
  }
}
