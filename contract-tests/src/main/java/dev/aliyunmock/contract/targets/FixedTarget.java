package dev.aliyunmock.contract.targets;

import dev.aliyunmock.contract.http.Credentials;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.world.Names;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;

/**
 * A server the suite cannot seed: the real Alibaba Cloud ({@link #aliyun(Map)}), or any endpoint
 * given fixed credentials. Scenarios that need no world run with the given caller; scenarios that
 * name router interfaces run only if environment variables give their ids; the rest are skipped
 * with the reason.
 */
public final class FixedTarget implements Target {
  /** AccessKeyId of the real account (the variable the Alibaba Cloud CLI and SDKs read). */
  public static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  /** Its AccessKeySecret. */
  public static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  /** The region of the scenarios (default cn-hangzhou). */
  public static final String REGION = "ALIYUN_CT_REGION";
  /** The VPC API endpoint (default https://vpc.aliyuncs.com). */
  public static final String VPC_ENDPOINT = "ALIYUN_CT_VPC_ENDPOINT";
  /** The ECS API endpoint, for Version 2014-05-26 (default https://ecs.aliyuncs.com). */
  public static final String ECS_ENDPOINT = "ALIYUN_CT_ECS_ENDPOINT";

  private final String description;
  private final Map<Dialect, URI> endpoints;
  private final Credentials caller;
  private final String region;
  private final Map<String, String> variables;
  private final IdFactory ids = new IdFactory();

  /**
   * @param endpoints the base URL per dialect; {@link Dialect#NONE} falls back to VPC's
   * @param variables the environment the scenarios' resource ids are read from
   */
  public FixedTarget(
      String description, Map<Dialect, URI> endpoints, Credentials caller, String region, Map<String, String> variables) {
    this.description = description;
    this.endpoints = new EnumMap<>(endpoints);
    this.caller = Objects.requireNonNull(caller);
    this.region = region;
    this.variables = Map.copyOf(variables);
  }

  /** One endpoint for every dialect, no resource ids: a stub, say. */
  public static FixedTarget at(URI endpoint, Credentials caller, String region) {
    Map<Dialect, URI> all = new EnumMap<>(Dialect.class);
    for (Dialect d : Dialect.values()) {
      all.put(d, endpoint);
    }
    return new FixedTarget("a server at " + endpoint, all, caller, region, Map.of());
  }

  /** The real Alibaba Cloud, configured by environment variables (docs/contract-suite.md). */
  public static FixedTarget aliyun(Map<String, String> env) {
    String id = env.get(ACCESS_KEY_ID);
    String secret = env.get(ACCESS_KEY_SECRET);
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      throw new IllegalStateException(
          "-Dcontract.target=aliyun needs " + ACCESS_KEY_ID + " and " + ACCESS_KEY_SECRET + " in the environment");
    }
    Map<Dialect, URI> endpoints = new EnumMap<>(Dialect.class);
    endpoints.put(Dialect.VPC, URI.create(env.getOrDefault(VPC_ENDPOINT, "https://vpc.aliyuncs.com")));
    endpoints.put(Dialect.ECS, URI.create(env.getOrDefault(ECS_ENDPOINT, "https://ecs.aliyuncs.com")));
    endpoints.put(Dialect.NONE, endpoints.get(Dialect.VPC));
    return new FixedTarget(
        "Alibaba Cloud (-Dcontract.target=aliyun: VPC " + endpoints.get(Dialect.VPC) + ", ECS "
            + endpoints.get(Dialect.ECS) + ")",
        endpoints,
        new Credentials(id, secret),
        env.getOrDefault(REGION, ScenarioWorld.HOME),
        env);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public URI endpoint(Dialect dialect) {
    return endpoints.getOrDefault(dialect, endpoints.get(Dialect.VPC));
  }

  @Override
  public boolean seeds() {
    return false;
  }

  @Override
  public Env prepare(ScenarioWorld world, Map<String, String> resources) {
    Assumptions.assumeTrue(
        !world.needsSeeding() || !resources.isEmpty(),
        "needs a seeded world (fixtures only a mock loads); not run on " + description);
    Map<String, String> given = new HashMap<>();
    resources.forEach((name, variable) -> {
      String id = variables.get(variable);
      Assumptions.assumeTrue(id != null && !id.isBlank(), "set " + variable + " to run it on " + description);
      given.put(name, id);
    });
    IdFactory.Generated generated = ids.next();
    Names names = new Names() {
      @Override
      public String ri(String name) {
        return given.getOrDefault(name, generated.ri(name));
      }

      @Override
      public String router(String name) {
        return generated.router(name);
      }

      @Override
      public String vpc(String name) {
        return generated.vpc(name);
      }

      @Override
      public String vSwitch(String name) {
        return generated.vSwitch(name);
      }

      @Override
      public String routeTable(String name) {
        return generated.routeTable(name);
      }

      @Override
      public String routeEntry(String name) {
        return generated.routeEntry(name);
      }

      @Override
      public String owner(String name) {
        return generated.owner(name);
      }

      @Override
      public Credentials credentials(String account) {
        return account.equals(ScenarioWorld.CALLER) ? caller : generated.credentials(account.toLowerCase(Locale.ROOT));
      }
    };
    return new Env(names, region, generated.token(), this);
  }

  @Override
  public void close() {
    // nothing was started
  }
}
