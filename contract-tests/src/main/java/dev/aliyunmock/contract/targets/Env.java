package dev.aliyunmock.contract.targets;

import dev.aliyunmock.contract.http.Credentials;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.world.Names;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.net.URI;

/**
 * One execution's view of its target: the ids its logical names stand for, the caller, the home
 * region, and a token unique to the execution (for nonces and ids nothing has).
 */
public final class Env implements Names {
  private final Names names;
  private final String region;
  private final String token;
  private final Target target;

  Env(Names names, String region, String token, Target target) {
    this.names = names;
    this.region = region;
    this.token = token;
    this.target = target;
  }

  /**
   * An environment for inspecting scenarios without a server (the coverage test builds every call
   * with one).
   */
  public static Env offline(Target target) {
    IdFactory.Generated names = new IdFactory().next();
    return new Env(names, ScenarioWorld.HOME, names.token(), target);
  }

  @Override
  public String ri(String name) {
    return names.ri(name);
  }

  @Override
  public String router(String name) {
    return names.router(name);
  }

  @Override
  public String vpc(String name) {
    return names.vpc(name);
  }

  @Override
  public String vSwitch(String name) {
    return names.vSwitch(name);
  }

  @Override
  public String routeTable(String name) {
    return names.routeTable(name);
  }

  @Override
  public String routeEntry(String name) {
    return names.routeEntry(name);
  }

  @Override
  public String owner(String name) {
    return names.owner(name);
  }

  @Override
  public Credentials credentials(String account) {
    return names.credentials(account);
  }

  /** The caller's credentials (account {@value ScenarioWorld#CALLER}). */
  public Credentials caller() {
    return names.credentials(ScenarioWorld.CALLER);
  }

  /** The region the caller's resources are in. */
  public String region() {
    return region;
  }

  /** Unique to this execution. */
  public String token() {
    return token;
  }

  public URI endpoint(Dialect dialect) {
    return target.endpoint(dialect);
  }
}
