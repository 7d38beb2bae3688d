package dev.aliyunmock.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.control.AdminApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * The door of the whole admin API ({@code /__admin}, WireMock's routes and {@code
 * /__admin/aliyun/*}), in this order:
 *
 * <ol>
 *   <li>{@code GET /__admin/health} is answered here, open to all and revealing nothing but
 *       {@code {"status":"healthy"}} (the readiness check passes with {@code --admin-auth});
 *   <li>a {@code Host} other than a loopback name, an IP literal or an allowed name (DNS
 *       rebinding) is refused with 403, and so is a browser request from another origin;
 *   <li>with admin credentials, a request without them is refused with 401 and {@code
 *       WWW-Authenticate} before any of its body is read (the scheme is case-insensitive);
 *   <li>a body must be JSON ({@code application/json} or {@code +json}); WireMock's own client
 *       sends {@code text/plain}, accepted only from a client that is not a browser;
 *   <li>the body is read without holding a thread, within {@link HttpPolicy#maxAdminBodyBytes}, a
 *       deadline and a minimum rate; WireMock's own routes must get a JSON object.
 * </ol>
 *
 * Refusals are JSON {@code {"message": "…"}}, as the admin API's own.
 */
final class AdminGuard implements Filter {
  private static final String HEALTH = AdminApi.Route.HEALTH.path();
  private static final String ALIYUN = AdminApi.PREFIX + "/aliyun/";

  /** Made on first use of a body check. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final Authenticator authenticator;
  private final HttpPolicy policy;
  private final BrowserRules browsers;

  AdminGuard(Authenticator authenticator, HttpPolicy policy) {
    this.authenticator = authenticator;
    this.policy = policy;
    this.browsers = new BrowserRules(policy);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    byte[] body = BodyReader.body(request);
    if (body == null) {
      if (HEALTH.equals(request.getRequestURI()) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
        answer(response, 200, "{\"status\":\"healthy\"}");
        return;
      }
      if (!browsers.hostAllowed(request.getHeader("Host"))) {
        refuse(response, 403, "the admin API does not answer the host name in Host; allow it with --allowed-hosts");
        return;
      }
      if (browsers.refusedOrigin(request) != null) {
        refuse(response, 403, "the admin API does not answer browser requests from another origin;"
            + " allow the origin with --allowed-origins");
        return;
      }
      if (BrowserRules.preflight(request)) {
        browsers.answerPreflight(request, response);
        return;
      }
      browsers.allowOrigin(request, response);
      if (!authenticated(request)) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"aliyun-mock\", charset=\"UTF-8\"");
        refuse(response, 401, "admin credentials required");
        return;
      }
      if (BodyReader.hasBody(request)) {
        String problem = contentTypeProblem(request);
        if (problem != null) {
          refuse(response, 415, problem);
          return;
        }
        if (request.getContentLengthLong() > policy.maxAdminBodyBytes()) {
          response.setHeader("Connection", "close");
          refuse(response, 413, "the body is larger than " + policy.maxAdminBodyBytes() + " bytes");
          return;
        }
        BodyReader.start(this, request, response, policy.maxAdminBodyBytes(), policy, AdminGuard::refuse);
        return;
      }
      body = new byte[0];
    }
    if (body.length > 0 && !request.getRequestURI().startsWith(ALIYUN)) {
      String problem = wireMockBodyProblem(request.getRequestURI(), body);
      if (problem != null) {
        refuse(response, 400, problem);
        return;
      }
    }
    chain.doFilter(new AdminRequest(request, body), response);
  }

  /** Whether the request carries the admin credentials (always, when none are configured). */
  private boolean authenticated(HttpServletRequest request) {
    if (authenticator == null || authenticator instanceof NoAuthenticator) {
      return true;
    }
    ImmutableRequest.Builder r =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://localhost" + request.getRequestURI())
            .withMethod(RequestMethod.fromString(request.getMethod()));
    for (String name : Collections.list(request.getHeaderNames())) {
      String value = request.getHeader(name);
      r.withHeader(name, name.equalsIgnoreCase("Authorization") ? canonicalScheme(value) : value);
    }
    try {
      return authenticator.authenticate(r.build());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** {@code basic xyz} as {@code Basic xyz}: the scheme is case-insensitive (RFC 9110 §11.1). */
  static String canonicalScheme(String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return "Basic " + authorization.substring(6).trim();
    }
    return authorization;
  }

  /** Why the body's Content-Type is refused, or {@code null}. */
  private static String contentTypeProblem(HttpServletRequest request) {
    String type = request.getContentType();
    String mime = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (mime.equals("application/json") || mime.endsWith("+json")) {
      return null;
    }
    boolean wireMockRoute = !request.getRequestURI().startsWith(ALIYUN);
    if (wireMockRoute && mime.equals("text/plain") && !BrowserRules.fromBrowser(request)) {
      return null; // WireMock's Java client sends its JSON as text/plain
    }
    return "an admin request body must be JSON (Content-Type: application/json), not '" + (type == null ? "" : type) + "'";
  }

  /** WireMock's routes answer 500 to a body that is not a JSON object (null, a number): refused here. */
  private static String wireMockBodyProblem(String path, byte[] body) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return "the body is not valid JSON";
    }
    if (node == null || !node.isObject()) {
      return "the body must be a JSON object";
    }
    if (path.equals(AdminApi.PREFIX + "/settings")) {
      JsonNode delay = node.get("fixedDelay");
      if (delay != null && !delay.isNull() && !(delay.canConvertToInt() && delay.asInt() >= 0 && delay.asInt() <= 600_000)) {
        return "fixedDelay must be a whole number of milliseconds from 0 to 600000";
      }
    }
    return null;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, ApiException e) throws IOException {
    refuse(response, e.httpStatus(), e.message(dev.aliyunmock.api.Dialect.VPC));
  }

  static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put(AdminApi.Fields.MESSAGE, message);
    answer(response, status, n.toString());
  }

  private static void answer(HttpServletResponse response, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("application/json;charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** The admin request with its body already read and its Authorization scheme canonical. */
  private static final class AdminRequest extends ReplayedRequest.CachedBody {
    AdminRequest(HttpServletRequest request, byte[] body) {
      super(request, body);
    }

    @Override
    public String getHeader(String name) {
      String v = super.getHeader(name);
      return "Authorization".equalsIgnoreCase(name) ? canonicalScheme(v) : v;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!"Authorization".equalsIgnoreCase(name)) {
        return super.getHeaders(name);
      }
      java.util.List<String> values = new java.util.ArrayList<>();
      for (String v : Collections.list(super.getHeaders(name))) {
        values.add(canonicalScheme(v));
      }
      return Collections.enumeration(values);
    }
  }
}
