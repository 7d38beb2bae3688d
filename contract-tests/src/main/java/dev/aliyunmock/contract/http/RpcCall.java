package dev.aliyunmock.contract.http;

import dev.aliyunmock.contract.table.Format;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One RPC request as a scenario states it: action, version, the action's parameters, and how the
 * request deviates from a well-formed signed one (method, where parameters go, clock, nonce, the
 * secret it is signed with). The clients ({@link RawClient}, the SDK client) add the common
 * parameters and the signature.
 *
 * <pre>{@code
 * RpcCall.of("ConnectRouterInterface")
 *     .param("RegionId", "cn-hangzhou")
 *     .param("RouterInterfaceId", "ri-ct…")
 *     .timestamp(Instant.now().minus(Duration.ofMinutes(20)));
 * }</pre>
 */
public final class RpcCall {
  /** Where the parameters travel. */
  public enum Placement {
    /** Everything in the query (as the official Java SDK sends them, even on POST). */
    QUERY,
    /** Everything in a form body (POST). */
    FORM,
    /** Common parameters in the query, the action's own in a form body (POST). */
    SPLIT
  }

  private String action;
  private String version;
  private boolean versionSet;
  private final Map<String, String> params = new LinkedHashMap<>();
  private Format format;
  private String method = "POST";
  private String signedMethod;
  private Placement placement = Placement.QUERY;
  private Credentials credentials;
  private Instant timestamp;
  private String nonce;
  private boolean rawOnly;

  private RpcCall(String action) {
    this.action = action;
  }

  /** A call of this action. */
  public static RpcCall of(String action) {
    return new RpcCall(Objects.requireNonNull(action));
  }

  /** An action parameter; a {@code null} value leaves it out. */
  public RpcCall param(String name, String value) {
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return this;
  }

  /** Drops a parameter. */
  public RpcCall without(String name) {
    params.remove(name);
    return this;
  }

  /** Sends this {@code Version} instead of the row's dialect's. */
  public RpcCall version(String version) {
    this.version = version;
    this.versionSet = true;
    return this;
  }

  /** The version unless the scenario chose one. */
  public RpcCall defaultVersion(String version) {
    if (!versionSet) {
      this.version = version;
    }
    return this;
  }

  /** Asks for this format; none means the dialect's default. */
  public RpcCall format(Format format) {
    this.format = format;
    return this;
  }

  /** GET or POST (default POST). */
  public RpcCall method(String method) {
    this.method = method;
    return this;
  }

  /** Signs as if sent with another method (the server must notice). Raw only. */
  public RpcCall signedAs(String method) {
    this.signedMethod = method;
    this.rawOnly = true;
    return this;
  }

  /** Where the parameters go (default: the query). Placements other than QUERY are raw only. */
  public RpcCall placement(Placement placement) {
    this.placement = placement;
    if (placement != Placement.QUERY) {
      rawOnly = true;
    }
    return this;
  }

  /** Signs with these credentials. */
  public RpcCall credentials(Credentials credentials) {
    this.credentials = credentials;
    return this;
  }

  /** The credentials unless the scenario chose some. */
  public RpcCall defaultCredentials(Credentials credentials) {
    if (this.credentials == null) {
      this.credentials = credentials;
    }
    return this;
  }

  /** Sends this {@code Timestamp} instead of now. Raw only (the SDK stamps its own). */
  public RpcCall timestamp(Instant timestamp) {
    this.timestamp = timestamp;
    this.rawOnly = true;
    return this;
  }

  /** Sends this {@code SignatureNonce} instead of a fresh one. Raw only. */
  public RpcCall nonce(String nonce) {
    this.nonce = nonce;
    this.rawOnly = true;
    return this;
  }

  /** Marks a call the official SDK cannot make as stated (it always adds RegionId, Format, …). */
  public RpcCall rawOnly() {
    this.rawOnly = true;
    return this;
  }

  public String action() {
    return action;
  }

  public String version() {
    return version;
  }

  public Map<String, String> params() {
    return Collections.unmodifiableMap(params);
  }

  public Format format() {
    return format;
  }

  public String method() {
    return method;
  }

  /** The method the signature is computed for. */
  public String signedMethod() {
    return signedMethod != null ? signedMethod : method;
  }

  public Placement placement() {
    return placement;
  }

  public Credentials credentials() {
    return credentials;
  }

  public Instant timestamp() {
    return timestamp;
  }

  public String nonce() {
    return nonce;
  }

  /** Whether only the suite's own client can send this call. */
  public boolean isRawOnly() {
    return rawOnly;
  }

  @Override
  public String toString() {
    return method + " Action=" + action + " Version=" + version + " " + params
        + (format == null ? "" : " Format=" + format) + " as " + credentials;
  }
}
