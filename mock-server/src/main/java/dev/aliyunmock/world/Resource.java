package dev.aliyunmock.world;

/**
 * A resource of a world as its kind's {@link ScopedIndex} keeps it: an id, the account that owns
 * it, the region it is in. Resources are entities: two objects are the same resource only if they
 * are the same object.
 */
public interface Resource {
  String id();

  String ownerId();

  String regionId();
}
