package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiEnum;

/**
 * The next-hop types CreateRouteEntry documents (2019 and current), each with the refusal of a
 * next hop of that type that does not exist. Only router interfaces exist in this mock, so every
 * other type is refused as the real service refuses a missing next hop of that type
 * (docs/reference/vpc/routing.md, "How a missing next hop of each type is refused").
 */
public enum NextHopType implements ApiEnum {
  ROUTER_INTERFACE("RouterInterface", RouteTableError.ROUTER_INTERFACE_INVALID),
  INSTANCE("Instance", RouteTableError.INSTANCE_NOT_FOUND),
  HAVIP("HaVip", RouteTableError.HAVIP_NOT_FOUND),
  NETWORK_INTERFACE("NetworkInterface", RouteTableError.NETWORK_INTERFACE_NOT_FOUND),
  VPN_GATEWAY("VpnGateway", RouteTableError.VPN_GATEWAY_NOT_FOUND),
  IPV6_GATEWAY("IPv6Gateway", RouteTableError.IPV6_GATEWAY_NOT_FOUND),
  NAT_GATEWAY("NatGateway", RouteTableError.NAT_GATEWAY_NOT_FOUND),
  ATTACHMENT("Attachment", RouteTableError.ATTACHMENT_NOT_FOUND),
  VPC_PEER("VpcPeer", RouteTableError.VPC_PEER_NOT_FOUND),
  IPV4_GATEWAY("Ipv4Gateway", RouteTableError.IPV4_GATEWAY_NOT_FOUND),
  GATEWAY_ENDPOINT("GatewayEndpoint", RouteTableError.NEXT_HOP_NOT_FOUND),
  ECR("Ecr", RouteTableError.NEXT_HOP_NOT_FOUND),
  GATEWAY_LOAD_BALANCER_ENDPOINT("GatewayLoadBalancerEndpoint", RouteTableError.GATEWAY_LOAD_BALANCER_ENDPOINT_NOT_FOUND);

  private final String apiName;
  private final RouteTableError notFound;

  NextHopType(String apiName, RouteTableError notFound) {
    this.apiName = apiName;
    this.notFound = notFound;
  }

  @Override
  public String apiName() {
    return apiName;
  }

  /** The refusal of a next hop of this type that does not exist. */
  public RouteTableError notFound() {
    return notFound;
  }
}
