package dev.aliyunmock.router;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.fixtures.AccountsSection;
import dev.aliyunmock.fixtures.EntryPath;
import dev.aliyunmock.fixtures.FixtureEntry;
import dev.aliyunmock.fixtures.FieldSpec;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.LoadCheck;
import dev.aliyunmock.fixtures.RegionsSection;
import dev.aliyunmock.fixtures.SectionSpec;
import dev.aliyunmock.fixtures.ValueType;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.View;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code Routers}: the vRouters and VBRs router interfaces sit on. */
public final class RouterSection implements FixtureSection<Router, Router> {
  /** The section's key. */
  public static final String KEY = "Routers";

  public static final String ROUTER_ID = "RouterId";
  public static final String ROUTER_TYPE = "RouterType";
  public static final String REGION_ID = "RegionId";
  public static final String OWNER_ID = "OwnerId";

  private static final SectionSpec SPEC =
      new SectionSpec(
          KEY,
          List.of(
              FieldSpec.of(ROUTER_ID, ValueType.NON_EMPTY_TEXT, true, false, "The router's id, e.g. vrt-… or vbr-…."),
              FieldSpec.oneOf(ROUTER_TYPE, ApiEnum.names(RouterType.class), false, false, "VRouter (default) or VBR."),
              FieldSpec.of(REGION_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its region: one of Regions."),
              FieldSpec.of(OWNER_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its account: one of Accounts.")),
          null,
          "The routers (vRouters and VBRs) router interfaces sit on.");

  @Override
  public SectionSpec spec() {
    return SPEC;
  }

  @Override
  public Router read(FixtureEntry e) {
    return new Router(
        e.text(ROUTER_ID),
        e.apiEnum(ROUTER_TYPE, RouterType.class, RouterType.VROUTER),
        e.shared(e.text(REGION_ID)),
        e.shared(e.text(OWNER_ID)));
  }

  @Override
  public List<Router> prepare(LoadCheck check, List<Router> entries) throws FixtureException {
    RouterStore routers = check.world().store(RouterStore.KEY);
    for (int i = 0; i < entries.size(); i++) {
      Router r = entries.get(i);
      EntryPath at = new EntryPath(KEY, i);
      if (routers.acrossAccounts(r.routerId()).isPresent() || !check.declare(KEY, r.routerId(), r)) {
        throw at.alreadyExists(ROUTER_ID, r.routerId());
      }
      RegionsSection.require(check, at, REGION_ID, r.regionId());
      AccountsSection.require(check, at, OWNER_ID, r.ownerId());
    }
    return entries;
  }

  @Override
  public void apply(Tx tx, List<Router> prepared) {
    RouterStore routers = tx.store(RouterStore.KEY);
    prepared.forEach(routers::add);
  }

  @Override
  public List<Map<String, Object>> dump(View view) {
    // A VPC's vRouter is dumped with its VPC (Vpcs), which creates it again on load.
    List<Router> own = view.store(RouterStore.KEY).all().stream().filter(r -> !r.belongsToVpc()).toList();
    return FixtureSection.entries(
        own,
        (r, n) -> {
          n.put(ROUTER_ID, r.routerId());
          n.put(ROUTER_TYPE, r.routerType().apiName());
          n.put(REGION_ID, r.regionId());
          n.put(OWNER_ID, r.ownerId());
        });
  }

  /** A router of the world or of the document being loaded, whoever owns it. */
  public static Optional<Router> known(LoadCheck check, String routerId) {
    return check.known(check.world().store(RouterStore.KEY).acrossAccounts(routerId), KEY, routerId, Router.class);
  }
}
