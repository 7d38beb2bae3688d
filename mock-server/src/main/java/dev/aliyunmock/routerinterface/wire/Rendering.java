package dev.aliyunmock.routerinterface.wire;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.routerinterface.Commands;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Router interfaces as each API version's SDK reads them: the 25 fields of the ECS SDK's {@code
 * RouterInterfaceType}, or all 38 of the VPC SDK's, unset ones as the real service shows them.
 */
final class Rendering {
  private Rendering() {}

  /** One interface, every field its dialect reports. */
  static Map<String, Object> routerInterface(RouterInterface ri, Dialect dialect) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RouterInterfaceField f : RouterInterfaceField.of(dialect)) {
      out.put(f.name(), f.type().render(ri.get(f)));
    }
    if (dialect == Dialect.VPC) {
      List<Map<String, Object>> tags = new ArrayList<>();
      ri.tags().forEach((k, v) -> tags.add(tag(k, v)));
      out.put("Tags", Map.of("Tags", tags));
    }
    return out;
  }

  private static Map<String, Object> tag(String key, String value) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("Key", key);
    t.put("Value", value);
    return t;
  }

  /** A DescribeRouterInterfaces answer: paging, then {@code RouterInterfaceSet.RouterInterfaceType[]}. */
  static Map<String, Object> page(Commands.Page page, Dialect dialect) {
    List<Map<String, Object>> items = new ArrayList<>(page.items().size());
    for (RouterInterface ri : page.items()) {
      items.add(routerInterface(ri, dialect));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PageNumber", page.pageNumber());
    out.put("PageSize", page.pageSize());
    out.put("TotalCount", page.totalCount());
    out.put("RouterInterfaceSet", Map.of("RouterInterfaceType", items));
    return out;
  }

  /**
   * A DescribeRouterInterfaceAttribute answer: flat, with the envelope fields that action's SDK
   * reads ({@code Code}, {@code Message}, {@code Success}) and the attribute-only fields.
   */
  static Map<String, Object> attributes(Commands.Attributes a, Dialect dialect) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Code", "200");
    out.put("Message", "successful");
    out.put("Success", Boolean.TRUE);
    out.putAll(routerInterface(a.routerInterface(), dialect));
    out.put("GmtModified", a.routerInterface().text(RouterInterfaceField.CreationTime));
    out.put("HealthCheckStatus", a.healthCheckStatus());
    return out;
  }
}
