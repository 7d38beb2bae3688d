package dev.aliyunmock.model;

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

  /** The API spellings of all constants, comma separated, for messages. */
  static <E extends Enum<E> & ApiEnum> String allowed(Class<E> type) {
    StringBuilder b = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.apiName());
    }
    return b.toString();
  }
}
