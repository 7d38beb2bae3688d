package dev.aliyunmock.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A signature-version-1 API call built by hand, for inputs the SDK cannot produce: the common
 * parameters of the official SDK, then any change, then the signature of {@link RpcV1TestSigner}.
 *
 * <pre>{@code
 * Map<String, String> p = SignedCall.vpc("ConnectRouterInterface").with("RouterInterfaceId", "ri-x").signed();
 * String query = SignedCall.wire(p);
 * }</pre>
 */
public final class SignedCall {
  public static final String VPC = "2016-04-28";
  public static final String ECS = "2014-05-26";
  /** The SDK's timestamp form. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final Map<String, String> params = new LinkedHashMap<>();
  private String method = "POST";
  private String secret = Sdk.SECRET;

  private SignedCall(String action, String version) {
    params.put("Action", action);
    params.put("Version", version);
    params.put("AccessKeyId", Sdk.KEY);
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", UUID.randomUUID().toString().replace("-", ""));
    params.put("Timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    params.put("RegionId", "cn-hangzhou");
  }

  /** A call of the VPC dialect (2016-04-28), without Format. */
  public static SignedCall vpc(String action) {
    return new SignedCall(action, VPC);
  }

  /** A call of the ECS dialect (2014-05-26), without Format. */
  public static SignedCall ecs(String action) {
    return new SignedCall(action, ECS);
  }

  public SignedCall with(String name, String value) {
    params.put(name, value);
    return this;
  }

  public SignedCall without(String name) {
    params.remove(name);
    return this;
  }

  /** The HTTP method the signature covers (POST unless told). */
  public SignedCall method(String method) {
    this.method = method;
    return this;
  }

  /** The secret to sign with (the default account's unless told). */
  public SignedCall secret(String secret) {
    this.secret = secret;
    return this;
  }

  public SignedCall timestamp(Instant at) {
    return with("Timestamp", TIMESTAMP.format(at));
  }

  public String method() {
    return method;
  }

  /** The parameters with a Signature (replacing any given one). */
  public Map<String, String> signed() {
    Map<String, String> out = new LinkedHashMap<>(params);
    out.remove("Signature");
    out.put("Signature", RpcV1TestSigner.sign(method, out, secret));
    return out;
  }

  /** The parameters as they are, unsigned (or with whatever Signature was given). */
  public Map<String, String> unsigned() {
    return new LinkedHashMap<>(params);
  }

  /** The string to sign of these parameters, as the server must compute it. */
  public String stringToSign() {
    return RpcV1TestSigner.stringToSign(method, params);
  }

  /** Encoded for the wire as the official SDK v1 does ({@code AcsURLEncoder.encode}: keeps *, sends ~ as %7E). */
  public static String sdkEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code k=v&…} in map order, each side {@link #sdkEncode}d. */
  public static String wire(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(sdkEncode(k) + "=" + sdkEncode(v)));
    return j.toString();
  }
}
