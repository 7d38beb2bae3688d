package dev.aliyunmock.routerinterface;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interfaces of a world by their value for one {@link FilterKey}, so that a Describe filtered
 * on a selective key reads its matches instead of the caller's whole region. A value held by one
 * interface (a name, an opposite id: the usual case) costs one map entry; a shared one (a status)
 * an identity set. Not ordered: readers sort by {@link RouterInterface#seq()}. Callers hold the
 * world's lock.
 */
final class ValueIndex {
  private final FilterKey key;
  /** value → the one RouterInterface holding it, or a {@code Set<RouterInterface>} (identity) of them. */
  private final Map<String, Object> byValue = new HashMap<>();

  ValueIndex(FilterKey key) {
    this.key = key;
  }

  FilterKey key() {
    return key;
  }

  void add(RouterInterface ri) {
    add(key.valueOf(ri), ri);
  }

  void remove(RouterInterface ri) {
    remove(key.valueOf(ri), ri);
  }

  @SuppressWarnings("unchecked")
  void add(String value, RouterInterface ri) {
    Object held = byValue.get(value);
    if (held == null) {
      byValue.put(value, ri);
    } else if (held instanceof RouterInterface one) {
      if (one != ri) {
        Set<RouterInterface> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.add(one);
        set.add(ri);
        byValue.put(value, set);
      }
    } else {
      ((Set<RouterInterface>) held).add(ri);
    }
  }

  @SuppressWarnings("unchecked")
  void remove(String value, RouterInterface ri) {
    Object held = byValue.get(value);
    if (held == ri) {
      byValue.remove(value);
    } else if (held instanceof Set<?> s) {
      Set<RouterInterface> set = (Set<RouterInterface>) s;
      set.remove(ri);
      if (set.size() == 1) {
        byValue.put(value, set.iterator().next());
      }
    }
  }

  /** How many interfaces hold any of these values. */
  int count(Collection<String> values) {
    int n = 0;
    for (String v : values) {
      Object held = byValue.get(v);
      n += held == null ? 0 : held instanceof RouterInterface ? 1 : ((Set<?>) held).size();
    }
    return n;
  }

  /** The interfaces holding any of these values, unordered. */
  @SuppressWarnings("unchecked")
  List<RouterInterface> holding(Collection<String> values) {
    List<RouterInterface> out = new ArrayList<>();
    for (String v : values) {
      Object held = byValue.get(v);
      if (held instanceof RouterInterface one) {
        out.add(one);
      } else if (held != null) {
        out.addAll((Set<RouterInterface>) held);
      }
    }
    return out;
  }

  void clear() {
    byValue.clear();
  }
}
