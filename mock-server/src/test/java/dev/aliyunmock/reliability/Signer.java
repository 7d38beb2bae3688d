package dev.aliyunmock.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import dev.aliyunmock.support.RpcV1TestSigner;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way the official SDKs do (docs/reference/gateway.md), written from the
 * documents and not from the mock's own classes, so that the security tests do not check the mock
 * against itself. Signature version 1 is {@link RpcV1TestSigner}'s.
 */
final class Signer {
  private Signer() {}

  /** RFC 3986 encoding as the SDK canonicalises. */
  static String percentEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  /** The query string of {@code params}, encoded. */
  static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(percentEncode(e.getKey())).append('=').append(percentEncode(e.getValue()));
    }
    return b.toString();
  }

  /**
   * A signature-v1 (HMAC-SHA1) request's parameters: {@code params} plus the common ones and
   * {@code Signature}, for {@code method}.
   */
  static Map<String, String> rpcV1(
      String method, Map<String, String> params, String keyId, String secret, Instant timestamp, String nonce) {
    Map<String, String> all = new LinkedHashMap<>(params);
    all.putIfAbsent("Format", "JSON");
    all.put("AccessKeyId", keyId);
    all.put("SignatureMethod", "HMAC-SHA1");
    all.put("SignatureVersion", "1.0");
    all.put("SignatureNonce", nonce);
    all.put("Timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
    all.put("Signature", rpcV1Signature(method, all, secret));
    return all;
  }

  /** A signature-v1 request signed now with a fresh nonce. */
  static Map<String, String> rpcV1(String method, Map<String, String> params, String keyId, String secret) {
    return rpcV1(method, params, keyId, secret, Instant.now(), UUID.randomUUID().toString());
  }

  static String rpcV1Signature(String method, Map<String, String> params, String secret) {
    return RpcV1TestSigner.sign(method, params, secret);
  }


  /** The headers of an ACS3-HMAC-SHA256 request (as tea-openapi sends them), Authorization included. */
  static Map<String, String> acs3(
      String method,
      String host,
      Map<String, String> query,
      byte[] body,
      String action,
      String version,
      String keyId,
      String secret,
      Instant date,
      String nonce) {
    Map<String, String> h = new TreeMap<>();
    h.put("host", host);
    h.put("x-acs-action", action);
    h.put("x-acs-version", version);
    h.put("x-acs-date", date.truncatedTo(ChronoUnit.SECONDS).toString());
    h.put("x-acs-signature-nonce", nonce);
    h.put("x-acs-content-sha256", sha256Hex(body));
    List<String> signed = new ArrayList<>(h.keySet());
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(query).entrySet()) {
      if (q.length() > 0) {
        q.append('&');
      }
      q.append(percentEncode(e.getKey())).append('=');
      if (!e.getValue().isEmpty()) {
        q.append(percentEncode(e.getValue()));
      }
    }
    StringBuilder canonicalHeaders = new StringBuilder();
    for (String name : signed) {
      canonicalHeaders.append(name).append(':').append(h.get(name).trim()).append('\n');
    }
    String canonical =
        method + "\n/\n" + q + "\n" + canonicalHeaders + "\n" + String.join(";", signed) + "\n" + h.get("x-acs-content-sha256");
    String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
    String signature = HexFormat.of().formatHex(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), stringToSign));
    Map<String, String> out = new LinkedHashMap<>(h);
    out.put(
        "authorization",
        "ACS3-HMAC-SHA256 Credential=" + keyId + ",SignedHeaders=" + String.join(";", signed) + ",Signature=" + signature);
    return out;
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(String algorithm, byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
