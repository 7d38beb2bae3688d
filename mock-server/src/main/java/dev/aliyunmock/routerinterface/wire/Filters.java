package dev.aliyunmock.routerinterface.wire;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.ActionContext;
import dev.aliyunmock.protocol.ListParameter;
import dev.aliyunmock.routerinterface.Filter;
import dev.aliyunmock.routerinterface.FilterKey;
import dev.aliyunmock.routerinterface.RouterInterfaceError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * DescribeRouterInterfaces' {@code Filter.N.Key} and its values ({@code Filter.N.Value.M}, or
 * {@code Filter.N.Value} holding a JSON array or one value), by N. A key without values or values
 * without a key: {@code InvalidParam.NotNull}; an unknown key: {@code
 * InvalidFilterKey.ValueNotSupported}.
 */
final class Filters {
  private Filters() {}

  static List<Filter> of(ActionContext ctx) {
    List<Filter> out = new ArrayList<>();
    for (Map<String, String> item : ctx.items("Filter")) {
      String keyName = item.get("Key");
      List<String> values = ListParameter.values(item, "Value");
      if (keyName == null && values.isEmpty()) {
        continue; // Filter.N.Other: not a filter's part, ignored like any unknown parameter
      }
      if (keyName == null || keyName.isEmpty() || values.isEmpty()) {
        throw new ApiException(RouterInterfaceError.PARAM_NOT_NULL);
      }
      FilterKey key = FilterKey.byName(keyName);
      if (key == null) {
        throw new ApiException(RouterInterfaceError.FILTER_KEY_NOT_SUPPORTED);
      }
      out.add(new Filter(key, new LinkedHashSet<>(values)));
    }
    return out;
  }
}
