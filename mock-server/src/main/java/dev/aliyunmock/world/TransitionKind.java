package dev.aliyunmock.world;

import java.util.List;

/**
 * What a transient status becomes when its transition ends, for one resource kind (a Connect's
 * Connecting → Active, a VPC's Pending → Available, …). The world decides when; the kind decides
 * what.
 */
public interface TransitionKind {
  /** The name shown by the admin API ({@code CONNECT}, {@code ACTIVATE}, …). */
  String name();

  /**
   * Ends the transition of these resources: their final statuses, dates and whatever follows.
   * Runs inside a write transaction; a resource that no longer exists is skipped.
   */
  void finish(Tx tx, List<String> resourceIds);
}
