package dev.aliyunmock.protocol;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the Alibaba Cloud RPC protocol uses it.
 *
 * <p>Decoding is done here, not with {@link java.net.URLDecoder}, so that a malformed escape is
 * reported (as {@code null}) instead of thrown from deep inside a library.
 */
public final class PercentCodec {
  private PercentCodec() {}

  /**
   * RFC 3986 percent-encoding exactly as the official SDK canonicalises: {@code URLEncoder} plus
   * fix-ups for {@code +}, {@code *} and {@code %7E} (docs/reference/gateway.md, "Signatures").
   */
  public static String percentEncode(String s) {
    // The same result, without URLEncoder's buffers and three passes of replace (a signature
    // check encodes every parameter, then the whole canonical string again): the unreserved
    // characters A-Z a-z 0-9 - _ . ~ stay, every other UTF-8 byte becomes %XX, upper case.
    int n = s.length();
    int i = 0;
    while (i < n && unreserved(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8); // unpaired surrogates become '?', as in URLEncoder
    StringBuilder b = new StringBuilder(bytes.length + 16);
    for (byte x : bytes) {
      int c = x & 0xFF;
      if (c < 0x80 && unreserved((char) c)) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >>> 4]).append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
  }

  /** What {@link #percentEncode} computes, written as the SDK does it (kept to test the former against). */
  static String percentEncodeAsTheSdk(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /**
   * Decodes an {@code application/x-www-form-urlencoded} component ({@code +} is a space).
   *
   * @return the decoded text, or {@code null} if an escape is malformed
   */
  public static String decodeComponent(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= n) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write((hi << 4) | lo);
        i += 3;
      } else if (c == '+') {
        out.write(' ');
        i++;
      } else if (c < 0x80) {
        out.write(c);
        i++;
      } else {
        // A raw non-ASCII character (not legal on the wire, but tolerated): keep it as UTF-8.
        int end = i + Character.charCount(s.codePointAt(i));
        byte[] bytes = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i = end;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
