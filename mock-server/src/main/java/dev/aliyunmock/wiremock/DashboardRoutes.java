package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.overview.Overview;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The admin routes of the dashboard ({@code docs/dashboard.md}): the page and its assets, served
 * from the jar, and the two JSON views it reads, which any client may read too:
 *
 * <ul>
 *   <li>{@code GET /__admin/aliyun/ui}: the page; {@code /__admin/aliyun/ui/{file}}: its script,
 *       style sheet and icon; {@code GET /__admin/aliyun}: a redirect to the page;
 *   <li>{@code GET /__admin/aliyun/calls?since=N&limit=M}: the recent calls after N;
 *   <li>{@code GET /__admin/aliyun/overview?q=TEXT&limit=M}: the world at a glance.
 * </ul>
 *
 * Behind the {@link AdminGuard} like every admin route ({@code --admin-auth}, Host and Origin
 * checks). The page and its assets carry a Content-Security-Policy that allows nothing but the
 * mock itself, no inline script or style, and no framing.
 */
final class DashboardRoutes {
  /** Allows the page's own script, style sheet, icon and fetches, and nothing else. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
          + " object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final String ASSETS = "/dev/aliyunmock/dashboard/";

  /** The files under {@code ui/}, with their content types. */
  private static final Map<String, String> FILES =
      Map.of(
          "dashboard.js", "text/javascript;charset=utf-8",
          "dashboard.css", "text/css;charset=utf-8",
          "favicon.svg", "image/svg+xml");

  private final AliyunMock mock;
  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  DashboardRoutes(AliyunMock mock) {
    this.mock = mock;
  }

  /** Adds the routes; each task its own lambda (WireMock tells routes apart by their task's class). */
  void contribute(Router router) {
    router.add(RequestMethod.GET, Route.ROOT.pathUnderPrefix(), (admin, event, params) -> toDashboard());
    router.add(RequestMethod.GET, Route.ROOT.pathUnderPrefix() + "/", (admin, event, params) -> toDashboard());
    router.add(RequestMethod.GET, Route.DASHBOARD.pathUnderPrefix() + "/", (admin, event, params) -> toDashboard());
    router.add(RequestMethod.GET, Route.DASHBOARD.pathUnderPrefix(), (admin, event, params) -> page("index.html", "text/html;charset=utf-8"));
    router.add(
        RequestMethod.GET,
        Route.DASHBOARD_ASSET.pathUnderPrefix(),
        (admin, event, params) -> {
          String file = params.get("file");
          String type = file == null ? null : FILES.get(file);
          return type == null ? AdminRoutes.json(404, "{\"" + Fields.MESSAGE + "\":\"no such file of the dashboard\"}") : page(file, type);
        });
    router.add(RequestMethod.GET, Route.CALLS.pathUnderPrefix(), (admin, event, params) -> calls(event));
    router.add(RequestMethod.GET, Route.OVERVIEW.pathUnderPrefix(), (admin, event, params) -> overview(event));
  }

  private static ResponseDefinition toDashboard() {
    return new ResponseDefinitionBuilder()
        .withStatus(303)
        .withHeader("Location", Route.DASHBOARD.path())
        .withHeader("Cache-Control", "no-store")
        .build();
  }

  private ResponseDefinition page(String file, String contentType) {
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", contentType)
        .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cache-Control", "no-store")
        .withBody(loaded.computeIfAbsent(file, DashboardRoutes::read))
        .build();
  }

  private static byte[] read(String file) {
    try (InputStream in = DashboardRoutes.class.getResourceAsStream(ASSETS + file)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the dashboard's " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ResponseDefinition calls(ServeEvent event) {
    try {
      long since = number(event, Fields.SINCE, 0);
      long limit = number(event, Fields.LIMIT, Integer.MAX_VALUE);
      return json(JsonValues.write(mock.calls().since(since, (int) Math.min(limit, Integer.MAX_VALUE)).toJsonValue()));
    } catch (IllegalArgumentException e) {
      return AdminRoutes.json(400, JsonValues.write(Map.of(Fields.MESSAGE, e.getMessage())));
    }
  }

  private ResponseDefinition overview(ServeEvent event) {
    try {
      int limit = (int) Math.min(number(event, Fields.LIMIT, Overview.DEFAULT_LIMIT), Overview.MAX_LIMIT);
      QueryParameter q = event.getRequest().queryParameter(Fields.QUERY);
      String query = q != null && q.isPresent() ? q.firstValue() : null;
      return json(JsonValues.write(Overview.of(mock, query, limit)));
    } catch (IllegalArgumentException e) {
      return AdminRoutes.json(400, JsonValues.write(Map.of(Fields.MESSAGE, e.getMessage())));
    }
  }

  /** A whole, non-negative query parameter, or {@code otherwise} when absent. */
  private static long number(ServeEvent event, String name, long otherwise) {
    QueryParameter p = event.getRequest().queryParameter(name);
    if (p == null || !p.isPresent()) {
      return otherwise;
    }
    try {
      long v = Long.parseLong(p.firstValue());
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, 0 or more");
    }
  }

  private static ResponseDefinition json(String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "application/json;charset=utf-8")
        .withHeader("Cache-Control", "no-store")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withBody(body)
        .build();
  }
}
