package dev.aliyunmock.contract.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RPC signature version 1 (HMAC-SHA1), written for the suite from docs/reference/gateway.md
 * ("Signatures": signature method V2, SDK1's percent-encoding), independently of the mock's own
 * verifier:
 *
 * <ol>
 *   <li>sort every parameter but {@code Signature} by name (code-unit order);
 *   <li>join {@code percentEncode(name)=percentEncode(value)} with {@code &};
 *   <li>string to sign: {@code METHOD&%2F&percentEncode(canonical)};
 *   <li>signature: {@code Base64(HMAC-SHA1(secret + "&", stringToSign))}.
 * </ol>
 *
 * <pre>{@code
 * String sts = RpcSigner.stringToSign("POST", params);
 * params.put("Signature", RpcSigner.sign(sts, secret));
 * }</pre>
 */
public final class RpcSigner {
  private RpcSigner() {}

  /** RFC 3986 percent-encoding as the SDKs do it: {@code URLEncoder} with '+', '*', '~' fixed. */
  public static String percentEncode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** The sorted, encoded parameters, {@code Signature} left out. */
  public static String canonicalize(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
      if (e.getKey().equals("Signature")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(percentEncode(e.getKey())).append('=').append(percentEncode(e.getValue()));
    }
    return out.toString();
  }

  /** {@code METHOD&%2F&percentEncode(canonical)}. */
  public static String stringToSign(String httpMethod, Map<String, String> params) {
    return httpMethod + "&" + percentEncode("/") + "&" + percentEncode(canonicalize(params));
  }

  /** {@code Base64(HMAC-SHA1(secret + "&", stringToSign))}. */
  public static String sign(String stringToSign, String accessKeySecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }
}
