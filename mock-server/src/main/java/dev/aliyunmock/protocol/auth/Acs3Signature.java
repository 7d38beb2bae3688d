package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.protocol.PercentCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code ACS3-HMAC-SHA256} header signature of the newer SDK generation (docs/reference/gateway.md),
 * computed as {@code com.aliyun.openapiutil.Client.getAuthorization} does.
 *
 * <pre>{@code
 * String canonical = Acs3Signature.canonicalRequest("POST", "/", query, signedHeaderValues,
 *     List.of("host", "x-acs-action", ...), contentSha256);
 * String signature = Acs3Signature.sign(Acs3Signature.stringToSign(canonical), secret);
 * }</pre>
 */
public final class Acs3Signature {
  /** The algorithm name, first word of the {@code Authorization} header. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private Acs3Signature() {}

  /**
   * {@code METHOD\nURI\nQUERY\nHEADERS\nSIGNED_HEADERS\nPAYLOAD_HASH}, where QUERY is the decoded
   * query re-encoded and sorted, and HEADERS is {@code name:trimmed-value\n} per signed header.
   *
   * @param headerValues the values of the signed headers, by lower-case name
   * @param signedHeaders the signed header names in the order the client listed them
   */
  public static String canonicalRequest(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headerValues,
      List<String> signedHeaders,
      String payloadHash) {
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(query).entrySet()) {
      if (q.length() > 0) {
        q.append('&');
      }
      q.append(PercentCodec.percentEncode(e.getKey())).append('=');
      if (!e.getValue().isEmpty()) {
        q.append(PercentCodec.percentEncode(e.getValue()));
      }
    }
    StringBuilder h = new StringBuilder();
    for (String name : signedHeaders) {
      String v = headerValues.get(name);
      h.append(name).append(':').append(v == null ? "" : v.trim()).append('\n');
    }
    return method
        + "\n"
        + (path == null || path.isEmpty() ? "/" : path)
        + "\n"
        + q
        + "\n"
        + h
        + "\n"
        + String.join(";", signedHeaders)
        + "\n"
        + payloadHash;
  }

  /** {@code ACS3-HMAC-SHA256\n hex(sha256(canonicalRequest))}. */
  public static String stringToSign(String canonicalRequest) {
    return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
  }

  /** hex(HMAC-SHA256(secret, stringToSign)). */
  public static String sign(String stringToSign, String accessKeySecret) {
    return hex(Hmac.sha256(accessKeySecret.getBytes(StandardCharsets.UTF_8), stringToSign.getBytes(StandardCharsets.UTF_8)));
  }

  /** Lower-case hex SHA-256, as in {@code x-acs-content-sha256}. */
  public static String sha256Hex(byte[] data) {
    return hex(Hmac.digest(data));
  }

  private static String hex(byte[] bytes) {
    char[] digits = "0123456789abcdef".toCharArray();
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = digits[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = digits[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
