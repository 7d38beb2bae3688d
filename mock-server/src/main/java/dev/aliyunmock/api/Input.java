package dev.aliyunmock.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * One request input as the edge parsed it: absent, a typed value, or invalid together with the
 * refusal to answer. The domain takes inputs already typed, and decides when an invalid one is
 * refused: the order of an action's checks is the domain's (the documented order), even where a
 * format check comes after a lookup in the world.
 *
 * <pre>{@code
 * Input<Role> role = Input.apiEnum(raw, Role.class, () -> new ApiException(RouterInterfaceError.ROLE_NOT_SUPPORTED));
 * Role r = role.get();          // throws the refusal, at the domain's chosen moment
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Input<T> {
  private static final Input<?> ABSENT = new Input<>(null, null);

  private final T value;
  private final ApiException refusal;

  private Input(T value, ApiException refusal) {
    this.value = value;
    this.refusal = refusal;
  }

  /** No value was given. */
  @SuppressWarnings("unchecked")
  public static <T> Input<T> absent() {
    return (Input<T>) ABSENT;
  }

  /** A valid value. */
  public static <T> Input<T> of(T value) {
    return new Input<>(Objects.requireNonNull(value), null);
  }

  /** A value that was given but is not valid: {@link #get()} throws {@code refusal}. */
  public static <T> Input<T> invalid(ApiException refusal) {
    return new Input<>(null, Objects.requireNonNull(refusal));
  }

  /** Absent for {@code null}, else the value. */
  public static <T> Input<T> ofNullable(T value) {
    return value == null ? absent() : of(value);
  }

  /**
   * Absent for {@code null}, else {@code parse(raw)}; a {@code null} from the parser, or an
   * {@link ApiException} it throws, makes the input invalid with that refusal.
   */
  public static <T> Input<T> parse(String raw, Function<String, T> parse, java.util.function.Supplier<ApiException> refusal) {
    if (raw == null) {
      return absent();
    }
    try {
      T v = parse.apply(raw);
      return v == null ? invalid(refusal.get()) : of(v);
    } catch (ApiException e) {
      return invalid(e);
    }
  }

  /** Absent for {@code null}, else the text itself if {@code valid} accepts it; another text is refused. */
  public static Input<String> text(
      String raw, java.util.function.Predicate<String> valid, java.util.function.Supplier<ApiException> refusal) {
    return parse(raw, v -> valid.test(v) ? v : null, refusal);
  }

  /** Absent for {@code null}, else the constant of {@code type} the API spells {@code raw}; another spelling is refused. */
  public static <E extends Enum<E> & ApiEnum> Input<E> apiEnum(
      String raw, Class<E> type, java.util.function.Supplier<ApiException> refusal) {
    return parse(raw, v -> ApiEnum.parse(type, v), refusal);
  }

  /** Whether a value (valid or not) was given. */
  public boolean isGiven() {
    return value != null || refusal != null;
  }

  /**
   * The value; {@code null} when absent.
   *
   * @throws ApiException the refusal, when the given value is not valid
   */
  public T get() {
    if (refusal != null) {
      throw refusal;
    }
    return value;
  }

  /** The value, or {@code other} when absent. */
  public T orElse(T other) {
    T v = get();
    return v == null ? other : v;
  }

  /** Refuses now when the given value is not valid; nothing when absent or valid. */
  public void check() {
    get();
  }

  @Override
  public String toString() {
    return refusal != null ? "Input[invalid: " + refusal.getMessage() + "]" : value == null ? "Input[absent]" : "Input[" + value + "]";
  }
}
