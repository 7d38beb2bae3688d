package dev.aliyunmock.router;

import dev.aliyunmock.world.Resource;
import java.util.Objects;

/**
 * A router (a VPC's vRouter or a VBR) that router interfaces sit on.
 *
 * @param routerId e.g. {@code vrt-…} or {@code vbr-…}
 * @param routerType VRouter or VBR
 * @param regionId the region it is in
 * @param ownerId the account that owns it
 * @param vpcId the VPC whose vRouter it is, or {@code null} for a router of the {@code Routers}
 *     section (a VBR, or a vRouter the fixture gives without its VPC)
 */
public record Router(String routerId, RouterType routerType, String regionId, String ownerId, String vpcId)
    implements Resource {
  /** A router that belongs to no VPC of the world, as the {@code Routers} section declares them. */
  public Router(String routerId, RouterType routerType, String regionId, String ownerId) {
    this(routerId, routerType, regionId, ownerId, null);
  }

  /** The vRouter of a VPC: created and removed with it, and dumped with it rather than under {@code Routers}. */
  public static Router ofVpc(String routerId, String regionId, String ownerId, String vpcId) {
    return new Router(routerId, RouterType.VROUTER, regionId, ownerId, Objects.requireNonNull(vpcId));
  }

  /** Its {@code routerId}. */
  @Override
  public String id() {
    return routerId;
  }

  /** Whether it is the vRouter of a VPC of the world. */
  public boolean belongsToVpc() {
    return vpcId != null;
  }
}
