package dev.aliyunmock.api;

/** An enumeration of the API whose values have fixed spellings on the wire. */
public interface ApiEnum {
  /** The value as the API spells it. */
  String apiName();

  /** Finds a constant by its API spelling (exact case), or {@code null}. */
  static <E extends Enum<E> & ApiEnum> E parse(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.apiName().equals(value)) {
        return e;
      }
    }
    return null;
  }

  /** The API spellings of all constants, in declaration order. */
  static <E extends Enum<E> & ApiEnum> java.util.List<String> names(Class<E> type) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.apiName());
    }
    return out;
  }
}
