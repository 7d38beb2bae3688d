package dev.aliyunmock.contract.targets;

import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.world.ScenarioWorld;
import java.net.URI;
import java.util.Map;

/**
 * A server with the mock's admin API: each execution loads its own world under fresh ids (accounts
 * included, so the server's credentials are the suite's own), on top of whatever the server holds.
 */
abstract class SeedingTarget implements Target {
  private final URI base;
  private final AdminApi admin;
  private final IdFactory ids = new IdFactory();

  SeedingTarget(URI base) {
    this.base = base;
    this.admin = new AdminApi(base);
  }

  AdminApi admin() {
    return admin;
  }

  @Override
  public URI endpoint(Dialect dialect) {
    return base;
  }

  @Override
  public boolean seeds() {
    return true;
  }

  @Override
  public Env prepare(ScenarioWorld world, Map<String, String> resources) {
    IdFactory.Generated names = ids.next();
    admin.loadFixtures(world.toFixture(names));
    return new Env(names, ScenarioWorld.HOME, names.token(), this);
  }
}
