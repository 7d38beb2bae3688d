package dev.aliyunmock.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature version 1 written again for tests, independently of the mock's {@code RpcSignatureV1}
 * and of {@link java.net.URLEncoder}: RFC 3986 over the UTF-8 bytes, unreserved characters kept.
 */
public final class RpcV1TestSigner {
  private RpcV1TestSigner() {}

  /** RFC 3986: {@code A-Z a-z 0-9 - _ . ~} kept, every other byte {@code %XX} (upper-case hex). */
  public static String percentEncode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  /** {@code METHOD&%2F&enc(k1=v1&k2=v2…)}, names sorted, {@code Signature} left out. */
  public static String stringToSign(String method, Map<String, String> params) {
    StringBuilder canon = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> {
      if (!k.equals("Signature")) {
        canon.append(canon.length() == 0 ? "" : "&").append(percentEncode(k)).append('=').append(percentEncode(v));
      }
    });
    return method + "&" + percentEncode("/") + "&" + percentEncode(canon.toString());
  }

  /** Base64(HMAC-SHA1(secret + "&", stringToSign)). */
  public static String signature(String stringToSign, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(String method, Map<String, String> params, String secret) {
    return signature(stringToSign(method, params), secret);
  }
}
