package dev.aliyunmock.wiremock;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
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
    String problem = UndigestibleRequests.problemFor(request, body);
    if (problem != null) {
      refuse(request, response, new ApiException(ApiError.BAD_REQUEST, problem));
      return;
    }
    String encoding = request.getHeader("Content-Encoding");
    if (body.length > 0 && encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
      // Inflated here (already checked to inflate within the limit), so the API reads a gzipped
      // form like any other, and the journal holds what was meant.
      body = UndigestibleRequests.plain(body, encoding);
      request = new ReplayedRequest.WithoutContentEncoding(request);
    }
    if (UndigestibleRequests.gatewayOnly(request, body)) {
      // WireMock would throw on this; the gateway answers it (InvalidParameter) without stubs.
      write(response, mock.handle(toRpcRequest(request, body)));
      return;
    }
    chain.doFilter(new ReplayedRequest.CachedBody(request, body), response);
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
}
