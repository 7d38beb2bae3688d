package dev.aliyunmock.contract.scenario;

import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.targets.Env;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One way to provoke a documented row: a world, the call, and checks of what follows. The answer
 * itself (status, code, message, envelope) is checked against the row, never stated here.
 *
 * <pre>{@code
 * Scenario.of("ConnectRouterInterface/VPC/IncorrectRIStatus", "an initiator that is Active")
 *     .world(() -> ScenarioWorld.pair().with(w -> w.ri("init").set("Status", "Active")))
 *     .call(e -> Calls.connect(e, "init"));
 * }</pre>
 */
public final class Scenario {
  /** A check of the state after the call (a transition, a changed field); adds its problems. */
  @FunctionalInterface
  public interface FollowUp {
    void check(Env env, Probe probe, Observation observation, List<String> problems);
  }

  private final String rowId;
  private final String name;
  private Supplier<ScenarioWorld> world = ScenarioWorld::caller;
  private Function<Env, RpcCall> call;
  private final List<Function<Env, RpcCall>> before = new ArrayList<>();
  private FollowUp after = (env, probe, observation, problems) -> {};
  private final Map<String, String> resources = new LinkedHashMap<>();
  private boolean rawOnly;

  private Scenario(String rowId, String name) {
    this.rowId = rowId;
    this.name = name;
  }

  /** A scenario of a row; {@code name} says what makes it provoke the row. */
  public static Scenario of(String rowId, String name) {
    return new Scenario(rowId, name);
  }

  /** The world the call needs (default: only the caller's account). */
  public Scenario world(Supplier<ScenarioWorld> world) {
    this.world = Objects.requireNonNull(world);
    return this;
  }

  /** The call that provokes the row. */
  public Scenario call(Function<Env, RpcCall> call) {
    this.call = Objects.requireNonNull(call);
    return this;
  }

  /** A call that must succeed first (e.g. the request whose nonce is then reused); sent raw. */
  public Scenario before(Function<Env, RpcCall> step) {
    before.add(step);
    return this;
  }

  /** Checks of what follows a successful call. */
  public Scenario after(FollowUp followUp) {
    this.after = Objects.requireNonNull(followUp);
    return this;
  }

  /**
   * Lets a target that cannot seed (the real cloud) run this scenario with a router interface id
   * from an environment variable instead of the world's {@code name}.
   */
  public Scenario onAliyun(String name, String variable) {
    resources.put(name, variable);
    return this;
  }

  /** Only the raw client: the SDK cannot send it, or it adds nothing there. */
  public Scenario rawOnly() {
    this.rawOnly = true;
    return this;
  }

  public String rowId() {
    return rowId;
  }

  public String name() {
    return name;
  }

  /** A fresh world for one execution. */
  public ScenarioWorld world() {
    return world.get();
  }

  /** The call in one execution's ids. */
  public RpcCall call(Env env) {
    return Objects.requireNonNull(call, () -> "scenario " + this + " has no call").apply(env);
  }

  public List<Function<Env, RpcCall>> before() {
    return Collections.unmodifiableList(before);
  }

  public FollowUp after() {
    return after;
  }

  public Map<String, String> resources() {
    return Collections.unmodifiableMap(resources);
  }

  /** The clients this scenario runs with. */
  public Set<Client> clients() {
    return rawOnly ? EnumSet.of(Client.RAW) : EnumSet.allOf(Client.class);
  }

  @Override
  public String toString() {
    return rowId + ": " + name;
  }
}
