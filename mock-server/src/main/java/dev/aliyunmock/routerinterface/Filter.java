package dev.aliyunmock.routerinterface;

import java.util.Set;

/**
 * One {@code Filter.N}: an interface matches when its value for the key is any of the values
 * (OR); several filters must all match (AND).
 *
 * @param key the key
 * @param values the accepted values
 */
public record Filter(FilterKey key, Set<String> values) {
  public Filter {
    values = Set.copyOf(values);
  }

  public boolean matches(RouterInterface ri) {
    return values.contains(key.valueOf(ri));
  }
}
