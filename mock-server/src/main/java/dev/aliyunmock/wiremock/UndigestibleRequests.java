package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;

/**
 * The requests WireMock 3 cannot digest: it answers them with a 500 (a malformed percent-escape in
 * the query or form, a charset Java does not know or an empty one in any Content-Type, a multipart
 * body its parser rejects, a body that looks gzipped but is not). {@link RequestGuard} asks here
 * first, and refuses such a request itself or hands it to the gateway without WireMock.
 */
final class UndigestibleRequests {
  private UndigestibleRequests() {}

  /**
   * Whether WireMock would throw on the query or form escapes of a request the gateway can still
   * answer (with {@code InvalidParameter}): such a request skips WireMock's stubs.
   */
  static boolean gatewayOnly(HttpServletRequest request, byte[] body) {
    return !wellFormed(queryAsWireMockSplitsIt(request)) || (isForm(request) && !formDecodable(body));
  }

  /** A reason WireMock could not read this request, or {@code null}. */
  static String problemFor(HttpServletRequest request, byte[] body) {
    String encoding = request.getHeader("Content-Encoding");
    boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (gzip || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
      if (!gunzipsWithin(body, HttpPolicy.MAX_BODY_BYTES)) {
        return "the body is not valid gzip, or inflates beyond " + HttpPolicy.MAX_BODY_BYTES + " bytes";
      }
    }
    if (isForm(request)) {
      try {
        String charset = request.getCharacterEncoding();
        if (charset != null && !Charset.isSupported(charset)) {
          return "unsupported charset";
        }
      } catch (RuntimeException e) {
        return "unsupported charset";
      }
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType != null) {
      try {
        // WireMock decodes every body with this charset (any Content-Type), and throws on a bad one.
        new ContentTypeHeader(contentType).charset();
      } catch (RuntimeException e) {
        return "unsupported charset";
      }
      if (contentType.matches("(?i)^\\s*multipart/.*") && !multipartParses(contentType, encoding, body)) {
        return "malformed multipart body";
      }
    }
    return null;
  }

  /** Whether WireMock's multipart parser, which it runs on every multipart request, accepts the body. */
  private static boolean multipartParses(String contentType, String encoding, byte[] body) {
    try {
      ImmutableRequest.Builder r =
          ImmutableRequest.create()
              .withAbsoluteUrl("http://localhost/")
              .withMethod(RequestMethod.POST)
              .withHeader("Content-Type", contentType)
              .withBody(plain(body, encoding));
      if (encoding != null) {
        r.withHeader("Content-Encoding", encoding);
      }
      PartParser.parseFrom(r.build());
      return true;
    } catch (Exception e) {
      // FileUploadException, thrown undeclared ("sneaky") by WireMock
      return false;
    }
  }

  private static boolean isForm(HttpServletRequest request) {
    String ct = request.getContentType();
    return ct != null && ct.contains("application/x-www-form-urlencoded");
  }

  /**
   * The query WireMock decodes: what follows the first {@code ?} of the raw URI plus query. Jetty
   * reads some malformed escapes in the path leniently ({@code /%?a=%u0041} is all path to it),
   * so its own query string may be empty while WireMock still splits one off and decodes it.
   */
  private static String queryAsWireMockSplitsIt(HttpServletRequest request) {
    String query = request.getQueryString();
    String uri = request.getRequestURI();
    String url = (uri == null ? "" : uri) + (query == null ? "" : "?" + query);
    int q = url.indexOf('?');
    return q < 0 ? null : url.substring(q + 1);
  }

  /** Every {@code %} followed by two hex digits. */
  static boolean wellFormed(String s) {
    if (s == null) {
      return true;
    }
    for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
      if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Well-formed escapes whose bytes are valid UTF-8 (Jetty's form decoder throws otherwise). */
  private static boolean formDecodable(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    if (!wellFormed(text)) {
      return false;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        bytes.write((Character.digit(text.charAt(i + 1), 16) << 4) | Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The body as WireMock hands it on: inflated when gzipped (already checked to inflate). */
  static byte[] plain(byte[] body, String encoding) {
    boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (!gzip && (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] inflated = readBounded(in, HttpPolicy.MAX_BODY_BYTES);
      return inflated == null ? body : inflated;
    } catch (IOException | RuntimeException e) {
      return body;
    }
  }

  private static boolean gunzipsWithin(byte[] body, int limit) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return readBounded(in, limit) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Reads a stream fully, or returns {@code null} once it exceeds {@code limit} bytes. */
  static byte[] readBounded(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + n > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
