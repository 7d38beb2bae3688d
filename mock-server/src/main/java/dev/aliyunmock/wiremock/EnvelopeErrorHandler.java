package dev.aliyunmock.wiremock;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages, replaced by the API's error envelope: whatever the HTTP layer refuses
 * (a URI it cannot parse, a request line or headers too large, an error inside the servlet
 * context) is answered in JSON with a code, never an HTML or plain-text page; and, like every
 * refusal, it appears in the call log.
 */
final class EnvelopeErrorHandler extends ErrorHandler {
  private final AliyunMock mock;
  /**
   * What was read of the request Jetty is refusing, handed over by the connection around its
   * call into {@link #badMessageError} (which Jetty gives only a status and a reason).
   */
  private final ThreadLocal<RpcRequest> refusing = new ThreadLocal<>();

  EnvelopeErrorHandler(AliyunMock mock) {
    this.mock = mock;
    setShowServlet(false);
    setShowStacks(false);
  }

  /** Runs {@code refusal} (Jetty's bad-message answer) knowing what was read of the request. */
  void refusing(RpcRequest request, Runnable refusal) {
    refusing.set(request);
    try {
      refusal.run();
    } finally {
      refusing.remove();
    }
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  /** Errors found while parsing, before any handler: status fixed by Jetty, body ours. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    RpcRequest request = refusing.get();
    // Nothing of the request line read: logged as a request of no method on "/".
    ApiResponse r = mock.refuse(request != null ? request : RpcRequest.builder("-", "/").build(), forStatus(status, reason));
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, r.contentType()));
    fields.put("x-acs-request-id", r.requestId());
    return ByteBuffer.wrap(r.body().getBytes(StandardCharsets.UTF_8));
  }

  /** Errors inside a context (sendError): the status stays, the page becomes an envelope. */
  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = response.getStatus();
    Object message = request.getAttribute("jakarta.servlet.error.message");
    ApiResponse r = mock.refuse(
        RequestGuard.toRpcRequest(request, new byte[0]), forStatus(status, message == null ? "" : String.valueOf(message)));
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    RequestGuard.write(response, r);
  }

  static ApiException forStatus(int status, String reason) {
    return switch (status) {
      case 404 -> new ApiException(ApiError.ACTION_NOT_FOUND);
      case 405 -> new ApiException(ApiError.UNSUPPORTED_HTTP_METHOD);
      case 408 -> new ApiException(ApiError.REQUEST_TIMEOUT, reason == null || reason.isEmpty() ? "timeout" : clean(reason));
      case 413 -> new ApiException(ApiError.REQUEST_TOO_LARGE, String.valueOf(HttpPolicy.MAX_BODY_BYTES));
      case 414 -> new ApiException(ApiError.URI_TOO_LONG);
      case 431 -> new ApiException(ApiError.HEADERS_TOO_LARGE);
      case 500, 503 -> new ApiException(ApiError.INTERNAL_ERROR);
      default -> new ApiException(ApiError.BAD_REQUEST, reason == null || reason.isEmpty() ? "bad request" : clean(reason));
    };
  }

  private static String clean(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 120; i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? ' ' : c);
    }
    return b.toString();
  }
}
