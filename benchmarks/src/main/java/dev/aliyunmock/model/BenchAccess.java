package dev.aliyunmock.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the Connect benchmark needs and the public API rightly lacks: putting a connected pair back
 * exactly as it was before (Connect has no way back to Idle). It lives in the model's package, in
 * the benchmark jar only; nothing in the product uses it.
 */
public final class BenchAccess {
  private BenchAccess() {}

  /** A snapshot of the fields of these interfaces, to {@link #restore} later. */
  public static Map<String, Map<RouterInterfaceField, Object>> snapshot(World world, String... ids) {
    return world.locked(
        () -> {
          Map<String, Map<RouterInterfaceField, Object>> out = new java.util.LinkedHashMap<>();
          for (String id : ids) {
            out.put(id, new EnumMap<>(world.interfaces.get(id).values()));
          }
          return out;
        });
  }

  /** Drops any transition of these interfaces and gives every field its snapshot value back. */
  public static void restore(World world, Map<String, Map<RouterInterfaceField, Object>> snapshot) {
    world.locked(
        () -> {
          for (Map.Entry<String, Map<RouterInterfaceField, Object>> e : snapshot.entrySet()) {
            RouterInterface ri = world.interfaces.get(e.getKey());
            world.transitions.forget(e.getKey());
            for (RouterInterfaceField f : RouterInterfaceField.values()) {
              if (f != RouterInterfaceField.RouterInterfaceId && f != RouterInterfaceField.RouterId) {
                world.set(ri, f, e.getValue().get(f));
              }
            }
          }
        });
  }
}
