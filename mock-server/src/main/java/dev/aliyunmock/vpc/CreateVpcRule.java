package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.world.ClientToken;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;
import java.util.Optional;

/**
 * CreateVpc: a new VPC, Pending, with its vRouter and its system route table; it becomes
 * Available when its transition ends. Order of checks: region, ClientToken replay, name,
 * description, CIDR block (its text, then the allowed ranges), UserCidr, quota, DryRun.
 */
public final class CreateVpcRule {
  /** The block of a VPC created without one (docs/reference/vpc/vpc.md, CidrBlock). */
  public static final String DEFAULT_CIDR = "172.16.0.0/12";

  /**
   * VPCs per account and region: the default of the quota {@code vpc_quota_instances_num}
   * (docs/reference/vpc/vpc.md, CreateVpc behaviour).
   */
  public static final int QUOTA_PER_REGION = 10;

  /**
   * The blocks a VPC may take, with the longest mask each allows: 10.0.0.0/8, 172.16.0.0/12 and
   * 192.168.0.0/16 and their subnets, masks up to /24 (the 2019 rules, G15).
   */
  private static final List<Cidr> PRIVATE =
      List.of(
          Cidr.parse("10.0.0.0/8").orElseThrow(),
          Cidr.parse("172.16.0.0/12").orElseThrow(),
          Cidr.parse("192.168.0.0/16").orElseThrow());

  private static final int LONGEST_MASK = 24;

  private final World world;

  public CreateVpcRule(World world) {
    this.world = world;
  }

  public Commands.Created create(Commands.CreateVpc c) {
    return world.write(tx -> create(tx, c));
  }

  private static Commands.Created create(Tx tx, Commands.CreateVpc c) {
    VpcStore store = tx.store(VpcStore.KEY);
    RouterStore routers = tx.store(RouterStore.KEY);
    Scope scope = Scopes.of(tx, c.requester().ownerId(), c.requester().regionId());
    ClientToken token = ClientToken.of(c.clientToken().get(), c);
    Optional<Vpc> existing = store.createdWith(scope.ownerId(), token);
    if (existing.isPresent()) {
      Vpc v = existing.get();
      return new Commands.Created(v.id(), v.vRouterId(), v.routeTableId(), v.resourceGroupId());
    }
    String name = c.name().get();
    String description = c.description().get();
    Cidr cidr = c.cidrBlock().orElse(Cidr.parse(DEFAULT_CIDR).orElseThrow());
    if (!isAllowedVpcBlock(cidr)) {
      throw new ApiException(VpcError.CIDR_NOT_VALID);
    }
    List<String> userCidrs = c.userCidrs().orElse(List.of());
    if (store.in(scope).count() >= QUOTA_PER_REGION) {
      throw new ApiException(VpcError.VPC_QUOTA_EXCEEDED);
    }
    String resourceGroup = c.resourceGroupId().orElse(defaultResourceGroup(scope.ownerId()));
    if (c.dryRun()) {
      throw new ApiException(VpcError.DRY_RUN);
    }
    String id = Ids.fresh("vpc-", store::usesId);
    String vRouterId = Ids.fresh("vrt-", x -> store.usesId(x) || routers.acrossAccounts(x).isPresent());
    String routeTableId = Ids.fresh("vtb-", store::usesId);
    RouteEntryStore routes = tx.store(RouteEntryStore.KEY);
    String systemEntryId = Ids.fresh("rte-", x -> store.usesId(x) || routes.acrossAccounts(x).isPresent());
    Vpc vpc =
        new Vpc(id, scope.ownerId(), scope.regionId(), vRouterId, routeTableId, systemEntryId, cidr.toString(), name, description,
            VpcStatus.PENDING, tx.clock().apiNow(), userCidrs, false, resourceGroup);
    store.add(vpc, token);
    routers.add(Router.ofVpc(vRouterId, scope.regionId(), scope.ownerId(), id));
    tx.beginTransition(VpcTransition.CREATE_VPC, List.of(id));
    return new Commands.Created(id, vRouterId, routeTableId, resourceGroup);
  }

  /** Whether a block is one a VPC may have: a network address within the private ranges, mask at most /24. */
  public static boolean isAllowedVpcBlock(Cidr cidr) {
    if (!cidr.isNetwork() || cidr.prefix() > LONGEST_MASK) {
      return false;
    }
    for (Cidr range : PRIVATE) {
      if (range.contains(cidr)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The resource group of an account's resources created without one: a stable id per account,
   * shaped like the documentation's {@code rg-acfm…} examples (G-list: ResourceGroupId).
   */
  public static String defaultResourceGroup(String ownerId) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    long h = ownerId.hashCode() * 0x9E3779B97F4A7C15L;
    StringBuilder b = new StringBuilder("rg-acfm");
    for (int i = 0; i < 11; i++) {
      b.append(alphabet.charAt((int) Math.floorMod(h, 36L)));
      h = h / 36 + 0x5DEECE66DL * (i + 1);
    }
    return b.toString();
  }
}
