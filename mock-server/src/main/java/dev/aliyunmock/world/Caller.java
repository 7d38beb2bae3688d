package dev.aliyunmock.world;

import java.util.Objects;

/**
 * Who calls an action and where: the caller's account (as authenticated) and the region the
 * request names. A transaction turns it into a {@link Scope} once both are checked.
 *
 * @param ownerId the caller's account
 * @param regionId the region the request names
 */
public record Caller(String ownerId, String regionId) {
  public Caller {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(regionId, "regionId");
  }
}
