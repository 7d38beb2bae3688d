package dev.aliyunmock.world;

import java.util.Objects;

/**
 * What a resource of a kind's store is from its creation on: its id, its owner and its region,
 * none of which ever changes. An entity: it has no {@code equals} of its own, so two objects are
 * the same resource only if they are the same object.
 */
public abstract class AbstractResource implements Resource {
  private final String id;
  private final String ownerId;
  private final String regionId;

  protected AbstractResource(String id, String ownerId, String regionId) {
    this.id = Objects.requireNonNull(id);
    this.ownerId = Objects.requireNonNull(ownerId);
    this.regionId = Objects.requireNonNull(regionId);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String ownerId() {
    return ownerId;
  }

  @Override
  public final String regionId() {
    return regionId;
  }
}
