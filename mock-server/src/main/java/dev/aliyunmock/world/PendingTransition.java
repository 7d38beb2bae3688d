package dev.aliyunmock.world;

import dev.aliyunmock.control.TransitionMode;
import java.time.Instant;
import java.util.List;

/** A transient status under way: which resources it moves, and when it ends. */
final class PendingTransition {
  private final TransitionKind kind;
  private final List<String> resourceIds;
  private final TransitionMode mode;
  private final Instant dueAt;
  private int pollsLeft;

  PendingTransition(TransitionKind kind, List<String> resourceIds, TransitionMode mode, Instant startedAt) {
    this.kind = kind;
    this.resourceIds = List.copyOf(resourceIds);
    this.mode = mode;
    this.dueAt = mode instanceof TransitionMode.After a ? startedAt.plus(a.duration()) : null;
    this.pollsLeft = mode instanceof TransitionMode.OnPoll p ? p.polls() : 0;
  }

  private PendingTransition(PendingTransition p) {
    this.kind = p.kind;
    this.resourceIds = p.resourceIds;
    this.mode = p.mode;
    this.dueAt = p.dueAt;
    this.pollsLeft = p.pollsLeft;
  }

  TransitionKind kind() {
    return kind;
  }

  List<String> resourceIds() {
    return resourceIds;
  }

  TransitionMode mode() {
    return mode;
  }

  Instant dueAt() {
    return dueAt;
  }

  /** Counts one more sighting by a read. */
  void seen() {
    pollsLeft--;
  }

  PendingTransition copy() {
    return new PendingTransition(this);
  }

  /** Whether a read may end it now (poll mode, seen enough). */
  boolean readyOnRead() {
    return mode instanceof TransitionMode.OnPoll && pollsLeft <= 0;
  }

  boolean dueBy(Instant now) {
    return dueAt != null && !dueAt.isAfter(now);
  }

  Transitions.Pending view() {
    return new Transitions.Pending(
        kind.name(), resourceIds, mode.toString(), mode instanceof TransitionMode.OnPoll ? pollsLeft : null, dueAt);
  }
}
