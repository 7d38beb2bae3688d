package dev.aliyunmock.wiremock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.model.FixtureException;
import dev.aliyunmock.model.TransitionMode;
import dev.aliyunmock.model.Transitions;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The admin API of DECISIONS.md §5, beside WireMock's own under {@code /__admin}:
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

  void contribute(Router router) {
    router.add(RequestMethod.GET, "/aliyun/state", (admin, event, params) -> json(200, mock.stateJson()));
    router.add(RequestMethod.POST, "/aliyun/fixtures", (admin, event, params) -> loadFixtures(event));
    router.add(
        RequestMethod.POST,
        "/aliyun/reset",
        (admin, event, params) -> {
          mock.reset();
          return json(200, "{\"reset\":true}");
        });
    router.add(RequestMethod.GET, "/aliyun/transitions", (admin, event, params) -> transitions());
    router.add(RequestMethod.POST, "/aliyun/transitions/complete", (admin, event, params) -> complete(event));
    router.add(RequestMethod.POST, "/aliyun/transitions/mode", (admin, event, params) -> mode(event));
    router.add(RequestMethod.POST, "/aliyun/clock/advance", (admin, event, params) -> advance(event));
  }

  private ResponseDefinition loadFixtures(ServeEvent event) {
    try {
      mock.loadFixtures(event.getRequest().getBodyAsString());
      return json(200, "{\"loaded\":true}");
    } catch (FixtureException e) {
      return error(400, e.getMessage());
    }
  }

  private ResponseDefinition transitions() {
    Transitions t = mock.transitions();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("DefaultMode", t.defaultMode().toString());
    ArrayNode pending = out.putArray("Pending");
    for (Transitions.Pending p : t.pending()) {
      ObjectNode n = pending.addObject();
      n.put("Kind", p.kind());
      ArrayNode ids = n.putArray("RouterInterfaceIds");
      p.routerInterfaceIds().forEach(ids::add);
      n.put("Mode", p.mode());
      if (p.pollsLeft() != null) {
        n.put("PollsLeft", p.pollsLeft());
      }
      if (p.dueAt() != null) {
        n.put("DueAt", p.dueAt().toString());
      }
    }
    return json(200, out.toString());
  }

  private ResponseDefinition complete(ServeEvent event) {
    JsonNode body;
    try {
      body = body(event);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
    String id = text(body, "RouterInterfaceId");
    if (id == null) {
      return json(200, "{\"completed\":" + mock.transitions().completeAll() + "}");
    }
    return mock.transitions().complete(id)
        ? json(200, "{\"completed\":1}")
        : error(404, "no transition under way for " + id);
  }

  private ResponseDefinition mode(ServeEvent event) {
    try {
      JsonNode body = body(event);
      String mode = text(body, "Mode");
      if (mode == null) {
        return error(400, "Mode is required (poll, poll:N, after:DURATION or manual)");
      }
      TransitionMode m = TransitionMode.parse(mode);
      String id = text(body, "RouterInterfaceId");
      if (id == null) {
        mock.transitions().setDefaultMode(m);
      } else {
        mock.transitions().setMode(id, m);
      }
      return json(200, "{\"mode\":\"" + m + "\"}");
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private ResponseDefinition advance(ServeEvent event) {
    try {
      String d = text(body(event), "Duration");
      if (d == null) {
        return error(400, "Duration is required, e.g. PT30S");
      }
      mock.transitions().advance(Duration.parse(d));
      return json(200, "{\"advanced\":\"" + d + "\"}");
    } catch (DateTimeParseException e) {
      return error(400, "Duration must be ISO-8601, e.g. PT30S");
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
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
    n.put("message", message);
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
