package dev.aliyunmock.protocol;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded parameters of a request: from the query, from an urlencoded form body, and both
 * merged (the set that a version-1 signature covers).
 *
 * <p>Rules, pinned by tests: within one source the last occurrence of a name wins; a name in
 * both the query and the form takes the form's value (the official SDK's signer does the same,
 * {@code sortMap.putAll(formParams)}); a piece with an empty name is ignored.
 */
public final class Parameters {
  /** More than this many parameters is refused with {@link ApiError#TOO_MANY_PARAMETERS}. */
  public static final int MAX_PARAMETERS = 1000;

  /**
   * A parameter name or value longer than this (decoded) is refused with {@link
   * ApiError#PARAMETER_TOO_LONG}: far above any value of the API (descriptions are 256
   * characters, STS tokens a few thousand), low enough that values stored in the world, client
   * tokens and nonces stay small.
   */
  public static final int MAX_PARAMETER_CHARS = 16 * 1024;

  private final Map<String, String> query;
  private final Map<String, String> form;
  private final Map<String, String> all;

  private Parameters(Map<String, String> query, Map<String, String> form) {
    this.query = Collections.unmodifiableMap(query);
    this.form = Collections.unmodifiableMap(form);
    Map<String, String> merged = new LinkedHashMap<>(query);
    merged.putAll(form);
    this.all = Collections.unmodifiableMap(merged);
  }

  /**
   * Decodes a request's parameters.
   *
   * @throws ApiException {@code InvalidParameter} for a malformed percent-escape or too many
   *     parameters
   */
  public static Parameters of(RpcRequest request) {
    Map<String, String> query = parse(request.rawQuery(), 0);
    Map<String, String> form =
        request.hasFormBody() ? parse(request.bodyAsString(), query.size()) : new LinkedHashMap<>();
    return new Parameters(query, form);
  }

  private static Map<String, String> parse(String encoded, int alreadyCounted) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded.isEmpty()) {
      return out;
    }
    int count = alreadyCounted;
    int start = 0;
    int n = encoded.length();
    while (start <= n) {
      int amp = encoded.indexOf('&', start);
      int end = amp < 0 ? n : amp;
      if (end > start) {
        if (++count > MAX_PARAMETERS) {
          throw new ApiException(ApiError.TOO_MANY_PARAMETERS, String.valueOf(MAX_PARAMETERS));
        }
        String piece = encoded.substring(start, end);
        int eq = piece.indexOf('=');
        String rawName = eq < 0 ? piece : piece.substring(0, eq);
        String rawValue = eq < 0 ? "" : piece.substring(eq + 1);
        String name = PercentCodec.decodeComponent(rawName);
        String value = PercentCodec.decodeComponent(rawValue);
        if (name == null || value == null) {
          throw new ApiException(ApiError.INVALID_PARAMETER, printable(name == null ? rawName : name));
        }
        if (name.length() > MAX_PARAMETER_CHARS || value.length() > MAX_PARAMETER_CHARS) {
          throw new ApiException(ApiError.PARAMETER_TOO_LONG, printable(name), String.valueOf(MAX_PARAMETER_CHARS));
        }
        if (!name.isEmpty()) {
          out.put(name, value);
        }
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    return out;
  }

  /** A name fit to echo in a message: bounded, without control characters. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 64; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }

  /** A parameter from the query or the form (the form wins), or {@code null}. */
  public String get(String name) {
    return all.get(name);
  }

  /** A parameter, with {@code null} for an empty value. */
  public String nonEmpty(String name) {
    String v = all.get(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** The query parameters alone, decoded. */
  public Map<String, String> query() {
    return query;
  }

  /** The form parameters alone, decoded. */
  public Map<String, String> form() {
    return form;
  }

  /** Query and form merged, in arrival order. */
  public Map<String, String> all() {
    return all;
  }
}
