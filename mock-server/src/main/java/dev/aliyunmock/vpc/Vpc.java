package dev.aliyunmock.vpc;

import dev.aliyunmock.world.AbstractResource;
import java.util.List;
import java.util.Objects;

/**
 * One VPC, with the vRouter and the system route table created with it. An entity: two objects
 * are the same VPC only if they are the same object. Changed only by its {@link VpcStore}, inside
 * a write transaction; what leaves the world is a {@link #copy()}.
 */
public final class Vpc extends AbstractResource {
  private final String vRouterId;
  private final String routeTableId;
  private final String systemRouteEntryId;
  private final String creationTime;
  private final boolean isDefault;
  private final String resourceGroupId;
  private String cidrBlock;
  private String name;
  private String description;
  private VpcStatus status;
  private List<String> userCidrs;

  /**
   * @param systemRouteEntryId the id of its route table's system entry
   * @param cidrBlock the primary IPv4 block, {@code a.b.c.d/n}
   * @param name the VpcName, or {@code null}
   * @param description its Description, or {@code null}
   * @param userCidrs up to three user CIDR blocks
   */
  public Vpc(
      String id,
      String ownerId,
      String regionId,
      String vRouterId,
      String routeTableId,
      String systemRouteEntryId,
      String cidrBlock,
      String name,
      String description,
      VpcStatus status,
      String creationTime,
      List<String> userCidrs,
      boolean isDefault,
      String resourceGroupId) {
    super(id, ownerId, regionId);
    this.vRouterId = Objects.requireNonNull(vRouterId);
    this.routeTableId = Objects.requireNonNull(routeTableId);
    this.systemRouteEntryId = Objects.requireNonNull(systemRouteEntryId);
    this.cidrBlock = Objects.requireNonNull(cidrBlock);
    this.name = name;
    this.description = description;
    this.status = Objects.requireNonNull(status);
    this.creationTime = Objects.requireNonNull(creationTime);
    this.userCidrs = List.copyOf(userCidrs);
    this.isDefault = isDefault;
    this.resourceGroupId = Objects.requireNonNull(resourceGroupId);
  }

  /** A detached copy, safe to read outside the world's lock. */
  public Vpc copy() {
    return new Vpc(id(), ownerId(), regionId(), vRouterId, routeTableId, systemRouteEntryId, cidrBlock, name, description, status,
        creationTime, userCidrs, isDefault, resourceGroupId);
  }

  /** The vRouter created with it ({@code vrt-…}). */
  public String vRouterId() {
    return vRouterId;
  }

  /** Its system route table ({@code vtb-…}), the one route table a VPC has in this mock. */
  public String routeTableId() {
    return routeTableId;
  }

  /** The id of the system route entry {@code 100.64.0.0/10} of its route table. */
  public String systemRouteEntryId() {
    return systemRouteEntryId;
  }

  public String cidrBlock() {
    return cidrBlock;
  }

  /** The primary block, parsed (it is always valid: the rules and the fixture loader check it). */
  public Cidr cidr() {
    return Cidr.parse(cidrBlock).orElseThrow();
  }

  /** The VpcName, or {@code null}. */
  public String name() {
    return name;
  }

  /** The Description, or {@code null}. */
  public String description() {
    return description;
  }

  public VpcStatus status() {
    return status;
  }

  public String creationTime() {
    return creationTime;
  }

  /** The user CIDR blocks, in the order given (unmodifiable). */
  public List<String> userCidrs() {
    return userCidrs;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public String resourceGroupId() {
    return resourceGroupId;
  }

  void cidrBlock(String cidrBlock) {
    this.cidrBlock = Objects.requireNonNull(cidrBlock);
  }

  void name(String name) {
    this.name = name;
  }

  void description(String description) {
    this.description = description;
  }

  void status(VpcStatus status) {
    this.status = Objects.requireNonNull(status);
  }

  void userCidrs(List<String> userCidrs) {
    this.userCidrs = List.copyOf(userCidrs);
  }

  @Override
  public String toString() {
    return "Vpc[" + id() + ", " + ownerId() + ", " + regionId() + ", " + cidrBlock + ", " + status.apiName() + "]";
  }
}
