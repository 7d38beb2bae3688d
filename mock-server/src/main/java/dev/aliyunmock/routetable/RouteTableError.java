package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.ErrorText;

/**
 * The errors of the route-table actions: CreateRouteEntry's from its current page (APIDOC-CRE,
 * docs/reference/vpc/create-route-entry-errors.md), DeleteRouteEntry's from DOC19-ZH
 * (docs/reference/vpc/routing.md), spelling kept. The codes route tables share with VPCs and
 * vSwitches are {@link dev.aliyunmock.vpc.VpcError}'s.
 */
public enum RouteTableError implements ErrorCode {
  // ---- CreateRouteEntry, DeleteRouteEntry ----
  /** No route table of the caller's VPCs has that id. */
  ROUTE_TABLE_NOT_FOUND(ErrorText.of("InvalidRouteTableId.NotFound", 404, "Specified route table does not exist.")),

  // ---- CreateRouteEntry ----
  /** A destination with host bits set, e.g. 10.0.0.1/24 (reading: G-list, IllegalParam.CidrBlock). */
  CIDR_ILLEGAL(ErrorText.of("IllegalParam.CidrBlock", 400, "The specified CidrBlock is illegal.")),
  /** The table has an entry for the destination, with another next hop (note "CIDR" in capitals). */
  CIDR_DUPLICATE(ErrorText.of("InvalidCIDRBlock.Duplicate", 400, "Specified CIDR block is already exists.")),
  /** The table has an entry for the destination with the same next hop, or a NextHopList names one twice. */
  NEXT_HOP_DUPLICATE(ErrorText.of("Duplicated.VpcNextHop", 400, "Route entry nexthop duplicate.")),
  /** 100.64.0.0/10 or a block inside it; a destination equal to or inside a vSwitch's block (G5, G6). */
  CIDR_NOT_ALLOWED(ErrorText.of("InvalidCidrBlock", 400, "Specified CIDR block is not valid.")),
  /** A destination inside 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16, the blocks no VPC may use (reading). */
  DESTINATION_BLACKLISTED(ErrorText.of(
      "InvalidDestinationCidrBlock", 400, "The specified destinationCidrBlock must not included in black list cidr.")),
  /** More than {@value CreateRouteEntryRule#QUOTA_PER_TABLE} custom entries in the table (G4). */
  QUOTA_EXCEEDED(ErrorText.of("QuotaExceeded", 400, "Route entry quota exceeded in this route table.")),
  /** A NextHopType that is none of the documented ones (the current page's full stop). */
  NEXT_HOP_TYPE_INVALID(ErrorText.of("InvalidNextHopType", 400, "Specified parameter \"NextHopType\" is not valid.")),
  /** Neither NextHopType nor NextHopList (G9). */
  NEXT_HOP_BOTH_NULL(ErrorText.of("InvalidNexthopTypeAndList.BothNull", 400, "both nexthopType and nextHopList are null.")),
  /** Both NextHopType and NextHopList. */
  NEXT_HOP_BOTH_NOT_NULL(ErrorText.of(
      "InvalidNexthopTypeAndList.BothNotNull", 400, "both nexthopType and nextHopList are not null.")),
  /** The next hop names no router interface of the caller's in the region (G7). */
  ROUTER_INTERFACE_INVALID(ErrorText.of("InvalidRouterInterface", 400, "invalid router interface.")),
  /** The router interface is in a transient status (G8). */
  ROUTER_INTERFACE_STATUS(ErrorText.of(
      "IncorrectStatus.RouterInterface", 400, "The specified RouterInterface status is invalid.")),
  /** The router interface sits on another router than the table's VPC's vRouter (G7, R7). */
  NOT_IN_CURRENT_VPC(ErrorText.of(
      "OperationFailed.InstanceDismatchCurrentVpc", 404, "The specified instance does not exist in current vpc.")),
  /** A NextHopList of fewer than 2 or more than 4 next hops. */
  NEXT_HOP_LIST_SIZE(ErrorText.of("InvalidNexthopListSize", 400, "nexthop size is illegal. Must be between 2 and 4.")),
  /** A NextHopList.N.Weight that is not a number from 0 to 255 (reading). */
  WEIGHT_INVALID(ErrorText.of("INVALID_WEIGHT_PARAM", 400, "Specified value of weight invalid")),
  /** A NextHopList naming a router interface whose opposite is not on a VBR (R8). */
  OPPOSITE_ROUTER_TYPE(ErrorText.of(
      "InvalidOppositeRouterType",
      400,
      "nexthop list cannot only contain router interface whose opposite router interface is on vbr.")),
  /**
   * A NextHopList that passes every other check: an ECMP route needs the VBR's own interfaces
   * towards its physical connection (vbr-vlan), which this mock does not model (reading, and a
   * limit of the mock).
   */
  ECMP_UNSUPPORTED(ErrorText.of(
      "OperationUnsupported.EcmpRiTypeOrNumber", 400, "Emcp entry not supported if vpc-vbr or vbr-vlan ri does not exist.")),
  /** RouteEntryName: 1 to 128 characters, not starting with http(s):// (G20). */
  NAME_MALFORMED(ErrorText.of("InvalidRouteEntryName.Malformed", 400, "Specified RouteEntry name is not valid.")),
  /** Description: 1 to 256 characters, not starting with http(s):// (G20). */
  DESCRIPTION_MALFORMED(ErrorText.of("InvalidDescription.Malformed", 400, "The Description is illegal.")),
  /** An IPv6 destination: no VPC of this mock has IPv6 enabled. */
  IPV6_NOT_ENABLED(ErrorText.of("OperationDenied.VpcIpv6NotEnabled", 400, "IPv6 has not been enabled for the VPC.")),

