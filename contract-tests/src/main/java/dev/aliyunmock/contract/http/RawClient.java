package dev.aliyunmock.contract.http;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sends an {@link RpcCall} over raw HTTP with REST Assured, signed by the suite's own {@link
 * RpcSigner}: the client that can also send what no SDK sends (a stale timestamp, a reused nonce,
 * parameters in a form body, a missing RegionId).
 *
 * <pre>{@code
 * Observation o = new RawClient().send(call, URI.create("http://127.0.0.1:8080"));
 * }</pre>
 */
public final class RawClient {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final Set<String> COMMON =
      Set.of("Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
          "SignatureNonce", "Timestamp", "Signature");
  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

  /** Signs and sends the call; never throws for an HTTP answer, whatever its status. */
  public Observation send(RpcCall call, URI endpoint) {
    Map<String, String> params = signedParameters(call);
    String stringToSign = RpcSigner.stringToSign(call.method(), params);
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> form = new LinkedHashMap<>();
    params.forEach(
        (k, v) -> {
          boolean inQuery =
              switch (call.placement()) {
                case QUERY -> true;
                case FORM -> false;
                case SPLIT -> COMMON.contains(k);
              };
          (inQuery ? query : form).put(k, v);
        });
    RequestSpecification spec = given().config(CONFIG).urlEncodingEnabled(false).baseUri(endpoint.toString());
    if (!form.isEmpty()) {
      spec = spec.contentType("application/x-www-form-urlencoded; charset=UTF-8").body(encode(form));
    }
    String path = "/" + (query.isEmpty() ? "" : "?" + encode(query));
    Response r = spec.request(call.method(), path);
    String contentType = r.getHeader("Content-Type");
    String text = new String(r.asByteArray(), StandardCharsets.UTF_8);
    return new Observation(
        "raw", r.getStatusCode(), contentType, text, Body.read(contentType, text), call.format(), stringToSign, null);
  }

  /** The call's parameters plus the common ones and the signature (over the signed method). */
  static Map<String, String> signedParameters(RpcCall call) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", call.action());
    if (call.version() != null) {
      p.put("Version", call.version());
    }
    if (call.format() != null) {
      p.put("Format", call.format().param());
    }
    p.put("AccessKeyId", call.credentials().accessKeyId());
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", call.nonce() != null ? call.nonce() : UUID.randomUUID().toString());
    Instant at = call.timestamp() != null ? call.timestamp() : Instant.now();
    p.put("Timestamp", TIMESTAMP.format(at.truncatedTo(ChronoUnit.SECONDS)));
    p.putAll(call.params());
    String sts = RpcSigner.stringToSign(call.signedMethod(), p);
    p.put("Signature", RpcSigner.sign(sts, call.credentials().accessKeySecret()));
    return p;
  }

  private static String encode(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(RpcSigner.percentEncode(k)).append('=').append(RpcSigner.percentEncode(v));
        });
    return out.toString();
  }
}
