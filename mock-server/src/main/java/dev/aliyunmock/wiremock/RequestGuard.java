package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.multipart.PartParser;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet filter in front of WireMock's stub handler. WireMock itself answers some inputs with
 * a 500 (a malformed percent-escape in the query or form, a charset Java does not know or an
 * empty one in any Content-Type, a multipart body its parser rejects, a body that looks gzipped
 * but is not, a body Jetty cannot read such as a broken chunked encoding) and reads bodies
 * without a bound. This filter refuses browser requests from foreign origins ({@link
 * BrowserRules}), refuses an announced body over {@link HttpPolicy#maxBodyBytes} before reading
 * it, reads the rest without holding a thread ({@link BodyReader}: a deadline and a minimum rate),
 * and hands any request WireMock could not digest straight to the API gateway (or refuses it with
 * the documented envelope). Everything else passes on, with the body cached, to WireMock's stubs
 * (the catch-all included), its journal and {@code verify}. Every refusal appears in the call log.
 */
final class RequestGuard implements Filter {
  /** The largest request body accepted: 1 MiB, far above any API call. */
  static final int MAX_BODY_BYTES = HttpPolicy.MAX_BODY_BYTES;

  private final AliyunMock mock;
  private final HttpPolicy policy;
  private final BrowserRules browsers;

  RequestGuard(AliyunMock mock, HttpPolicy policy) {
    this.mock = mock;
    this.policy = policy;
    this.browsers = new BrowserRules(policy);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (BodyReader.readForAnother(request, this)) {
      return; // an admin request dispatched again with its body: the admin context answers it
    }
    byte[] body = BodyReader.body(request);
    if (body == null) {
      if (BrowserRules.fromBrowser(request)) {
        String origin = browsers.refusedOrigin(request);
        if (origin == null && !browsers.hostAllowed(request.getHeader("Host"))) {
          origin = "http://" + request.getHeader("Host");
        }
        if (origin != null) {
          refuse(request, response, new ApiException(ApiError.CROSS_ORIGIN_FORBIDDEN, origin));
          return;
        }
        if (BrowserRules.preflight(request)) {
          browsers.answerPreflight(request, response);
          return;
        }
        browsers.allowOrigin(request, response);
      }
      if (request.getContentLengthLong() > policy.maxBodyBytes()) {
        // Refused before reading: the client may announce gigabytes and send nothing.
        response.setHeader("Connection", "close");
        refuse(request, response, new ApiException(ApiError.REQUEST_TOO_LARGE, String.valueOf(policy.maxBodyBytes())));
        return;
      }
      if (BodyReader.hasBody(request)) {
        BodyReader.start(this, request, response, policy.maxBodyBytes(), policy, this::refuse);
        return;
      }
      body = new byte[0];
    }
    String problem = problemFor(request, body);
    if (problem != null) {
      refuse(request, response, new ApiException(ApiError.BAD_REQUEST, problem));
      return;
    }
    String encoding = request.getHeader("Content-Encoding");
    if (body.length > 0 && encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
      // Inflated here (already checked to inflate within the limit), so the API reads a gzipped
      // form like any other, and the journal holds what was meant.
      body = plain(body, encoding);
      request = new WithoutContentEncoding(request);
    }
    if (!wellFormed(queryAsWireMockSplitsIt(request)) || (isForm(request) && !formDecodable(body))) {
      // WireMock would throw on this; the gateway answers it (InvalidParameter) without stubs.
      write(response, mock.handle(toRpcRequest(request, body)));
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** A reason WireMock could not read this request, or {@code null}. */
  private static String problemFor(HttpServletRequest request, byte[] body) {
    String encoding = request.getHeader("Content-Encoding");
    boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (gzip || (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
      if (!gunzipsWithin(body, MAX_BODY_BYTES)) {
        return "the body is not valid gzip, or inflates beyond " + MAX_BODY_BYTES + " bytes";
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
  private static byte[] plain(byte[] body, String encoding) {
    boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    if (!gzip && (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] inflated = readBounded(in, MAX_BODY_BYTES);
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

  /** Answers a refused request with the API's envelope, logged like any call. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, ApiException e) throws IOException {
    write(response, mock.refuse(toRpcRequest(request, new byte[0]), e));
  }

  static void write(HttpServletResponse response, ApiResponse r) throws IOException {
    response.setStatus(r.status());
    response.setContentType(r.contentType());
    response.setHeader("x-acs-request-id", r.requestId());
    byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  static RpcRequest toRpcRequest(HttpServletRequest request, byte[] body) {
    String query = request.getQueryString();
    RpcRequest.Builder b =
        RpcRequest.builder(request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query))
            .body(body)
            .clientIp(request.getRemoteAddr());
    for (String name : Collections.list(request.getHeaderNames())) {
      b.header(name, request.getHeader(name));
    }
    return b.build();
  }

  /** The request without its {@code Content-Encoding}, its body being inflated already. */
  private static final class WithoutContentEncoding extends HttpServletRequestWrapper {
    WithoutContentEncoding(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaders(String name) {
      return "Content-Encoding".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaderNames() {
      java.util.List<String> names = new java.util.ArrayList<>();
      for (String n : Collections.list(super.getHeaderNames())) {
        if (!"Content-Encoding".equalsIgnoreCase(n)) {
          names.add(n);
        }
      }
      return Collections.enumeration(names);
    }
  }

  /** The request with its body already read, served again from memory to WireMock. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }
}