  // ---- CreateRouteEntry: a next hop of another type, which never exists here (routing.md, "How a missing next hop of each type is refused") ----
  /** NextHopType Instance (sic "InstanId"). */
  INSTANCE_NOT_FOUND(ErrorText.of("InvalidInstanId.NotFound", 404, "Specified instance does not exist.")),
  /** NextHopType HaVip. */
  HAVIP_NOT_FOUND(ErrorText.of("InvalidHaVipId.NotFound", 404, "The specified HaVip does not exist in the specified VPC.")),
  /** NextHopType NetworkInterface. */
  NETWORK_INTERFACE_NOT_FOUND(ErrorText.of(
      "InvalidNetworkInterface.NotFound", 404, "The specified networkInterface does not exist.")),
  /** NextHopType NatGateway. */
  NAT_GATEWAY_NOT_FOUND(ErrorText.of(
      "InvalidNatGatewayId.NotFound", 404, "Specified value of NatGatewayId is not found in our record.")),
  /** NextHopType VpnGateway. */
  VPN_GATEWAY_NOT_FOUND(ErrorText.of("InvalidVpnInstanceId.NotFound", 400, "The specified VPN was not found.")),
  /** NextHopType IPv6Gateway. */
  IPV6_GATEWAY_NOT_FOUND(ErrorText.of("InvalidIpv6Gateway.NotFound", 404, "Specified Ipv6Gateway does not exist.")),
  /** NextHopType Ipv4Gateway. */
  IPV4_GATEWAY_NOT_FOUND(ErrorText.of("ResourceNotFound.Ipv4Gateway", 400, "Specified Ipv4Gateway does not exist.")),
  /** NextHopType Attachment. */
  ATTACHMENT_NOT_FOUND(ErrorText.of("InvalidAttachment.NotFound", 400, "The attachment is not found.")),
  /** NextHopType VpcPeer; the page's {@code %s} is the resource's kind, as in its sibling messages. */
  VPC_PEER_NOT_FOUND(ErrorText.of("ResourceNotFound.VpcPeer", 400, "The specified resource of VpcPeer is not found.")),
  /** NextHopType GatewayLoadBalancerEndpoint. */
  GATEWAY_LOAD_BALANCER_ENDPOINT_NOT_FOUND(ErrorText.of(
      "ResourceNotFound.GatewayLoadBalancerEndpoint", 404, "GatewayLoadBalancerEndpoint instance not found.")),
  /** NextHopType GatewayEndpoint or Ecr, which have no code of their own: the generic one. */
  NEXT_HOP_NOT_FOUND(ErrorText.of("InvalidNextHopId.NotFound", 404, "Specified next hop does not exist.")),

  // ---- DeleteRouteEntry (DOC19-ZH) ----
  /** A RouteEntryId naming none of the caller's entries (reading, G29). */
  ENTRY_ID_NOT_FOUND(ErrorText.of("InvalidRouteEntry", 400, "Specified routeEntry not exist.")),
  /** RouteTableId and DestinationCidrBlock (and next hop) naming no entry (G29). */
  ENTRY_NOT_FOUND(ErrorText.of("InvalidRouteEntry.NotFound", 400, "Route entry not exists.")),
  /** The system entry 100.64.0.0/10. */
  SYSTEM_ENTRY(ErrorText.of("OperationDenied", 400, "Specified operation is denied as route entry type is system.")),
  /** The entry itself is not Available. */
  ENTRY_STATUS_ERROR(ErrorText.of("IncorrectRouteEntryStatus", 400, "Specified routeEntry status error.")),
  /** An entry named by table and destination, with neither NextHopId nor NextHopList (reading). */
  NEXT_HOP_NULL(ErrorText.of("InvalidNextHop", 400, "Specified nexthop and nexthop list cannot both null."));

  private final ErrorText text;

  RouteTableError(ErrorText text) {
    this.text = text;
  }

  @Override
  public ErrorText text() {
    return text;
  }
}
