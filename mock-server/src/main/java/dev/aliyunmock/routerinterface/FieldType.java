package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.router.RouterType;

/** The value types of router interface fields, with how each appears on the wire when unset. */
public enum FieldType {
  TEXT(null),
  INTEGER(null),
  BOOLEAN(null),
  ROLE(Role.class),
  SPEC(Spec.class),
  ROUTER_TYPE(RouterType.class),
  STATUS(Status.class),
  BUSINESS_STATUS(BusinessStatus.class);

  private final Class<? extends Enum<?>> enumType;

  FieldType(Class<? extends Enum<?>> enumType) {
    this.enumType = enumType;
  }

  /** The enum class of an enumerated type, or {@code null}. */
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /** The value as the API renders it: enum spelling, number, boolean, text; unset as {@code ""}, 0, false. */
  public Object render(Object value) {
    if (value == null) {
      return this == INTEGER ? Integer.valueOf(0) : this == BOOLEAN ? Boolean.FALSE : "";
    }
    return value instanceof ApiEnum e ? e.apiName() : value;
  }

  /** Whether a Java value belongs to this type. */
  public boolean accepts(Object value) {
    return value == null
        || switch (this) {
          case TEXT -> value instanceof String;
          case INTEGER -> value instanceof Integer;
          case BOOLEAN -> value instanceof Boolean;
          default -> enumType.isInstance(value);
        };
  }
}
