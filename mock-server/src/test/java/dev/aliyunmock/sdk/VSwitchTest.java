package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesResponse;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.support.SdkTestCase;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateVSwitch, DescribeVSwitches and DeleteVSwitch with the VPC SDK (docs/reference/vpc/vswitch.md). */
class VSwitchTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  private static CreateVSwitchRequest create(String vpcId, String zoneId, String cidr) {
    CreateVSwitchRequest r = new CreateVSwitchRequest();
    r.setVpcId(vpcId);
    r.setZoneId(zoneId);
    r.setCidrBlock(cidr);
    return r;
  }

  private static DeleteVSwitchRequest delete(String id) {
    DeleteVSwitchRequest r = new DeleteVSwitchRequest();
    r.setVSwitchId(id);
    return r;
  }

  private void refusedAndNothingChanged(Call call, String code, int status, String message) throws ClientException {
    String before = server.mock().stateJson();
    call.refused(code, status, message);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- CreateVSwitch

  @Test
  void aVSwitchIsCreatedPendingThenAvailableWithEveryField() throws ClientException {
    CreateVSwitchRequest r = create("vpc-hz", "cn-hangzhou-h", "172.16.2.0/24");
    r.setVSwitchName("db");
    r.setDescription("Created by a test");
    String id = sdk.call(r).getVSwitchId();
    assertThat(id).matches("vsw-[0-9a-z]{21}");
    DescribeVSwitchesResponse.VSwitch v = VpcCalls.vSwitch(sdk, "cn-hangzhou", "vpc-hz", id);
    assertThat(v.getStatus()).isEqualTo("Pending");
    assertThat(v.getVpcId()).isEqualTo("vpc-hz");
    assertThat(v.getZoneId()).isEqualTo("cn-hangzhou-h");
    assertThat(v.getCidrBlock()).isEqualTo("172.16.2.0/24");
    assertThat(v.getVSwitchName()).isEqualTo("db");
    assertThat(v.getDescription()).isEqualTo("Created by a test");
    assertThat(v.getAvailableIpAddressCount()).isEqualTo(252L);
    assertThat(v.getIsDefault()).isFalse();
    assertThat(v.getOwnerId()).isEqualTo(Long.valueOf(VpcWorld.A));
    assertThat(v.getRouteTable().getRouteTableId()).isEqualTo("vtb-hz");
    assertThat(v.getRouteTable().getRouteTableType()).isEqualTo("System");
    assertThat(VpcCalls.vSwitch(sdk, "cn-hangzhou", "vpc-hz", id).getStatus()).isEqualTo("Available");
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz").getVSwitchIds()).containsExactly("vsw-hz-1", id);
  }

  @Test
  void theSameClientTokenAnswersTheSameVSwitch() throws ClientException {
    CreateVSwitchRequest r = create("vpc-hz", "cn-hangzhou-h", "172.16.2.0/24");
    r.setClientToken("t-1");
    String first = sdk.call(r).getVSwitchId();
    assertThat(sdk.call(r).getVSwitchId()).isEqualTo(first);
  }

  @Test
  void aZoneOfAnotherRegionIsNotFound() throws ClientException {
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz", "cn-beijing-a", "172.16.2.0/24")),
        "InvalidZoneId.NotFound", 404, "Specified zone does not exist.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cn-hangzhou", "cn-hangzhou-", "cn-hangzhou-bb", "cn-hangzhou-B", "cn-hangzhou-1"})
  void aZoneIdNotOfTheFormRegionDashLetterIsNotFound(String zone) throws ClientException {
    Call.of(sdk, create("vpc-hz", zone, "172.16.2.0/24")).refused("InvalidZoneId.NotFound", 404, "Specified zone does not exist.");
  }

  @Test
  void anUnknownOrForeignVpcIsNotFound() throws ClientException {
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-peer", "cn-hangzhou-b", "172.16.2.0/24")),
        "InvalidVpcId.NotFound", 404, "Specified VPC does not exist.");
  }

  @Test
  void aPendingVpcTakesNoVSwitch() throws ClientException {
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz-pending", "cn-hangzhou-b", "10.1.0.0/24")),
        "IncorrectVpcStatus", 400, "Current VPC status does not support this operation.");
  }

  @Test
  void aSecondVSwitchWhileTheFirstIsBeingCreatedIsRefused() throws ClientException {
    sdk.call(create("vpc-hz", "cn-hangzhou-b", "172.16.2.0/24"));
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", "172.16.3.0/24")),
        "IncorrectVSwitchStatus", 400, "VSwitch Creation simultaneously is not supported.");
  }

  @Test
  void aVSwitchWhileAnotherIsBeingDeletedIsRefused() throws ClientException {
    sdk.call(delete("vsw-hz-1"));
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", "172.16.3.0/24")),
        "IncorrectVSwitchStatus", 400, "Some virtual switch is modifying within the same VPC.");
  }

  @Test
  void aVSwitchWhileARouteEntryIsBeingDeletedIsRefused() throws ClientException {
    DeleteRouteEntryRequest d = new DeleteRouteEntryRequest();
    d.setRouteEntryId("rte-hz-1");
    sdk.call(d);
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", "172.16.3.0/24")),
        "IncorrectRouteEntryStatus", 400, "Some route entry status blocked this operation.");
  }

  @Test
  void aMalformedNameOrDescriptionIsRefused() throws ClientException {
    CreateVSwitchRequest r = create("vpc-hz", "cn-hangzhou-b", "172.16.2.0/24");
    r.setVSwitchName("https://x");
    Call.of(sdk, r).refused("InvalidVSwitchName.Malformed", 400, "Specified virtual switch name is not valid.");
    r.setVSwitchName("ok");
    r.setDescription("x".repeat(257));
    Call.of(sdk, r).refused("InvalidVSwitchDiscription.Malformed", 400, "Specified virtual switch description is not valid.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"172.16.2.0", "172.16.2.1/24", "garbage"})
  void aBlockThatIsNoNetworkBlockIsMalformed(String cidr) throws ClientException {
    Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", cidr)).refused("InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"172.16.0.0/15", "172.16.2.0/30"})
  void aMaskOutside16To29IsRefused(String cidr) throws ClientException {
    Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", cidr)).refused("InvalidCirdrBlock.MaskLength", 400, "Specified CIDR block is not valid .");
  }

  @Test
  void aBlockOutsideTheVpcIsRefused() throws ClientException {
    Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", "192.168.1.0/24"))
        .refused("InvalidParameter", 400, "Specified CIDR block is not valid in VPC.");
  }

  @Test
  void aBlockOverlappingAnotherVSwitchIsRefused() throws ClientException {
    Call.of(sdk, create("vpc-hz", "cn-hangzhou-b", "172.16.1.128/25"))
        .refused("InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other subnets.");
  }

  @Test
  void aBlockEqualToARouteDestinationIsRefused() throws ClientException, FixtureException {
    // vpc-hz-routed (192.168.0.0/16) routes 10.0.0.0/8; give it a route inside its own block first.
    server.mock().loadFixtures("""
        {"RouteEntries": [{"RouteEntryId": "rte-into-vpc", "RouteTableId": "vtb-hz-routed",
          "DestinationCidrBlock": "192.168.5.0/24", "NextHopId": "ri-hz-routed"}]}
        """);
    Call.of(sdk, create("vpc-hz-routed", "cn-hangzhou-b", "192.168.5.0/24"))
        .refused("InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other entry.");
  }

  @Test
  void the151stVSwitchOfAVpcIsOverQuota() throws ClientException, FixtureException {
    StringJoiner switches = new StringJoiner(",");
    for (int i = 0; i < 150; i++) {
      switches.add("{\"VSwitchId\":\"vsw-q" + i + "\",\"VpcId\":\"vpc-hz-empty\",\"ZoneId\":\"cn-hangzhou-b\","
          + "\"CidrBlock\":\"192.168." + i + ".0/24\"}");
    }
    server.mock().loadFixtures("{\"VSwitches\":[" + switches + "]}");
    refusedAndNothingChanged(
        Call.of(sdk, create("vpc-hz-empty", "cn-hangzhou-b", "192.168.200.0/24")),
        "QuotaExceeded.VSwitch", 400, "Virtual switch quota exceeded.");
  }

  // ---------------------------------------------------------------- DescribeVSwitches

  @Test
  void describeFiltersByVpcZoneNameAndId() throws ClientException {
    sdk.call(create("vpc-hz", "cn-hangzhou-h", "172.16.2.0/24"));
    DescribeVSwitchesRequest r = new DescribeVSwitchesRequest();
    r.setVpcId("vpc-hz");
    assertThat(sdk.call(r).getTotalCount()).isEqualTo(2);
    r.setZoneId("cn-hangzhou-b");
    assertThat(sdk.call(r).getVSwitches()).extracting(DescribeVSwitchesResponse.VSwitch::getVSwitchId).containsExactly("vsw-hz-1");
    r.setZoneId(null);
    r.setVSwitchName("web");
    assertThat(sdk.call(r).getVSwitches()).extracting(DescribeVSwitchesResponse.VSwitch::getVSwitchId).containsExactly("vsw-hz-1");
    DescribeVSwitchesRequest byId = new DescribeVSwitchesRequest();
    byId.setVSwitchId("vsw-hz-1");
    assertThat(sdk.call(byId).getTotalCount()).isEqualTo(1);
    DescribeVSwitchesRequest byTable = new DescribeVSwitchesRequest();
    byTable.setRouteTableId("vtb-hz-empty");
    assertThat(sdk.call(byTable).getTotalCount()).isZero();
  }

  @Test
  void anUnknownVpcIdIsForbiddenVpcNotFound() throws ClientException {
    DescribeVSwitchesRequest r = new DescribeVSwitchesRequest();
    r.setVpcId("vpc-peer");
    Call.of(sdk, r).refused("Forbidden.VpcNotFound", 400, "Specified VPC can not found.");
  }

  @Test
  void anUnknownVSwitchIdIsNotFound() throws ClientException {
    DescribeVSwitchesRequest r = new DescribeVSwitchesRequest();
    r.setVSwitchId("vsw-nowhere");
    Call.of(sdk, r).refused("InvalidVSwitchId.NotFound", 404, "VSwitch not exist.");
  }

  // ---------------------------------------------------------------- DeleteVSwitch

  @Test
  void aVSwitchIsPendingThenGone() throws ClientException {
    sdk.call(delete("vsw-hz-1"));
    VpcCalls.await(() -> {
      var v = VpcCalls.vSwitch(sdk, "cn-hangzhou", "vpc-hz", "vsw-hz-1");
      return v == null ? null : v.getStatus();
    }, "Pending", null);
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", "vpc-hz").getVSwitchIds()).isEmpty();
  }

  @Test
  void aVSwitchBeingCreatedCannotBeDeleted() throws ClientException {
    String id = sdk.call(create("vpc-hz", "cn-hangzhou-h", "172.16.2.0/24")).getVSwitchId();
    refusedAndNothingChanged(
        Call.of(sdk, delete(id)), "IncorrectVSwitchStatus", 400,
        "The current virtual switch status does not support this operation.");
  }

  @Test
  void aVSwitchWhileAnotherOfTheVpcIsPendingIsRefusedAsNotStable() throws ClientException, FixtureException {
    server.mock().loadFixtures("""
        {"VSwitches": [{"VSwitchId": "vsw-hz-2", "VpcId": "vpc-hz", "ZoneId": "cn-hangzhou-b",
          "CidrBlock": "172.16.2.0/24", "Status": "Pending"}]}
        """);
    refusedAndNothingChanged(Call.of(sdk, delete("vsw-hz-1")), "IncorrectStatus", 404, "Vswtich status not stable.");
  }

  @Test
  void aVSwitchWhileARouteIsBeingCreatedIsRefused() throws ClientException {
    VpcCalls.createRouteEntry(sdk, "cn-hangzhou", "vtb-hz", "192.168.0.0/16", "ri-hz-active");
    refusedAndNothingChanged(
        Call.of(sdk, delete("vsw-hz-1")), "IncorrectRouteEntryStatus", 400, "Some route entry status blocked this operation.");
  }

  @Test
  void anUnknownVSwitchIsNotFound() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, delete("vsw-nowhere")), "InvalidVSwitchId.NotFound", 404, "VSwitch not exist.");
  }
}
