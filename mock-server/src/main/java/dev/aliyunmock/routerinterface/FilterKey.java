package dev.aliyunmock.routerinterface;

import java.util.function.Function;

/** The ten filter keys of DescribeRouterInterfaces, and what each compares. */
public enum FilterKey {
  RouterInterfaceId(RouterInterface::id),
  RouterId(RouterInterface::routerId),
  RouterType(ri -> ri.text(RouterInterfaceField.RouterType)),
  RouterInterfaceOwnerId(RouterInterface::ownerId),
  OppositeInterfaceId(ri -> ri.text(RouterInterfaceField.OppositeInterfaceId)),
  OppositeRouterType(ri -> ri.text(RouterInterfaceField.OppositeRouterType)),
  OppositeRouterId(ri -> ri.text(RouterInterfaceField.OppositeRouterId)),
  OppositeInterfaceOwnerId(ri -> ri.text(RouterInterfaceField.OppositeInterfaceOwnerId)),
  Status(ri -> ri.text(RouterInterfaceField.Status)),
  Name(ri -> ri.text(RouterInterfaceField.Name));

  private final Function<RouterInterface, String> value;

  FilterKey(Function<RouterInterface, String> value) {
    this.value = value;
  }

  /** The interface's value for this key, as the API spells it. */
  public String valueOf(RouterInterface ri) {
    return value.apply(ri);
  }

  /** A key by its exact name, or {@code null}. */
  public static FilterKey byName(String name) {
    for (FilterKey k : values()) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return null;
  }
}
