package dev.aliyunmock.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.JsonValues;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.overview.Overview;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API (README, "Admin API"), beside WireMock's own under {@code /__admin}:
 *
 * <ul>
 *   <li>{@code GET /__admin/aliyun/state}: the world as a fixture document;
 *   <li>{@code POST /__admin/aliyun/fixtures}: load a fixture document, all or nothing (400 and
 *       the path-named message when refused);
 *   <li>{@code POST /__admin/aliyun/reset}: back to the world the server started with;
 *   <li>{@code GET /__admin/aliyun/transitions}: the default mode and the transitions under way;
 *   <li>{@code POST /__admin/aliyun/transitions/complete}: end all, or {@code
 *       {"RouterInterfaceId":"ri-…"}}'s;
 *   <li>{@code POST /__admin/aliyun/transitions/mode}: {@code {"Mode":"manual"}}, optionally with
 *       a {@code RouterInterfaceId};
 *   <li>{@code POST /__admin/aliyun/clock/advance}: {@code {"Duration":"PT30S"}}, ending the timed
 *       transitions now due.
 * </ul>
 */
final class AdminRoutes {
  /** Made on first use of an admin route, not when the server starts. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final AliyunMock mock;

  AdminRoutes(AliyunMock mock) {
    this.mock = mock;
  }

  /**
   * Adds the routes. Each task is its own lambda: WireMock finds a route's path template by the
   * class of its task, so tasks made at one call site would all share the last route's template.
   */
  void contribute(Router router) {
    router.add(method(Route.STATE), Route.STATE.pathUnderPrefix(), (admin, event, params) -> json(200, mock.stateJson()));
    router.add(method(Route.INFO), Route.INFO.pathUnderPrefix(), (admin, event, params) -> info());
    router.add(method(Route.FIXTURES), Route.FIXTURES.pathUnderPrefix(), (admin, event, params) -> loadFixtures(event));
    router.add(
        method(Route.RESET),
        Route.RESET.pathUnderPrefix(),
        (admin, event, params) -> {
          mock.reset();
          return json(200, JsonValues.write(Map.of(Fields.RESET, true)));
        });
    router.add(method(Route.TRANSITIONS), Route.TRANSITIONS.pathUnderPrefix(), (admin, event, params) -> transitions());
    router.add(
        method(Route.COMPLETE_TRANSITIONS), Route.COMPLETE_TRANSITIONS.pathUnderPrefix(), (admin, event, params) -> complete(event));
    router.add(method(Route.TRANSITION_MODE), Route.TRANSITION_MODE.pathUnderPrefix(), (admin, event, params) -> mode(event));
    router.add(method(Route.ADVANCE_CLOCK), Route.ADVANCE_CLOCK.pathUnderPrefix(), (admin, event, params) -> advance(event));
  }

  /** WireMock's admin router tells methods apart by its own constants. */
  private static RequestMethod method(Route route) {
    return route.method().equals("GET") ? RequestMethod.GET : RequestMethod.POST;
  }

  /** Who and what the mock is: version, the default account (the world's first), regions, auth. */
  private ResponseDefinition info() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(Fields.VERSION, AliyunMock.version());
    List<Account> accounts = mock.accounts();
    if (!accounts.isEmpty()) {
      Account a = accounts.get(0);
      Map<String, Object> account = new LinkedHashMap<>();
      account.put(Fields.OWNER_ID, a.ownerId());
      account.put(Fields.ACCESS_KEY_ID, a.accessKeyId());
      account.put(Fields.ACCESS_KEY_SECRET, a.accessKeySecret());
      out.put(Fields.DEFAULT_ACCOUNT, account);
    }
    out.put(Fields.REGIONS, mock.regions());
    out.put(Fields.AUTH, mock.authMode().name().toLowerCase(java.util.Locale.ROOT));
    return json(200, JsonValues.write(out));
  }

  private ResponseDefinition loadFixtures(ServeEvent event) {
    try {
      mock.loadFixtures(event.getRequest().getBodyAsString());
      return json(200, JsonValues.write(Map.of(Fields.LOADED, true)));
    } catch (FixtureException e) {
      return error(400, e.getMessage());
    }
  }

  private ResponseDefinition transitions() {
    Transitions t = mock.transitions();
    return json(200, JsonValues.write(Overview.transitions(t.defaultMode(), t.pending())));
  }

  private ResponseDefinition complete(ServeEvent event) {
    JsonNode body;
    try {
      body = body(event);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    String id = text(body, Fields.ROUTER_INTERFACE_ID);
    if (id == null) {
      return json(200, JsonValues.write(Map.of(Fields.COMPLETED, mock.transitions().completeAll())));
    }
    return mock.transitions().complete(id)
        ? json(200, JsonValues.write(Map.of(Fields.COMPLETED, 1)))
        : error(404, "no transition under way for " + id);
  }

  private ResponseDefinition mode(ServeEvent event) {
    try {
      JsonNode body = body(event);
      String mode = text(body, Fields.MODE);
      if (mode == null) {
        return error(400, "Mode is required (poll, poll:N, after:DURATION or manual)");
      }
      TransitionMode m = TransitionMode.parse(mode);
      if (m instanceof TransitionMode.After after) {
        String problem = durationProblem(after.duration(), mock.world().clock().now());
        if (problem != null) {
          return error(400, "Mode after:DURATION: " + problem);
        }
      }
      String id = text(body, Fields.ROUTER_INTERFACE_ID);
      if (id == null) {
        mock.transitions().setDefaultMode(m);
      } else {
        mock.transitions().setMode(id, m);
      }
      return json(200, JsonValues.write(Map.of(Fields.MODE_SET, m.toString())));
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private ResponseDefinition advance(ServeEvent event) {
    try {
      String d = text(body(event), Fields.DURATION);
      if (d == null) {
        return error(400, "Duration is required, e.g. PT30S");
      }
      Duration duration = Duration.parse(d);
      String problem = durationProblem(duration, mock.world().clock().now());
      if (problem != null) {
        return error(400, "Duration: " + problem);
      }
      mock.transitions().advance(duration);
      return json(200, JsonValues.write(Map.of(Fields.ADVANCED, d)));
    } catch (DateTimeParseException e) {
      return error(400, "Duration must be ISO-8601, e.g. PT30S");
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  /** The latest time the world's clock may show: the API writes four-digit years. */
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * Why a duration cannot move the world's clock (or time a transition) from {@code now}, or
   * {@code null}: negative, or beyond {@link #LATEST}, where times overflow or no longer render.
   */
  static String durationProblem(Duration d, Instant now) {
    if (d.isNegative()) {
      return "must not be negative";
    }
    if (now.isAfter(LATEST) || d.compareTo(Duration.between(now, LATEST)) > 0) {
      return "must keep the world's clock at or before " + LATEST + " (it is " + now + ")";
    }
    return null;
  }

  private static JsonNode body(ServeEvent event) {
    String text = event.getRequest().getBodyAsString();
    if (text == null || text.isBlank()) {
      return Json.MAPPER.createObjectNode();
    }
    try {
      JsonNode n = Json.MAPPER.readTree(text);
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode body, String key) {
    JsonNode n = body.get(key);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static ResponseDefinition error(int status, String message) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put(Fields.MESSAGE, message);
    return json(status, n.toString());
  }

  static ResponseDefinition json(int status, String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "application/json;charset=utf-8")
        .withBody(body)
        .build();
  }
}
