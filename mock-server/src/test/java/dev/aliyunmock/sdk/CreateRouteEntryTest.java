package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListResponse;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.support.SdkTestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CreateRouteEntry with the VPC SDK: a route through a router interface of the VPC's vRouter, and
 * every refusal the mock gives (docs/reference/vpc/routing.md, create-route-entry-errors.md).
 */
class CreateRouteEntryTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  /** A route in vtb-hz to {@code destination} through ri-hz-active. */
  private static CreateRouteEntryRequest route(String destination) {
    CreateRouteEntryRequest r = withoutNextHop(destination);
    r.setNextHopType("RouterInterface");
    r.setNextHopId("ri-hz-active");
    return r;
  }

  /** A route in vtb-hz without any next-hop parameter (the SDK cannot unset one once set). */
  private static CreateRouteEntryRequest withoutNextHop(String destination) {
    CreateRouteEntryRequest r = new CreateRouteEntryRequest();
    r.setRouteTableId("vtb-hz");
    r.setDestinationCidrBlock(destination);
    return r;
  }

  private void refusedAndNothingChanged(CreateRouteEntryRequest r, String code, int status, String message)
      throws ClientException {
    String before = server.mock().stateJson();
    Call.of(sdk, r).refused(code, status, message);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void aRouteIsCreatedPendingThenAvailable() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setRouteEntryName("to-elsewhere");
    r.setDescription("Created by a test");
    String id = sdk.call(r).getRouteEntryId();
    assertThat(id).matches("rte-[0-9a-z]{21}");
    DescribeRouteEntryListResponse.RouteEntry e = VpcCalls.routeEntry(sdk, "cn-hangzhou", "vtb-hz", id);
    assertThat(e.getStatus()).isEqualTo("Pending");
    assertThat(e.getDestinationCidrBlock()).isEqualTo("192.168.0.0/16");
    assertThat(e.getType()).isEqualTo("Custom");
    assertThat(e.getRouteEntryName()).isEqualTo("to-elsewhere");
    assertThat(e.getDescription()).isEqualTo("Created by a test");
    assertThat(e.getNextHops()).singleElement().satisfies(h -> {
      assertThat(h.getNextHopType()).isEqualTo("RouterInterface");
      assertThat(h.getNextHopId()).isEqualTo("ri-hz-active");
      assertThat(h.getNextHopRelatedInfo().getInstanceId()).isEqualTo("vpc-bj");
      assertThat(h.getNextHopRelatedInfo().getInstanceType()).isEqualTo("VPC");
      assertThat(h.getNextHopRelatedInfo().getRegionId()).isEqualTo("cn-beijing");
    });
    assertThat(VpcCalls.routeEntry(sdk, "cn-hangzhou", "vtb-hz", id).getStatus()).isEqualTo("Available");
  }

  @Test
  void aBareAddressIsASlash32Route() throws ClientException {
    String id = sdk.call(route("192.168.7.7")).getRouteEntryId();
    assertThat(VpcCalls.routeEntry(sdk, "cn-hangzhou", "vtb-hz", id).getDestinationCidrBlock()).isEqualTo("192.168.7.7/32");
  }

  @Test
  void anIdleInterfaceMayBeTheNextHop() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setNextHopId("ri-hz-idle");
    assertThat(sdk.call(r).getRouteEntryId()).startsWith("rte-");
  }

  @Test
  void theSameClientTokenAnswersTheSameEntry() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setClientToken("t-1");
    String first = sdk.call(r).getRouteEntryId();
    assertThat(sdk.call(r).getRouteEntryId()).isEqualTo(first);
  }

  @Test
  void aTableOfAnotherRegionIsNotFound() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setSysRegionId("cn-beijing");
    refusedAndNothingChanged(r, "InvalidRouteTableId.NotFound", 404, "Specified route table does not exist.");
  }

  // ---------------------------------------------------------------- the table and its VPC

  @Test
  void anUnknownOrForeignTableIsNotFound() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setRouteTableId("vtb-peer");
    refusedAndNothingChanged(r, "InvalidRouteTableId.NotFound", 404, "Specified route table does not exist.");
  }

  @Test
  void aPendingVpcTakesNoRoute() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setRouteTableId("vtb-hz-pending");
    refusedAndNothingChanged(r, "IncorrectVpcStatus", 400, "Current VPC status does not support this operation.");
  }

  @Test
  void aSecondRouteWhileTheFirstIsPendingIsRefused() throws ClientException {
    sdk.call(route("192.168.0.0/16"));
    refusedAndNothingChanged(route("192.169.0.0/16"), "IncorrectRouteEntryStatus", 400,
        "Some route entry status blocked this operation.");
  }

  @Test
  void aRouteWhileAVSwitchOfTheVpcIsPendingIsRefused() throws ClientException {
    CreateVSwitchRequest v = new CreateVSwitchRequest();
    v.setVpcId("vpc-hz");
    v.setZoneId("cn-hangzhou-b");
    v.setCidrBlock("172.16.9.0/24");
    sdk.call(v);
    refusedAndNothingChanged(route("192.168.0.0/16"), "IncorrectVSwitchStatus", 400,
        "The current virtual switch status does not support this operation.");
  }

  // ---------------------------------------------------------------- texts

  @Test
  void aMalformedNameOrDescriptionIsRefused() throws ClientException {
    CreateRouteEntryRequest named = route("192.168.0.0/16");
    named.setRouteEntryName("http://x");
    refusedAndNothingChanged(named, "InvalidRouteEntryName.Malformed", 400, "Specified RouteEntry name is not valid.");
    CreateRouteEntryRequest described = route("192.168.0.0/16");
    described.setDescription("https://x");
    refusedAndNothingChanged(described, "InvalidDescription.Malformed", 400, "The Description is illegal.");
  }

  // ---------------------------------------------------------------- the destination

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "192.168.0.0/33", "192.168.0/16", "1.2.3.4.5"})
  void aDestinationThatIsNoAddressNorBlockIsMalformed(String destination) throws ClientException {
    refusedAndNothingChanged(route(destination), "InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");
  }

  @Test
  void aDestinationWithHostBitsIsIllegal() throws ClientException {
    refusedAndNothingChanged(route("192.168.1.1/16"), "IllegalParam.CidrBlock", 400, "The specified CidrBlock is illegal.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2408:4321:180:1701::/64", "::/0", "fe80::1"})
  void anIpv6DestinationIsRefusedAsTheVpcHasNoIpv6(String destination) throws ClientException {
    refusedAndNothingChanged(route(destination), "OperationDenied.VpcIpv6NotEnabled", 400,
        "IPv6 has not been enabled for the VPC.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.64.0.0/10", "100.64.0.0/16", "100.127.255.255/32"})
  void theCloudsReservedBlockAndItsPartsAreRefused(String destination) throws ClientException {
    refusedAndNothingChanged(route(destination), "InvalidCidrBlock", 400, "Specified CIDR block is not valid.");
  }

  @Test
  void aBlockContaining100Dot64Slash10IsAllowed() throws ClientException {
    assertThat(sdk.call(route("100.0.0.0/8")).getRouteEntryId()).startsWith("rte-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"224.0.0.0/4", "239.1.1.0/24", "127.0.0.1/32", "169.254.0.0/16"})
  void multicastLoopbackAndLinkLocalDestinationsAreBlacklisted(String destination) throws ClientException {
    refusedAndNothingChanged(route(destination), "InvalidDestinationCidrBlock", 400,
        "The specified destinationCidrBlock must not included in black list cidr.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"172.16.1.0/24", "172.16.1.128/25"})
  void aDestinationEqualToOrInsideAVSwitchIsRefused(String destination) throws ClientException {
    refusedAndNothingChanged(route(destination), "InvalidCidrBlock", 400, "Specified CIDR block is not valid.");
  }

  @Test
  void aDestinationContainingAVSwitchIsAllowed() throws ClientException {
    assertThat(sdk.call(route("172.16.0.0/16")).getRouteEntryId()).startsWith("rte-");
  }

  @Test
  void theSameDestinationWithTheSameNextHopIsADuplicateNextHop() throws ClientException {
    refusedAndNothingChanged(route("10.0.0.0/8"), "Duplicated.VpcNextHop", 400, "Route entry nexthop duplicate.");
  }

  @Test
  void theSameDestinationWithAnotherNextHopIsADuplicateBlock() throws ClientException {
    CreateRouteEntryRequest r = route("10.0.0.0/8");
    r.setNextHopId("ri-hz-idle");
    refusedAndNothingChanged(r, "InvalidCIDRBlock.Duplicate", 400, "Specified CIDR block is already exists.");
  }

  @Test
  void the201stCustomRouteOfATableIsOverQuota() throws ClientException, FixtureException {
    StringJoiner entries = new StringJoiner(",");
    for (int i = 0; i < 199; i++) {
      entries.add("{\"RouteEntryId\":\"rte-q" + i + "\",\"RouteTableId\":\"vtb-hz\",\"DestinationCidrBlock\":\"11.0." + i
          + ".0/24\",\"NextHopId\":\"ri-hz-active\"}");
    }
    server.mock().loadFixtures("{\"RouteEntries\":[" + entries + "]}");
    refusedAndNothingChanged(route("192.168.0.0/16"), "QuotaExceeded", 400, "Route entry quota exceeded in this route table.");
  }

  // ---------------------------------------------------------------- the next hop

  @Test
  void neitherNextHopTypeNorNextHopListIsRefused() throws ClientException {
    CreateRouteEntryRequest r = withoutNextHop("192.168.0.0/16");
    r.setNextHopId("ri-hz-active");
    refusedAndNothingChanged(r, "InvalidNexthopTypeAndList.BothNull", 400, "both nexthopType and nextHopList are null.");
  }

  @Test
  void bothNextHopTypeAndNextHopListAreRefused() throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setNextHopLists(List.of(hop("ri-hz-vbr-1"), hop("ri-hz-vbr-2")));
    refusedAndNothingChanged(r, "InvalidNexthopTypeAndList.BothNotNull", 400,
        "both nexthopType and nextHopList are not null.");
  }

  @Test
  void aNextHopTypeWithoutNextHopIdIsAMissingParameter() throws ClientException {
    CreateRouteEntryRequest r = withoutNextHop("192.168.0.0/16");
    r.setNextHopType("RouterInterface");
    refusedAndNothingChanged(r, "MissingParameter", 400, "Miss mandatory parameter.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Router", "routerinterface", "ECS"})
  void anUnknownNextHopTypeIsRefused(String type) throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setNextHopType(type);
    refusedAndNothingChanged(r, "InvalidNextHopType", 400, "Specified parameter \"NextHopType\" is not valid.");
  }

  @ParameterizedTest
  @CsvSource({
    "ri-nowhere, InvalidRouterInterface, 400, invalid router interface.",
    "ri-peer, InvalidRouterInterface, 400, invalid router interface.",
    "ri-bj-active, InvalidRouterInterface, 400, invalid router interface.",
    "ri-hz-ri, OperationFailed.InstanceDismatchCurrentVpc, 404, The specified instance does not exist in current vpc.",
    "ri-hz-activating, IncorrectStatus.RouterInterface, 400, The specified RouterInterface status is invalid."
  })
  void aRouterInterfaceNextHopMustBeTheCallersOnThisVRouterAndSettled(String ri, String code, int status, String message)
      throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setNextHopId(ri);
    refusedAndNothingChanged(r, code, status, message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Instance | InvalidInstanId.NotFound | 404 | Specified instance does not exist.",
    "HaVip | InvalidHaVipId.NotFound | 404 | The specified HaVip does not exist in the specified VPC.",
    "NetworkInterface | InvalidNetworkInterface.NotFound | 404 | The specified networkInterface does not exist.",
    "VpnGateway | InvalidVpnInstanceId.NotFound | 400 | The specified VPN was not found.",
    "IPv6Gateway | InvalidIpv6Gateway.NotFound | 404 | Specified Ipv6Gateway does not exist.",
    "NatGateway | InvalidNatGatewayId.NotFound | 404 | Specified value of NatGatewayId is not found in our record.",
    "Attachment | InvalidAttachment.NotFound | 400 | The attachment is not found.",
    "VpcPeer | ResourceNotFound.VpcPeer | 400 | The specified resource of VpcPeer is not found.",
    "Ipv4Gateway | ResourceNotFound.Ipv4Gateway | 400 | Specified Ipv4Gateway does not exist.",
    "GatewayEndpoint | InvalidNextHopId.NotFound | 404 | Specified next hop does not exist.",
    "Ecr | InvalidNextHopId.NotFound | 404 | Specified next hop does not exist.",
    "GatewayLoadBalancerEndpoint | ResourceNotFound.GatewayLoadBalancerEndpoint | 404 | GatewayLoadBalancerEndpoint instance not found."
  })
  void aNextHopOfAnotherTypeDoesNotExistAndIsRefusedAsSuch(String type, String code, int status, String message)
      throws ClientException {
    CreateRouteEntryRequest r = route("192.168.0.0/16");
    r.setNextHopType(type);
    r.setNextHopId("i-bp1anything");
    refusedAndNothingChanged(r, code, status, message);
  }

  // ---------------------------------------------------------------- NextHopList (ECMP)

  private static CreateRouteEntryRequest.NextHopList hop(String ri) {
    CreateRouteEntryRequest.NextHopList h = new CreateRouteEntryRequest.NextHopList();
    h.setNextHopType("RouterInterface");
    h.setNextHopId(ri);
    return h;
  }

  private static CreateRouteEntryRequest ecmp(String... ris) {
    CreateRouteEntryRequest r = withoutNextHop("192.168.0.0/16");
    List<CreateRouteEntryRequest.NextHopList> hops = new ArrayList<>();
    for (String ri : ris) {
      hops.add(hop(ri));
    }
    r.setNextHopLists(hops);
    return r;
  }

  @Test
  void aNextHopListOfOneOrFiveIsTheWrongSize() throws ClientException {
    refusedAndNothingChanged(ecmp("ri-hz-vbr-1"), "InvalidNexthopListSize", 400, "nexthop size is illegal. Must be between 2 and 4.");
    refusedAndNothingChanged(ecmp("ri-hz-vbr-1", "ri-hz-vbr-2", "ri-hz-idle", "ri-hz-active", "ri-hz-vbr-1"),
        "InvalidNexthopListSize", 400, "nexthop size is illegal. Must be between 2 and 4.");
  }

  @Test
  void aNextHopListNamingAnInterfaceTwiceIsADuplicate() throws ClientException {
    refusedAndNothingChanged(ecmp("ri-hz-vbr-1", "ri-hz-vbr-1"), "Duplicated.VpcNextHop", 400, "Route entry nexthop duplicate.");
  }

  @Test
  void aNextHopListWithAnInterfaceWhoseOppositeIsNotAVbrIsRefused() throws ClientException {
    refusedAndNothingChanged(ecmp("ri-hz-vbr-1", "ri-hz-active"), "InvalidOppositeRouterType", 400,
        "nexthop list cannot only contain router interface whose opposite router interface is on vbr.");
  }

  @Test
  void aBadWeightIsRefused() throws ClientException {
    CreateRouteEntryRequest r = withoutNextHop("192.168.0.0/16");
    CreateRouteEntryRequest.NextHopList heavy = hop("ri-hz-vbr-1");
    heavy.setWeight(256);
    r.setNextHopLists(List.of(heavy, hop("ri-hz-vbr-2")));
    refusedAndNothingChanged(r, "INVALID_WEIGHT_PARAM", 400, "Specified value of weight invalid");
  }

  @Test
  void anOtherwiseValidEcmpRouteIsUnsupportedForWantOfVbrSideConnections() throws ClientException {
    refusedAndNothingChanged(ecmp("ri-hz-vbr-1", "ri-hz-vbr-2"), "OperationUnsupported.EcmpRiTypeOrNumber", 400,
        "Emcp entry not supported if vpc-vbr or vbr-vlan ri does not exist.");
  }
}
