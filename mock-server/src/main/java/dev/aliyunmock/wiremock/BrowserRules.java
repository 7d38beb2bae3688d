package dev.aliyunmock.wiremock;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Which browser requests the mock answers. A web page the developer happens to open must not
 * drive the mock: a request from another origin (its {@code Origin}, or {@code Sec-Fetch-Site:
 * cross-site/same-site} without one) is refused unless the origin is allowed, and a request whose
 * {@code Host} is a name other than a loopback name or an IP literal (a DNS-rebinding page) is
 * refused unless the name is allowed. SDKs and command-line clients send neither {@code Origin}
 * nor {@code Sec-Fetch-*}.
 */
final class BrowserRules {
  private final List<String> allowedHosts;
  private final List<String> allowedOrigins;

  BrowserRules(HttpPolicy policy) {
    this.allowedHosts = policy.allowedHosts();
    this.allowedOrigins = policy.allowedOrigins();
  }

  /** Whether the request comes from a browser: it carries {@code Origin} or {@code Sec-Fetch-*}. */
  static boolean fromBrowser(HttpServletRequest request) {
    return request.getHeader("Origin") != null
        || request.getHeader("Sec-Fetch-Site") != null
        || request.getHeader("Sec-Fetch-Mode") != null;
  }

  /**
   * Whether the {@code Host} header names this machine safely: absent (HTTP/1.0), an IP literal,
   * {@code localhost} or {@code *.localhost}, or an allowed name.
   */
  boolean hostAllowed(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank() || allowedHosts.contains("*")) {
      return true;
    }
    String host = hostOf(hostHeader.trim().toLowerCase(Locale.ROOT));
    return host.startsWith("[")
        || host.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        || host.equals("localhost")
        || host.endsWith(".localhost")
        || allowedHosts.contains(host);
  }

  /** The host of a {@code host[:port]} or {@code [v6][:port]} authority. */
  private static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      return end < 0 ? authority : authority.substring(0, end + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /**
   * The origin this request is refused for, or {@code null} when it may be answered: no browser
   * origin at all, its own origin (same scheme-less authority as {@code Host}), or an allowed one.
   */
  String refusedOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      String site = request.getHeader("Sec-Fetch-Site");
      boolean foreign = site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"));
      return foreign && !allowedOrigins.contains("*") ? "(another site)" : null;
    }
    String o = origin.trim().toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains("*") || allowedOrigins.contains(o)) {
      return null;
    }
    return sameOrigin(o, request.getHeader("Host"), request.getScheme()) ? null : origin;
  }

  /** Whether the origin was allowed by name (so it is told so with CORS headers). */
  boolean explicitlyAllowed(String origin) {
    return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin.trim().toLowerCase(Locale.ROOT)));
  }

  private static boolean sameOrigin(String origin, String hostHeader, String scheme) {
    if (hostHeader == null || origin.equals("null")) {
      return false;
    }
    try {
      URI u = URI.create(origin);
      if (u.getScheme() == null || u.getHost() == null || !u.getScheme().equalsIgnoreCase(scheme)) {
        return false;
      }
      int port = u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
      String host = hostHeader.trim().toLowerCase(Locale.ROOT);
      String defaultPort = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
      String withPort = host.startsWith("[") ? (host.endsWith("]") ? host + defaultPort : host)
          : host.contains(":") ? host : host + defaultPort;
      return withPort.equals(u.getHost().toLowerCase(Locale.ROOT) + ":" + port);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A CORS preflight: {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}. */
  static boolean preflight(HttpServletRequest request) {
    return "OPTIONS".equalsIgnoreCase(request.getMethod())
        && request.getHeader("Origin") != null
        && request.getHeader("Access-Control-Request-Method") != null;
  }

  /** Tells an explicitly allowed origin it may read the answer (and send credentials). */
  void allowOrigin(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    if (explicitlyAllowed(origin)) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Allow-Credentials", "true");
      response.addHeader("Vary", "Origin");
    }
  }

  /** Answers a preflight of an allowed origin: 204 with what it may send. */
  void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
    allowOrigin(request, response);
    response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
    String headers = request.getHeader("Access-Control-Request-Headers");
    if (headers != null) {
      response.setHeader("Access-Control-Allow-Headers", headers);
    }
    response.setHeader("Access-Control-Max-Age", "600");
    response.setStatus(204);
  }
}
