package dev.aliyunmock.routerinterface;

import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.Resource;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One router interface: the values of its {@link RouterInterfaceField}s, plus the region and owner
 * it takes from its router. An entity: two objects are the same interface only if they are the
 * same object. Changed only by its {@link RouterInterfaceStore}, inside a write transaction; what
 * leaves the world is a {@link #copy()}.
 */
public final class RouterInterface implements Resource {
  private final EnumMap<RouterInterfaceField, Object> values;
  private final String ownerId;
  private final String regionId;
  /** Its tags, key → value, in the order they were given (unmodifiable). */
  private Map<String, String> tags = Map.of();
  /** Its place in the world's creation order (set when the store adds it). */
  private long seq;

  RouterInterface(Map<RouterInterfaceField, Object> values, String ownerId, String regionId) {
    this.values = values.isEmpty() ? new EnumMap<>(RouterInterfaceField.class) : new EnumMap<>(values);
    this.ownerId = Objects.requireNonNull(ownerId);
    this.regionId = Objects.requireNonNull(regionId);
  }

  /** A detached copy, safe to read outside the world's lock. */
  public RouterInterface copy() {
    RouterInterface c = new RouterInterface(values, ownerId, regionId);
    c.seq = seq;
    c.tags = tags;
    return c;
  }

  /** Its place in the world's creation order: Describe lists interfaces by it. */
  long seq() {
    return seq;
  }

  void seq(long seq) {
    this.seq = seq;
  }

  /** A field's value: {@code String}, {@code Integer}, {@code Boolean} or an API enum; {@code null} if unset. */
  public Object get(RouterInterfaceField field) {
    return values.get(field);
  }

  /** A field's value as the API shows it: enum spelling or text, {@code ""} if unset. */
  public String text(RouterInterfaceField field) {
    return String.valueOf(field.type().render(values.get(field)));
  }

  void set(RouterInterfaceField field, Object value) {
    if (!field.type().accepts(value)) {
      throw new IllegalArgumentException(field + " cannot hold " + value);
    }
    if (value == null || "".equals(value)) {
      values.remove(field);
    } else {
      values.put(field, value);
    }
  }

  /** Its tags, key → value (unmodifiable). */
  public Map<String, String> tags() {
    return tags;
  }

  void tags(Map<String, String> tags) {
    this.tags = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
  }

  /** The set fields, in table order (unmodifiable). */
  public Map<RouterInterfaceField, Object> values() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public String id() {
    return (String) values.get(RouterInterfaceField.RouterInterfaceId);
  }

  public String routerId() {
    return (String) values.get(RouterInterfaceField.RouterId);
  }

  @Override
  public String ownerId() {
    return ownerId;
  }

  @Override
  public String regionId() {
    return regionId;
  }

  public Role role() {
    return (Role) values.get(RouterInterfaceField.Role);
  }

  public Spec spec() {
    return (Spec) values.get(RouterInterfaceField.Spec);
  }

  public RouterType routerType() {
    return (RouterType) values.get(RouterInterfaceField.RouterType);
  }

  public Status status() {
    return (Status) values.get(RouterInterfaceField.Status);
  }

  public BusinessStatus businessStatus() {
    return (BusinessStatus) values.get(RouterInterfaceField.BusinessStatus);
  }

  public String oppositeInterfaceId() {
    return (String) values.get(RouterInterfaceField.OppositeInterfaceId);
  }

  public String oppositeRouterId() {
    return (String) values.get(RouterInterfaceField.OppositeRouterId);
  }

  public RouterType oppositeRouterType() {
    return (RouterType) values.get(RouterInterfaceField.OppositeRouterType);
  }

  public String oppositeInterfaceOwnerId() {
    return (String) values.get(RouterInterfaceField.OppositeInterfaceOwnerId);
  }

  public String oppositeRegionId() {
    return (String) values.get(RouterInterfaceField.OppositeRegionId);
  }

  @Override
  public String toString() {
    return "RouterInterface" + values;
  }
}
