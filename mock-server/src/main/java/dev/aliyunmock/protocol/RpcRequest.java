package dev.aliyunmock.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the RPC gateway sees it, independent of the HTTP server that received it.
 *
 * <pre>{@code
 * RpcRequest r = RpcRequest.builder("POST", "/?Action=ConnectRouterInterface&...")
 *     .header("Content-Type", "application/x-www-form-urlencoded")
 *     .body(new byte[0])
 *     .build();
 * }</pre>
 */
public final class RpcRequest {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String clientIp;

  private RpcRequest(Builder b) {
    this.method = b.method;
    String url = b.url == null ? "/" : b.url;
    int q = url.indexOf('?');
    this.path = q < 0 ? url : url.substring(0, q);
    this.rawQuery = q < 0 ? "" : url.substring(q + 1);
    this.headers = Collections.unmodifiableMap(b.headers);
    this.body = b.body;
    this.clientIp = b.clientIp;
  }

  public static Builder builder(String method, String url) {
    return new Builder(method, url);
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path, still percent-encoded. */
  public String path() {
    return path;
  }

  /** The query string without {@code ?}, still percent-encoded; empty when there is none. */
  public String rawQuery() {
    return rawQuery;
  }

  /** A header by case-insensitive name, or {@code null}. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** All headers, names lower-cased. */
  public Map<String, String> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }

  public String clientIp() {
    return clientIp;
  }

  /** Whether the body is an urlencoded form, by its Content-Type. */
  public boolean hasFormBody() {
    String ct = header("content-type");
    return body.length > 0
        && ct != null
        && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Builds an {@link RpcRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String clientIp = "";

    private Builder(String method, String url) {
      this.method = method == null ? "" : method.toUpperCase(Locale.ROOT);
      this.url = url;
    }

    /** Adds a header; the first value of a repeated header is kept. */
    public Builder header(String name, String value) {
      if (name != null && value != null) {
        headers.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
      }
      return this;
    }

    public Builder body(byte[] body) {
      this.body = body == null ? new byte[0] : body;
      return this;
    }

    public Builder clientIp(String clientIp) {
      this.clientIp = clientIp == null ? "" : clientIp;
      return this;
    }

    public RpcRequest build() {
      return new RpcRequest(this);
    }
  }
}
