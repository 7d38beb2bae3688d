package dev.aliyunmock.model;

import dev.aliyunmock.control.TransitionMode;
import java.time.Instant;
import java.util.List;

/**
 * A transient status under way: which interfaces it moves, and when it ends. Held by {@link
 * World}, under its lock.
 */
final class PendingTransition {
  /** What the transition does when it ends. */
  enum Kind {
    /** Connecting / AcceptingConnect → Active on both sides, ConnectedTime set. */
    CONNECT,
    /** Activating → Active. */
    ACTIVATE,
    /** Deactivating → Inactive. */
    DEACTIVATE,
    /** Modifying → Active. */
    MODIFY_SPEC,
    /** Deleting → gone. */
    DELETE
  }

  final Kind kind;
  final List<String> interfaceIds;
  final TransitionMode mode;
  final Instant dueAt;
  int pollsLeft;

  PendingTransition(Kind kind, List<String> interfaceIds, TransitionMode mode, Instant startedAt) {
    this.kind = kind;
    this.interfaceIds = List.copyOf(interfaceIds);
    this.mode = mode;
    this.dueAt = mode instanceof TransitionMode.After a ? startedAt.plus(a.duration()) : null;
    this.pollsLeft = mode instanceof TransitionMode.OnPoll p ? p.polls() : 0;
  }

  /** Whether a read may complete it now (poll mode, seen enough). */
  boolean readyOnRead() {
    return mode instanceof TransitionMode.OnPoll && pollsLeft <= 0;
  }

  boolean dueBy(Instant now) {
    return dueAt != null && !dueAt.isAfter(now);
  }
}
