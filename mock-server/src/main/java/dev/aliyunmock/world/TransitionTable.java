package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The transitions under way in one state of a world, with the per-resource mode overrides: the
 * data behind {@link Transitions}. Read and changed under the world's lock only.
 */
final class TransitionTable {
  private final Map<String, TransitionMode> overrides = new HashMap<>();
  private final Map<String, PendingTransition> byResource = new HashMap<>();
  private final PriorityQueue<PendingTransition> timed =
      new PriorityQueue<>(Comparator.comparing((PendingTransition p) -> p.dueAt()));

  TransitionTable copy() {
    TransitionTable c = new TransitionTable();
    c.overrides.putAll(overrides);
    Map<PendingTransition, PendingTransition> copies = new IdentityHashMap<>();
    byResource.forEach((id, p) -> c.byResource.put(id, copies.computeIfAbsent(p, PendingTransition::copy)));
    for (PendingTransition p : timed) {
      c.timed.add(copies.computeIfAbsent(p, PendingTransition::copy));
    }
    return c;
  }

  boolean isEmpty() {
    return byResource.isEmpty();
  }

  int size() {
    return byResource.size();
  }

  void override(String resourceId, TransitionMode mode) {
    overrides.put(resourceId, mode);
  }

  /** The mode for a transition of these resources: the first override among them, else the default. */
  TransitionMode modeFor(List<String> ids, TransitionMode defaultMode) {
    for (String id : ids) {
      TransitionMode o = overrides.get(id);
      if (o != null) {
        return o;
      }
    }
    return defaultMode;
  }

  /** Adds a transition, replacing any its resources were in. */
  void add(PendingTransition p) {
    for (String id : p.resourceIds()) {
      PendingTransition old = byResource.get(id);
      if (old != null) {
        detach(old);
      }
    }
    p.resourceIds().forEach(id -> byResource.put(id, p));
    if (p.dueAt() != null) {
      timed.add(p);
    }
  }

  PendingTransition of(String resourceId) {
    return byResource.get(resourceId);
  }

  /** The next timed transition due by {@code now}, or {@code null}. */
  PendingTransition nextDue(Instant now) {
    PendingTransition p = timed.peek();
    return p != null && p.dueBy(now) ? p : null;
  }

  /** Each transition under way once, oldest first. */
  List<PendingTransition> all() {
    return new ArrayList<>(new LinkedHashSet<>(byResource.values()));
  }

  /** The transitions of resources matching {@code inScope} that a read may end now. */
  Set<PendingTransition> readyAmong(Predicate<String> inScope) {
    Set<PendingTransition> ready = new LinkedHashSet<>();
    for (Map.Entry<String, PendingTransition> e : byResource.entrySet()) {
      PendingTransition p = e.getValue();
      if (p.readyOnRead() && !ready.contains(p) && inScope.test(e.getKey())) {
        ready.add(p);
      }
    }
    return ready;
  }

  /** Counts one more sighting of each poll transition among these resources. */
  void seen(Collection<String> shownIds) {
    Set<PendingTransition> seen = new LinkedHashSet<>();
    for (String id : shownIds) {
      PendingTransition p = byResource.get(id);
      if (p != null && p.mode() instanceof TransitionMode.OnPoll) {
        seen.add(p);
      }
    }
    seen.forEach(PendingTransition::seen);
  }

  /** Drops what concerns a resource that no longer exists. */
  void forget(String resourceId) {
    overrides.remove(resourceId);
    PendingTransition p = byResource.remove(resourceId);
    if (p != null && p.resourceIds().stream().noneMatch(byResource::containsKey)) {
      timed.remove(p);
    }
  }

  void detach(PendingTransition p) {
    p.resourceIds().forEach(id -> byResource.remove(id, p));
    timed.remove(p);
  }
}
