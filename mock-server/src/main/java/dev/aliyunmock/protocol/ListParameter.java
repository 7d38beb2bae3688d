package dev.aliyunmock.protocol;

import dev.aliyunmock.control.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * List-valued parameters in every wire form the clients send (docs/reference/clients.md, lists):
 *
 * <ul>
 *   <li>{@code Name.1=a&Name.2=b}: one parameter per item, in index order (the form every official
 *       SDK sends);
 *   <li>{@code Name=["a","b"]}: one parameter holding a JSON array (older community SDKs);
 *   <li>{@code Name=a}: one bare value, a list of one.
 * </ul>
 *
 * Structured items ({@code Filter.1.Key=…&Filter.1.Value.1=…}, {@code Tags.1.Key=…}) are read with
 * {@link #items}: each item is the parameters under {@code Name.N.}, and its own list fields decode
 * the same way. An index is one to nine decimal digits; a name with any other index ({@code
 * Filter.-1.Key}, {@code Filter.a.Key}) is no item: the gateway ignores parameters it does not know
 * (docs/reference/readings.md).
 */
public final class ListParameter {
  private ListParameter() {}

  /** The values of a list parameter under {@code prefix} (e.g. {@code "Name"}), in order; empty when absent. */
  public static List<String> values(Map<String, String> params, String prefix) {
    TreeMap<Integer, String> indexed = new TreeMap<>();
    String dotted = prefix + ".";
    for (Map.Entry<String, String> e : params.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(dotted)) {
        int n = index(k.substring(dotted.length()));
        if (n >= 0) {
          indexed.put(n, e.getValue());
        }
      }
    }
    if (!indexed.isEmpty()) {
      return new ArrayList<>(indexed.values());
    }
    String whole = params.get(prefix);
    return whole == null ? List.of() : decode(whole);
  }

  /**
   * The items of a structured list ({@code Name.N.Field…}), in index order: each is the map of its
   * parameters with the {@code Name.N.} prefix taken off.
   */
  public static List<Map<String, String>> items(Map<String, String> params, String prefix) {
    TreeMap<Integer, Map<String, String>> items = new TreeMap<>();
    String dotted = prefix + ".";
    for (Map.Entry<String, String> e : params.entrySet()) {
      String k = e.getKey();
      if (!k.startsWith(dotted)) {
        continue;
      }
      String rest = k.substring(dotted.length());
      int dot = rest.indexOf('.');
      if (dot <= 0) {
        continue;
      }
      int n = index(rest.substring(0, dot));
      if (n >= 0) {
        items.computeIfAbsent(n, x -> new java.util.LinkedHashMap<>()).put(rest.substring(dot + 1), e.getValue());
      }
    }
    return new ArrayList<>(items.values());
  }

  /** A whole-list value: a JSON array of scalars, else one bare value. */
  private static List<String> decode(String value) {
    String v = value.trim();
    if (v.startsWith("[") && v.endsWith("]")) {
      try {
        Object parsed = JsonValues.parse(v);
        if (parsed instanceof List<?> list && list.stream().allMatch(ListParameter::isScalar)) {
          List<String> out = new ArrayList<>(list.size());
          list.forEach(x -> out.add(String.valueOf(x)));
          return out;
        }
      } catch (IllegalArgumentException e) {
        // not JSON: the value as it is
      }
    }
    return List.of(value);
  }

  private static boolean isScalar(Object x) {
    return x instanceof String || x instanceof Number || x instanceof Boolean;
  }

  /** An index of one to nine ASCII digits, else -1. */
  private static int index(String s) {
    int n = s.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
