package dev.aliyunmock.routetable;

import dev.aliyunmock.world.AbstractResource;
import java.util.Objects;

/**
 * One custom route entry of a VPC's route table, whose next hop is a router interface of the
 * VPC's vRouter. (The table's system entry, {@code 100.64.0.0/10}, comes with the VPC and is not
 * stored.) An entity, changed only by its {@link RouteEntryStore}; what leaves the world is a
 * {@link #copy()}.
 */
public final class RouteEntry extends AbstractResource {
  private final String vpcId;
  private final String routeTableId;
  private final String destination;
  private final String nextHopId;
  private final String name;
  private final String description;
  private final String gmtModified;
  private RouteEntryStatus status;

  /**
   * @param destination its destination block, {@code a.b.c.d/n}
   * @param nextHopId the router interface it sends traffic to
   * @param name RouteEntryName, or {@code null}
   * @param description its Description, or {@code null}
   * @param gmtModified when it was last changed (created: nothing changes it afterwards)
   */
  public RouteEntry(
      String id,
      String ownerId,
      String regionId,
      String vpcId,
      String routeTableId,
      String destination,
      String nextHopId,
      String name,
      String description,
      RouteEntryStatus status,
      String gmtModified) {
    super(id, ownerId, regionId);
    this.vpcId = Objects.requireNonNull(vpcId);
    this.routeTableId = Objects.requireNonNull(routeTableId);
    this.destination = Objects.requireNonNull(destination);
    this.nextHopId = Objects.requireNonNull(nextHopId);
    this.name = name;
    this.description = description;
    this.status = Objects.requireNonNull(status);
    this.gmtModified = Objects.requireNonNull(gmtModified);
  }

  /** A detached copy, safe to read outside the world's lock. */
  public RouteEntry copy() {
    return new RouteEntry(
        id(), ownerId(), regionId(), vpcId, routeTableId, destination, nextHopId, name, description, status, gmtModified);
  }

  public String vpcId() {
    return vpcId;
  }

  public String routeTableId() {
    return routeTableId;
  }

  /** The destination block, {@code a.b.c.d/n} with its network address. */
  public String destination() {
    return destination;
  }

  /** Its next hop's type: always {@code RouterInterface} here. */
  public NextHopType nextHopType() {
    return NextHopType.ROUTER_INTERFACE;
  }

  /** The router interface traffic goes to. */
  public String nextHopId() {
    return nextHopId;
  }

  /** RouteEntryName, or {@code null}. */
  public String name() {
    return name;
  }

  /** Its Description, or {@code null}. */
  public String description() {
    return description;
  }

  public RouteEntryStatus status() {
    return status;
  }

  public String gmtModified() {
    return gmtModified;
  }

  void status(RouteEntryStatus status) {
    this.status = Objects.requireNonNull(status);
  }

  @Override
  public String toString() {
    return "RouteEntry[" + id() + ", " + routeTableId + ", " + destination + " → " + nextHopId + ", " + status.apiName() + "]";
  }
}
