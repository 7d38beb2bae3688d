package dev.aliyunmock.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resources grouped by the id of what holds them (a VPC's vSwitches, a route table's entries, a
 * router's interfaces), each group in creation order. A group is a list: it holds a handful (the
 * quotas are 5 to 200 per holder), and a map per group would cost a large world more heap than
 * its resources' ids. Part of a store: the store's mutators check the write transaction.
 *
 * @param <T> the grouped resources, compared by identity
 */
public final class GroupIndex<T> {
  private final Map<String, List<T>> groups = new HashMap<>();

  public void add(String holderId, T resource) {
    groups.computeIfAbsent(holderId, k -> new ArrayList<>(1)).add(resource);
  }

  public void remove(String holderId, T resource) {
    List<T> group = groups.get(holderId);
    if (group != null) {
      group.removeIf(other -> other == resource);
      if (group.isEmpty()) {
        groups.remove(holderId);
      }
    }
  }

  /** The group, in creation order (live view; empty for a holder of none). */
  public List<T> of(String holderId) {
    List<T> group = groups.get(holderId);
    return group == null ? List.of() : Collections.unmodifiableList(group);
  }

  /** A copy of the group, in creation order, that later changes of the world leave alone. */
  public List<T> copyOf(String holderId) {
    List<T> group = groups.get(holderId);
    return group == null ? List.of() : new ArrayList<>(group);
  }

  public int count(String holderId) {
    List<T> group = groups.get(holderId);
    return group == null ? 0 : group.size();
  }
}
