package dev.aliyunmock.routerinterface.wire;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.routerinterface.Filter;
import dev.aliyunmock.routerinterface.FilterKey;
import dev.aliyunmock.routerinterface.RouterInterfaceError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DescribeRouterInterfaces' {@code Filter.N.Key} and {@code Filter.N.Value.M}, by N then M. A key
 * without values or values without a key: {@code InvalidParam.NotNull}; an unknown key: {@code
 * InvalidFilterKey.ValueNotSupported}.
 */
final class Filters {
  private static final Pattern FILTER_KEY = Pattern.compile("Filter\\.(\\d{1,9})\\.Key");
  private static final Pattern FILTER_VALUE = Pattern.compile("Filter\\.(\\d{1,9})\\.Value\\.(\\d{1,9})");

  private Filters() {}

  static List<Filter> of(Map<String, String> params) {
    TreeMap<Integer, String> keys = new TreeMap<>();
    TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (!e.getKey().startsWith("Filter.")) {
        continue;
      }
      Matcher k = FILTER_KEY.matcher(e.getKey());
      Matcher v = FILTER_VALUE.matcher(e.getKey());
      if (k.matches()) {
        keys.put(Integer.parseInt(k.group(1)), e.getValue());
      } else if (v.matches()) {
        values.computeIfAbsent(Integer.parseInt(v.group(1)), n -> new TreeMap<>()).put(Integer.parseInt(v.group(2)), e.getValue());
      }
    }
    TreeSet<Integer> indexes = new TreeSet<>(keys.keySet());
    indexes.addAll(values.keySet());
    List<Filter> out = new ArrayList<>();
    for (int n : indexes) {
      String keyName = keys.get(n);
      TreeMap<Integer, String> vs = values.get(n);
      if (keyName == null || keyName.isEmpty() || vs == null) {
        throw new ApiException(RouterInterfaceError.PARAM_NOT_NULL);
      }
      FilterKey key = FilterKey.byName(keyName);
      if (key == null) {
        throw new ApiException(RouterInterfaceError.FILTER_KEY_NOT_SUPPORTED);
      }
      out.add(new Filter(key, new LinkedHashSet<>(vs.values())));
    }
    return out;
  }
}
