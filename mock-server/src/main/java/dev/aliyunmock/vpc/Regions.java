package dev.aliyunmock.vpc;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DescribeRegions: the regions of the world, with each product's endpoint for them
 * (docs/reference/vpc/regions-zones.md). The VPC product's is its central endpoint for the
 * regions the VPC SDK maps there, else the regional pattern; the ECS product's (2014-05-26) is
 * {@code ecs.aliyuncs.com} for cn-hangzhou and {@code ecs.<region>.aliyuncs.com} for the others, as
 * a real answer shows.
 */
public final class Regions {
  /** The public regions the VPC SDK's endpoint table (SDK1-VPC {@code Endpoint.java}) maps to vpc.aliyuncs.com. */
  private static final Set<String> VPC_CENTRAL =
      Set.of(
          "cn-hangzhou", "cn-beijing", "cn-shanghai", "cn-shenzhen", "cn-qingdao", "cn-hongkong", "ap-southeast-1",
          "us-west-1", "us-east-1");

  private final World world;

  public Regions(World world) {
    this.world = world;
  }

  /** Every region of the world, in load order, as the product of {@code dialect} reports it. */
  public List<Commands.Region> describe(Dialect dialect) {
    return world.read(
        view -> {
          List<Commands.Region> out = new ArrayList<>();
          for (String r : view.regions()) {
            out.add(new Commands.Region(r, r, endpoint(r, dialect)));
          }
          return out;
        });
  }

  static String endpoint(String regionId, Dialect dialect) {
    if (dialect == Dialect.ECS) {
      return regionId.equals("cn-hangzhou") ? "ecs.aliyuncs.com" : "ecs." + regionId + ".aliyuncs.com";
    }
    return VPC_CENTRAL.contains(regionId) ? "vpc.aliyuncs.com" : "vpc." + regionId + ".aliyuncs.com";
  }
}
