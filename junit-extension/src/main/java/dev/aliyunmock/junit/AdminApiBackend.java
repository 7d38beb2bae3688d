package dev.aliyunmock.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.AdminApi.Route;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mock reached over HTTP, such as one in a container: the state is read from {@code GET
 * /__admin/aliyun/state} (router interfaces by loading that document into a scratch mock), and
 * every change goes through the admin API ({@code /__admin/aliyun/*}, and WireMock's {@code POST
 * /__admin/reset}). What needs the server's objects fails with a message saying what to use.
 */
final class AdminApiBackend implements MockBackend {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String host;
  private final int port;
  private final String runsIn;
  private final HttpClient http;

  /**
   * @param runsIn where the mock runs, for messages, e.g. {@code "the container localhost/aliyun-mock:latest"}
   */
  AdminApiBackend(String host, int port, String runsIn) {
    this.host = Objects.requireNonNull(host);
    this.port = port;
    this.runsIn = Objects.requireNonNull(runsIn);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public String endpoint() {
    return host + ":" + port;
  }

  @Override
  public String baseUrl() {
    return "http://" + endpoint();
  }

  @Override
  public int port() {
    return port;
  }

  // ------------------------------------------------------------------ state

  @Override
  public List<Account> accounts() {
    return snapshot().accounts();
  }

  @Override
  public String regionId() {
    List<String> regions = snapshot().regions();
    return regions.isEmpty() ? "cn-hangzhou" : regions.get(0);
  }

  @Override
  public Optional<RouterInterface> routerInterface(String routerInterfaceId) {
    return snapshot().routerInterface(routerInterfaceId);
  }

  @Override
  public List<RouterInterface> routerInterfaces() {
    return snapshot().routerInterfaces();
  }

  @Override
  public String stateJson() {
    return send("GET", Route.STATE.path(), null).body();
  }

  /** The world as it is now, loaded into a mock of its own: a copy to read, not the mock. */
  private AliyunMock snapshot() {
    try {
      return AliyunMock.builder().fixtures(stateJson()).build();
    } catch (FixtureException e) {
      throw new IllegalStateException("the state of " + runsIn + " does not load back: " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ changes

  @Override
  public void loadFixtures(String json) {
    HttpResponse<String> r = send("POST", Route.FIXTURES.path(), json, 400);
    if (r.statusCode() == 400) {
      throw new IllegalArgumentException(message(r));
    }
  }

  @Override
  public void reset() {
    send("POST", Route.RESET.path(), "");
    send("POST", Route.WIREMOCK_RESET.path(), "");
  }

  @Override
  public int completeTransitions() {
    return read(send("POST", Route.COMPLETE_TRANSITIONS.path(), "{}")).path(Fields.COMPLETED).asInt();
  }

  @Override
  public boolean completeTransition(String routerInterfaceId) {
    ObjectNode body = JSON.createObjectNode().put(Fields.ROUTER_INTERFACE_ID, routerInterfaceId);
    return send("POST", Route.COMPLETE_TRANSITIONS.path(), body.toString(), 404).statusCode() == 200;
  }

  @Override
  public void advanceClock(Duration duration) {
    post400(Route.ADVANCE_CLOCK.path(), JSON.createObjectNode().put(Fields.DURATION, duration.toString()));
  }

  @Override
  public void transitionMode(TransitionMode mode) {
    post400(Route.TRANSITION_MODE.path(), JSON.createObjectNode().put(Fields.MODE, mode.toString()));
  }

  @Override
  public void transitionMode(String routerInterfaceId, TransitionMode mode) {
    post400(
        Route.TRANSITION_MODE.path(),
        JSON.createObjectNode().put(Fields.MODE, mode.toString()).put(Fields.ROUTER_INTERFACE_ID, routerInterfaceId));
  }

  @Override
  public List<Transitions.Pending> pendingTransitions() {
    List<Transitions.Pending> out = new ArrayList<>();
    for (JsonNode p : read(send("GET", Route.TRANSITIONS.path(), null)).path(Fields.PENDING)) {
      List<String> ids = new ArrayList<>();
      p.path(Fields.ROUTER_INTERFACE_IDS).forEach(id -> ids.add(id.asText()));
      out.add(
          new Transitions.Pending(
              p.path(Fields.KIND).asText(),
              List.copyOf(ids),
              p.path(Fields.MODE).asText(),
              p.hasNonNull(Fields.POLLS_LEFT) ? p.get(Fields.POLLS_LEFT).asInt() : null,
              p.hasNonNull(Fields.DUE_AT) ? Instant.parse(p.get(Fields.DUE_AT).asText()) : null));
    }
    return out;
  }

  @Override
  public Call.Page calls(long since) {
    String body = send("GET", Route.CALLS.path() + "?" + Fields.SINCE + "=" + Math.max(0, since), null).body();
    try {
      return Call.Page.fromJson(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(Route.CALLS.path() + " of " + runsIn + " answered no list of calls: " + body, e);
    }
  }

  @Override
  public WireMock newWireMockClient() {
    return new WireMock(host, port);
  }

  @Override
  public InProcessBackend inProcess(String what) {
    throw new UnsupportedOperationException(
        what + " needs the mock in this JVM, but this class runs it in " + runsIn
            + ": use the handle's other methods (state, fixtures, transitions, reset go through the admin API)"
            + " and wireMock(), a WireMock client of the container (stubFor/register, verifyThat, find)");
  }

  // ------------------------------------------------------------------ HTTP

  private void post400(String path, JsonNode body) {
    HttpResponse<String> r = send("POST", path, body.toString(), 400);
    if (r.statusCode() == 400) {
      throw new IllegalArgumentException(message(r));
    }
  }

  /** Sends a request; a status other than 200 or one of {@code alsoExpected} is an error. */
  private HttpResponse<String> send(String method, String path, String body, int... alsoExpected) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(TIMEOUT);
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " to " + runsIn + " (" + baseUrl() + ") failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path + " to " + runsIn, e);
    }
    if (r.statusCode() == 200) {
      return r;
    }
    for (int s : alsoExpected) {
      if (r.statusCode() == s) {
        return r;
      }
    }
    throw new IllegalStateException(method + " " + path + " to " + runsIn + " answered " + r.statusCode() + ": " + r.body());
  }

  private static JsonNode read(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the admin API answered no JSON: " + r.body(), e);
    }
  }

  /** The {@code message} of an admin error answer, or its body. */
  private static String message(HttpResponse<String> r) {
    try {
      JsonNode n = JSON.readTree(r.body());
      return n != null && n.hasNonNull(Fields.MESSAGE) ? n.get(Fields.MESSAGE).asText() : r.body();
    } catch (JsonProcessingException e) {
      return r.body();
    }
  }
}
