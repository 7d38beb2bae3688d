package dev.aliyunmock.routerinterface;

import java.util.Arrays;
import java.util.List;

/**
 * Every field of DescribeRouterInterfaces' {@code RouterInterfaceType}, as the official SDKs read
 * it: the 25 of the ECS SDK in both dialects, and the 13 the VPC SDK adds
 * (docs/reference/router-interfaces.md). Responses, fixtures and dumps all iterate this table.
 */
public enum RouterInterfaceField {
  RouterInterfaceId(FieldType.TEXT, false),
  OppositeRegionId(FieldType.TEXT, false),
  Role(FieldType.ROLE, false),
  Spec(FieldType.SPEC, false),
  Name(FieldType.TEXT, false),
  Description(FieldType.TEXT, false),
  RouterId(FieldType.TEXT, false),
  RouterType(FieldType.ROUTER_TYPE, false),
  CreationTime(FieldType.TEXT, false),
  EndTime(FieldType.TEXT, false),
  ChargeType(FieldType.TEXT, false),
  Status(FieldType.STATUS, false),
  BusinessStatus(FieldType.BUSINESS_STATUS, false),
  ConnectedTime(FieldType.TEXT, false),
  OppositeInterfaceId(FieldType.TEXT, false),
  OppositeInterfaceSpec(FieldType.SPEC, false),
  OppositeInterfaceStatus(FieldType.STATUS, false),
  OppositeInterfaceBusinessStatus(FieldType.BUSINESS_STATUS, false),
  OppositeRouterId(FieldType.TEXT, false),
  OppositeRouterType(FieldType.ROUTER_TYPE, false),
  OppositeInterfaceOwnerId(FieldType.TEXT, false),
  AccessPointId(FieldType.TEXT, false),
  OppositeAccessPointId(FieldType.TEXT, false),
  HealthCheckSourceIp(FieldType.TEXT, false),
  HealthCheckTargetIp(FieldType.TEXT, false),
  // The VPC SDK's additions.
  VpcInstanceId(FieldType.TEXT, true),
  OppositeVpcInstanceId(FieldType.TEXT, true),
  Bandwidth(FieldType.INTEGER, true),
  OppositeBandwidth(FieldType.INTEGER, true),
  HcRate(FieldType.INTEGER, true),
  HcThreshold(FieldType.INTEGER, true),
  CrossBorder(FieldType.BOOLEAN, true),
  HasReservationData(FieldType.TEXT, true),
  ReservationActiveTime(FieldType.TEXT, true),
  ReservationBandwidth(FieldType.TEXT, true),
  ReservationInternetChargeType(FieldType.TEXT, true),
  ReservationOrderType(FieldType.TEXT, true),
  Ipv6Status(FieldType.TEXT, true),
  // Newer SDKs (the current VPC API metadata).
  ResourceGroupId(FieldType.TEXT, true);

  private static final List<RouterInterfaceField> ECS_FIELDS =
      Arrays.stream(values()).filter(f -> !f.vpcOnly).toList();
  private static final List<RouterInterfaceField> ALL = List.of(values());

  private final FieldType type;
  private final boolean vpcOnly;

  RouterInterfaceField(FieldType type, boolean vpcOnly) {
    this.type = type;
    this.vpcOnly = vpcOnly;
  }

  public FieldType type() {
    return type;
  }

  /** Whether only the VPC dialect (2016-04-28) reports this field. */
  public boolean vpcOnly() {
    return vpcOnly;
  }

  /** The fields a dialect reports, in table order. */
  public static List<RouterInterfaceField> of(dev.aliyunmock.api.Dialect dialect) {
    return dialect == dev.aliyunmock.api.Dialect.ECS ? ECS_FIELDS : ALL;
  }

  /** A field by its API name, or {@code null}. */
  public static RouterInterfaceField byName(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
