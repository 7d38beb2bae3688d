package dev.aliyunmock.vswitch;

import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.world.AbstractResource;
import java.util.Objects;

/**
 * One vSwitch of a VPC. An entity: two objects are the same vSwitch only if they are the same
 * object. Changed only by its {@link VSwitchStore}, inside a write transaction; what leaves the
 * world is a {@link #copy()}.
 */
public final class VSwitch extends AbstractResource {
  private final String vpcId;
  private final String zoneId;
  private final String cidrBlock;
  private final String name;
  private final String description;
  private final String creationTime;
  private final boolean isDefault;
  private final String resourceGroupId;
  private VSwitchStatus status;
  /** Whether its Pending status is a deletion under way (else a creation). */
  private boolean deleting;

  /**
   * @param cidrBlock its block, {@code a.b.c.d/n}, inside its VPC's
   * @param name VSwitchName, or {@code null}
   * @param description its Description, or {@code null}
   */
  public VSwitch(
      String id,
      String ownerId,
      String regionId,
      String vpcId,
      String zoneId,
      String cidrBlock,
      String name,
      String description,
      VSwitchStatus status,
      String creationTime,
      boolean isDefault,
      String resourceGroupId) {
    super(id, ownerId, regionId);
    this.vpcId = Objects.requireNonNull(vpcId);
    this.zoneId = Objects.requireNonNull(zoneId);
    this.cidrBlock = Objects.requireNonNull(cidrBlock);
    this.name = name;
    this.description = description;
    this.status = Objects.requireNonNull(status);
    this.creationTime = Objects.requireNonNull(creationTime);
    this.isDefault = isDefault;
    this.resourceGroupId = Objects.requireNonNull(resourceGroupId);
  }

  /** A detached copy, safe to read outside the world's lock. */
  public VSwitch copy() {
    VSwitch c =
        new VSwitch(id(), ownerId(), regionId(), vpcId, zoneId, cidrBlock, name, description, status, creationTime, isDefault,
            resourceGroupId);
    c.deleting = deleting;
    return c;
  }

  public String vpcId() {
    return vpcId;
  }

  public String zoneId() {
    return zoneId;
  }

  public String cidrBlock() {
    return cidrBlock;
  }

  /** Its block, parsed (always valid: the rules and the fixture loader check it). */
  public Cidr cidr() {
    return Cidr.parse(cidrBlock).orElseThrow();
  }

  /** VSwitchName, or {@code null}. */
  public String name() {
    return name;
  }

  /** Its Description, or {@code null}. */
  public String description() {
    return description;
  }

  public VSwitchStatus status() {
    return status;
  }

  /** Whether it is Pending because DeleteVSwitch runs (rather than CreateVSwitch). */
  public boolean deleting() {
    return deleting;
  }

  public String creationTime() {
    return creationTime;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public String resourceGroupId() {
    return resourceGroupId;
  }

  /**
   * The addresses an instance may still take: the block's, less the four the service reserves
   * (the first and the last three; docs/reference/vpc/vswitch.md), as no instance exists here.
   */
  public long availableIpAddressCount() {
    return Math.max(0, cidr().size() - 4);
  }

  void status(VSwitchStatus status) {
    this.status = Objects.requireNonNull(status);
  }

  void deleting(boolean deleting) {
    this.deleting = deleting;
  }

  @Override
  public String toString() {
    return "VSwitch[" + id() + ", " + vpcId + ", " + cidrBlock + ", " + status.apiName() + (deleting ? " (deleting)" : "") + "]";
  }
}
