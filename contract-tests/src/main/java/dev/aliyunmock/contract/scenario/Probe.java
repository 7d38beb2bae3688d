package dev.aliyunmock.contract.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aliyunmock.contract.http.Body;
import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.http.RawClient;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.table.Format;
import dev.aliyunmock.contract.targets.Env;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How follow-up checks look at the state after a call: DescribeRouterInterfaces as the caller, in
 * the row's dialect, JSON, over raw HTTP.
 */
public final class Probe {
  /**
   * How many polls a transition may take: the mock's default mode ends one at the read after the
   * first sighting (docs/reference/transitions.md); a real service may need a few more.
   */
  public static final int MAX_POLLS = 10;

  private final RawClient raw;
  private final Env env;
  private final Dialect dialect;

  Probe(RawClient raw, Env env, Dialect dialect) {
    this.raw = raw;
    this.env = env;
    this.dialect = dialect == Dialect.NONE ? Dialect.VPC : dialect;
  }

  /** The router interfaces of the caller's region with these ids, by id (absent ones missing). */
  public Map<String, JsonNode> describe(String... ids) {
    RpcCall call =
        RpcCall.of("DescribeRouterInterfaces")
            .param("RegionId", env.region())
            .param("Filter.1.Key", "RouterInterfaceId")
            .format(Format.JSON)
            .defaultVersion(dialect.version())
            .defaultCredentials(env.caller());
    for (int i = 0; i < ids.length; i++) {
      call.param("Filter.1.Value." + (i + 1), ids[i]);
    }
    Observation o = raw.send(call, env.endpoint(dialect));
    if (o.status() != 200) {
      throw new IllegalStateException("the follow-up DescribeRouterInterfaces failed: " + o.status() + " " + o.text());
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode item : items(o.body())) {
      out.put(item.path("RouterInterfaceId").asText(), item);
    }
    return out;
  }

  /** The items of a DescribeRouterInterfaces body: RouterInterfaceSet.RouterInterfaceType[…]. */
  public static List<JsonNode> items(Body body) {
    List<JsonNode> out = new ArrayList<>();
    if (body.tree() == null) {
      return out;
    }
    JsonNode list = body.tree().path("RouterInterfaceSet").path("RouterInterfaceType");
    if (list.isArray()) {
      list.forEach(out::add);
    } else if (list.isObject()) {
      out.add(list);
    }
    return out;
  }

  /**
   * Checks an asynchronous transition (docs/reference/transitions.md): the first look shows each
   * interface in its transient status, and within {@link #MAX_POLLS} looks all are in the final one.
   *
   * @param transients the status each interface must show first, by logical name
   * @return the interfaces as last seen, by logical name
   */
  public Map<String, JsonNode> expectTransition(
      Map<String, String> transients, String finalStatus, List<String> problems) {
    String[] ids = transients.keySet().stream().map(env::ri).toArray(String[]::new);
    Map<String, JsonNode> seen = describe(ids);
    for (Map.Entry<String, String> t : transients.entrySet()) {
      JsonNode n = seen.get(env.ri(t.getKey()));
      String actual = n == null ? "(absent)" : n.path("Status").asText();
      if (!actual.equals(t.getValue())) {
        problems.add("right after the call, " + t.getKey() + " is " + actual + ", expected the transient "
            + t.getValue() + " (a poller sees the transient state at least once)");
      }
    }
    for (int poll = 1; poll <= MAX_POLLS; poll++) {
      boolean done = true;
      for (String name : transients.keySet()) {
        JsonNode n = seen.get(env.ri(name));
        done &= n != null && n.path("Status").asText().equals(finalStatus);
      }
      if (done) {
        return byName(transients, seen);
      }
      seen = describe(ids);
    }
    problems.add("after " + MAX_POLLS + " polls the interfaces are not all " + finalStatus + ": " + statuses(seen));
    return byName(transients, seen);
  }

  private Map<String, JsonNode> byName(Map<String, String> names, Map<String, JsonNode> seen) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    names.keySet().forEach(n -> {
      if (seen.containsKey(env.ri(n))) {
        out.put(n, seen.get(env.ri(n)));
      }
    });
    return out;
  }

  private static Map<String, String> statuses(Map<String, JsonNode> seen) {
    Map<String, String> out = new LinkedHashMap<>();
    seen.forEach((id, n) -> out.put(id, n.path("Status").asText()));
    return out;
  }

  /**
   * Any read as the caller, in the row's dialect, answered in JSON: its body's tree. A refusal
   * fails the follow-up (it is a setup problem, not the row's).
   */
  public JsonNode read(RpcCall call) {
    RpcCall c = call.format(Format.JSON).defaultVersion(dialect.version()).defaultCredentials(env.caller());
    Observation o = raw.send(c, env.endpoint(dialect));
    if (o.status() != 200 || o.body().tree() == null) {
      throw new IllegalStateException("the follow-up " + call.action() + " failed: " + o.status() + " " + o.text());
    }
    return o.body().tree();
  }

  /** A look at one resource's status, or {@code null} when it is not listed. */
  @FunctionalInterface
  public interface Look {
    String status();
  }

  /**
   * Checks an asynchronous status as a poller sees it: the first look shows {@code first}, and
   * within {@link #MAX_POLLS} looks it is {@code last} ({@code null}: gone).
   */
  public void expectStatuses(Look look, String first, String last, List<String> problems) {
    String seen = look.status();
    if (!Objects.equals(seen, first)) {
      problems.add("right after the call the status is " + seen + ", expected the transient " + first);
    }
    for (int poll = 1; poll <= MAX_POLLS && !Objects.equals(seen, last); poll++) {
      seen = look.status();
    }
    if (!Objects.equals(seen, last)) {
      problems.add("after " + MAX_POLLS + " polls the status is " + seen + ", expected " + (last == null ? "gone" : last));
    }
  }

  /**
   * The items of a list the API nests as {@code {"Outer": {"Inner": [...]}}}; read from XML, one
   * item comes unwrapped (an object, or the text of a list of strings).
   */
  public static List<JsonNode> items(JsonNode tree, String outer, String inner) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode list = tree == null ? null : tree.path(outer).path(inner);
    if (list != null && list.isArray()) {
      list.forEach(out::add);
    } else if (list != null && (list.isObject() || list.isValueNode())) {
      out.add(list);
    }
    return out;
  }
}
