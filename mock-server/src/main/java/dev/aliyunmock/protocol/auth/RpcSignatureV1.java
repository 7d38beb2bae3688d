package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.protocol.PercentCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signature version 1 (HMAC-SHA1, parameters), computed as the official SDK does
 * (docs/reference/gateway.md): the decoded parameters minus {@code Signature}, sorted by name,
 * each re-encoded; never the raw query.
 *
 * <pre>{@code
 * String sts = RpcSignatureV1.stringToSign("POST", params);
 * String sig = RpcSignatureV1.sign(sts, "testAccessKeySecret");
 * }</pre>
 */
public final class RpcSignatureV1 {
  private RpcSignatureV1() {}

  /** {@code METHOD&%2F&percentEncode(canonicalized parameters)}. */
  public static String stringToSign(String method, Map<String, String> params) {
    StringBuilder canon = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (e.getKey().equals("Signature")) {
        continue;
      }
      if (canon.length() > 0) {
        canon.append('&');
      }
      canon
          .append(PercentCodec.percentEncode(e.getKey()))
          .append('=')
          .append(PercentCodec.percentEncode(e.getValue()));
    }
    return method + "&" + PercentCodec.percentEncode("/") + "&" + PercentCodec.percentEncode(canon.toString());
  }

  /** Base64(HMAC-SHA1(secret + "&amp;", stringToSign)). */
  public static String sign(String stringToSign, String accessKeySecret) {
    byte[] key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(Hmac.sha1(key, stringToSign.getBytes(StandardCharsets.UTF_8)));
  }
}
