package dev.aliyunmock.protocol;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.protocol.auth.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an action handler gets: the authenticated caller, the dialect, the parameters.
 *
 * <pre>{@code
 * String id = ctx.required("RouterInterfaceId");   // MissingRouterInterfaceId if absent
 * }</pre>
 */
public final class ActionContext {
  private final Principal caller;
  private final Dialect dialect;
  private final Parameters params;
  private final String action;
  private String resource;

  public ActionContext(Principal caller, Dialect dialect, Parameters params, String action) {
    this.caller = caller;
    this.dialect = dialect;
    this.params = params;
    this.action = action;
  }

  /** The caller; never {@code null} inside a handler. */
  public Principal caller() {
    return caller;
  }

  public Dialect dialect() {
    return dialect;
  }

  public Parameters params() {
    return params;
  }

  public String action() {
    return action;
  }

  /** A required parameter: absent or empty → {@code Missing{Name}} (docs/reference/gateway.md). */
  public String required(String name) {
    String v = params.nonEmpty(name);
    if (v == null) {
      throw new ApiException(ApiError.MISSING_PARAMETER, name);
    }
    return v;
  }

  /** An optional parameter; empty counts as absent. */
  public String optional(String name) {
    return params.nonEmpty(name);
  }

  /** A list parameter in any of its wire forms ({@link ListParameter#values}). */
  public List<String> list(String name) {
    return ListParameter.values(params.all(), name);
  }

  /** A structured list parameter's items ({@link ListParameter#items}). */
  public List<Map<String, String>> items(String name) {
    return ListParameter.items(params.all(), name);
  }

  /**
   * An optional boolean parameter: {@code true} or {@code false} in any letter case (the Python
   * and .NET SDKs send {@code True}/{@code False}); {@code null} when absent.
   *
   * @throws ApiException {@code InvalidParameter} for any other value
   */
  public Boolean bool(String name) {
    String v = params.nonEmpty(name);
    if (v == null) {
      return null;
    }
    if (v.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (v.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new ApiException(ApiError.INVALID_PARAMETER, name);
  }

  /**
   * An optional integer parameter from {@code min} to {@code max}, blanks around it ignored:
   * {@code absent} when not given.
   *
   * @throws ApiException {@code refusal} for a value that is not such a number (each action
   *     answers it with its own error)
   */
  public int intWithin(String name, int min, int max, int absent, Supplier<ApiException> refusal) {
    String v = params.nonEmpty(name);
    if (v == null) {
      return absent;
    }
    Integer n = Formats.intWithin(v.trim(), min, max);
    if (n == null) {
      throw refusal.get();
    }
    return n;
  }

  /** Names the resource this call is about, for the call log. */
  public void resource(String id) {
    this.resource = id;
  }

  String resource() {
    return resource;
  }
}
