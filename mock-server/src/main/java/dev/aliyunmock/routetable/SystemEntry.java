package dev.aliyunmock.routetable;

import dev.aliyunmock.vpc.Cidr;

/**
 * The system route entry every VPC's route table holds from its creation: {@code 100.64.0.0/10}
 * to the cloud's services, {@code Type} System, {@code NextHopType} {@code service}, no instance
 * (DOC19-EN DescribeRouteTables example; G28, G33). It comes with the VPC and is not stored as an
 * entry; its id is {@link dev.aliyunmock.vpc.Vpc#systemRouteEntryId()}.
 */
public final class SystemEntry {
  /** Its destination. */
  public static final String DESTINATION = Cidr.CARRIER_GRADE_NAT.toString();
  /** Its next hop's type. */
  public static final String NEXT_HOP_TYPE = "service";

  private SystemEntry() {}
}
