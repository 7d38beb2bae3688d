package dev.aliyunmock.wiremock;

import dev.aliyunmock.control.AdminApi;
import java.io.IOException;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a person who opens the mock's address in a browser to the dashboard: a bare {@code GET /}
 * (no query) that is a browser's top-level navigation ({@code Sec-Fetch-Mode: navigate} and {@code
 * Sec-Fetch-Dest: document}, headers a browser sets itself and no page script can) is answered
 * with a redirect (303) to {@code /__admin/aliyun/ui}. Every other request, SDKs' and curl's
 * included (they send no {@code Sec-Fetch-*}), goes on to the API unchanged, which answers a bare
 * {@code GET /} with its error envelope as before.
 */
final class DashboardDoor implements Filter {
  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if (isNavigationToTheRoot(request)) {
      HttpServletResponse response = (HttpServletResponse) res;
      response.setStatus(303);
      response.setHeader("Location", AdminApi.Route.DASHBOARD.path());
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(0);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean isNavigationToTheRoot(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && "/".equals(request.getRequestURI())
        && request.getQueryString() == null
        && "navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))
        && "document".equalsIgnoreCase(request.getHeader("Sec-Fetch-Dest"));
  }
}
