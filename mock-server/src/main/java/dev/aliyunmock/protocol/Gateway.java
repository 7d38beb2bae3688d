package dev.aliyunmock.protocol;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Format;
import dev.aliyunmock.protocol.auth.Authenticated;
import dev.aliyunmock.protocol.auth.Authenticator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The RPC gateway: turns any {@link RpcRequest} into an {@link ApiResponse}, never throwing.
 *
 * <p>Order (docs/reference/gateway.md, "The order of the gateway's checks"): path, HTTP method, parameters decodable, signature
 * (by its style), {@code Action}, {@code Version}, {@code Format}; then the action's own checks.
 * It knows nothing of router interfaces: actions come from an {@link ActionTable}.
 *
 * <pre>{@code
 * Gateway g = new Gateway(registry, new RpcV1Authenticator(...), new Acs3Authenticator(...), errors::add);
 * ApiResponse r = g.handle(RpcRequest.builder("GET", "/?Action=...").build());
 * }</pre>
 */
public final class Gateway {
  private final ActionTable actions;
  private final Authenticator authenticator;
  private final ResponseRenderer renderer = new ResponseRenderer();
  private final Consumer<Throwable> bugs;

  /**
   * @param bugs told of any exception that is not an API refusal (a bug of the mock), which the
   *     caller then sees as {@code InternalError}
   */
  public Gateway(
      ActionTable actions, Authenticator authenticator, Consumer<Throwable> bugs) {
    this.actions = actions;
    this.authenticator = authenticator;
    this.bugs = bugs;
  }

  /** Answers one request; never throws. */
  public ApiResponse handle(RpcRequest request) {
    String requestId = newRequestId();
    Parameters params = null;
    Dialect dialect = null;
    Format format = null;
    Authenticated auth = null;
    ActionContext ctx = null;
    try {
      if (!request.path().equals("/") && !request.path().isEmpty()) {
        throw new ApiException(ApiError.ACTION_NOT_FOUND);
      }
      if (!request.method().equals("GET") && !request.method().equals("POST")) {
        throw new ApiException(ApiError.UNSUPPORTED_HTTP_METHOD);
      }
      params = Parameters.of(request);
      auth = authenticator.authenticate(request, params);
      String action = auth.action();
      if (action == null || action.isEmpty()) {
        throw new ApiException(ApiError.MISSING_PARAMETER, "Action");
      }
      if (!actions.knows(action)) {
        throw new ApiException(ApiError.ACTION_NOT_FOUND);
      }
      String version = auth.version();
      if (version == null || version.isEmpty()) {
        throw new ApiException(ApiError.MISSING_PARAMETER, "Version");
      }
      dialect = Dialect.forVersion(version).orElseThrow(() -> new ApiException(ApiError.INVALID_VERSION));
      String formatParam = params.get("Format");
      if (formatParam != null && Format.parse(formatParam).isEmpty()) {
        throw new ApiException(ApiError.INVALID_PARAMETER, "Format");
      }
      format = Format.parse(formatParam).orElse(dialect.defaultFormat());
      ActionHandler handler =
          actions.find(action, dialect).orElseThrow(() -> new ApiException(ApiError.ACTION_NOT_FOUND));
      if (auth.principal() == null) {
        throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
      }
      ctx = new ActionContext(auth.principal(), dialect, params, action);
      Map<String, Object> fields = handler.handle(ctx);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("RequestId", requestId);
      body.putAll(fields);
      return new ApiResponse(
          200,
          format.contentType(),
          renderer.render(format, action + "Response", body),
          requestId,
          null,
          action,
          callerOf(auth),
          ctx.resource());
    } catch (ApiException e) {
      return error(e, request, params, dialect, format, auth, ctx, requestId);
    } catch (RuntimeException | StackOverflowError e) {
      bugs.accept(e);
      return error(new ApiException(ApiError.INTERNAL_ERROR), request, params, dialect, format, auth, ctx, requestId);
    }
  }

  /**
   * Renders an error for a request the HTTP layer refused before the gateway saw it (malformed
   * HTTP, oversized headers): JSON, VPC dialect.
   */
  public ApiResponse refuse(ApiException e) {
    return error(e, null, null, null, null, null, null, newRequestId());
  }

  /**
   * Renders an error for a request the HTTP layer refused after reading at least its request
   * line: the dialect (and so {@code HostId}) and format follow what it holds of {@code Version}
   * (or {@code x-acs-version}) and {@code Format}, as for any other refusal.
   */
  public ApiResponse refuse(RpcRequest request, ApiException e) {
    Parameters params;
    try {
      params = Parameters.of(request);
    } catch (RuntimeException unreadable) {
      params = null;
    }
    return error(e, request, params, null, null, null, null, newRequestId());
  }

  private ApiResponse error(
      ApiException e,
      RpcRequest request,
      Parameters params,
      Dialect dialect,
      Format format,
      Authenticated auth,
      ActionContext ctx,
      String requestId) {
    Optional<Dialect> known = dialect != null ? Optional.of(dialect) : guessDialect(request, params);
    Dialect d = known.orElse(Dialect.VPC);
    Format f =
        format != null
            ? format
            : Optional.ofNullable(params)
                .flatMap(p -> Format.parse(p.get("Format")))
                .orElse(known.map(Dialect::defaultFormat).orElse(Format.JSON));
    String code = e.code(d);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    body.put("HostId", d.host());
    body.put("Code", code);
    body.put("Message", e.message(d));
    body.put(
        "Recommend",
        "https://api.aliyun.com/troubleshoot?q="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&product="
            + d.product()
            + "&requestId="
            + requestId);
    String action = auth != null ? auth.action() : params != null ? params.get("Action") : null;
    return new ApiResponse(
        e.httpStatus(),
        f.contentType(),
        renderer.render(f, "Error", body),
        requestId,
        code,
        action,
        callerOf(auth),
        ctx == null ? null : ctx.resource());
  }

  private static Optional<Dialect> guessDialect(RpcRequest request, Parameters params) {
    String version = params == null ? null : params.get("Version");
    if (version == null && request != null) {
      version = request.header("x-acs-version");
    }
    return version == null ? Optional.empty() : Dialect.forVersion(version);
  }

  private static String callerOf(Authenticated auth) {
    return auth == null || auth.principal() == null ? null : auth.principal().accessKeyId();
  }

  /** A fresh upper-case UUID; ThreadLocalRandom avoids SecureRandom's lock on the hot path. */
  static String newRequestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString().toUpperCase(java.util.Locale.ROOT);
  }
}
