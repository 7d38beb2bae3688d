package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.support.SdkTestCase;
import dev.aliyunmock.vpc.VpcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateVpc with the VPC SDK: what it creates, and every refusal the mock can give (docs/reference/vpc/vpc.md). */
class CreateVpcTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  private static CreateVpcRequest create(String cidr) {
    CreateVpcRequest r = new CreateVpcRequest();
    r.setCidrBlock(cidr);
    return r;
  }

  @Test
  void aVpcIsCreatedPendingWithItsVRouterAndRouteTableThenBecomesAvailable() throws ClientException {
    CreateVpcRequest r = create("192.168.0.0/16");
    r.setVpcName("shop");
    r.setDescription("Created by a test");
    CreateVpcResponse created = sdk.call(r);

    assertThat(created.getRequestId()).matches(Call.REQUEST_ID);
    assertThat(created.getVpcId()).matches("vpc-[0-9a-z]{21}");
    assertThat(created.getVRouterId()).matches("vrt-[0-9a-z]{21}");
    assertThat(created.getRouteTableId()).matches("vtb-[0-9a-z]{21}");
    assertThat(created.getResourceGroupId()).startsWith("rg-acfm");
    DescribeVpcsResponse.Vpc first = VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId());
    assertThat(first.getStatus()).isEqualTo("Pending");
    assertThat(first.getCidrBlock()).isEqualTo("192.168.0.0/16");
    assertThat(first.getVpcName()).isEqualTo("shop");
    assertThat(first.getDescription()).isEqualTo("Created by a test");
    assertThat(first.getVRouterId()).isEqualTo(created.getVRouterId());
    assertThat(first.getRouterTableIds()).containsExactly(created.getRouteTableId());
    assertThat(first.getIsDefault()).isFalse();
    assertThat(first.getOwnerId()).isEqualTo(Long.valueOf(VpcWorld.A));
    assertThat(first.getCreationTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getStatus()).isEqualTo("Available");
  }

  @Test
  void withoutACidrBlockTheVpcTakes172Dot16Slash12() throws ClientException {
    CreateVpcResponse created = sdk.call(new CreateVpcRequest());
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getCidrBlock()).isEqualTo("172.16.0.0/12");
  }

  @Test
  void theSameClientTokenAnswersTheSameVpc() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setClientToken("token-1");
    CreateVpcResponse first = sdk.call(r);
    CreateVpcResponse again = sdk.call(r);
    assertThat(again.getVpcId()).isEqualTo(first.getVpcId());
    assertThat(again.getVRouterId()).isEqualTo(first.getVRouterId());
    int vpcs = server.mock().world().read(v -> v.store(VpcStore.KEY).all().size());
    assertThat(vpcs).as("the world's seven and one created").isEqualTo(8);
  }

  @Test
  void aVpcInManualModeStaysPendingUntilCompleted() throws ClientException {
    server.mock().transitions().setDefaultMode(new TransitionMode.Manual());
    CreateVpcResponse created = sdk.call(create("10.0.0.0/8"));
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getStatus()).isEqualTo("Pending");
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getStatus()).isEqualTo("Pending");
    assertThat(server.mock().transitions().complete(created.getVpcId())).isTrue();
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getStatus()).isEqualTo("Available");
  }

  @Test
  void anUnknownRegionIsRefusedWithTheVpcPagesWording() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setSysRegionId("cn-atlantis");
    Call.of(sdk, r).refused("InvalidRegionId.NotFound", 404, "Specified value of \"regionId\" is not supported.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "ten/8", "10.0.0.256/8", "10.0.0.0/-1", "10.0.0.0/8/8"})
  void aCidrBlockThatIsNoBlockIsMalformed(String cidr) throws ClientException {
    Call.of(sdk, create(cidr)).refused("InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.0/24", "10.0.0.0/7", "172.16.0.0/11", "192.168.1.0/25", "10.0.0.1/16", "100.64.0.0/10"})
  void aBlockOutsideThePrivateRangesOrWithAMaskAbove24IsNotValid(String cidr) throws ClientException {
    Call.of(sdk, create(cidr)).refused("InvalidParameter", 400, "Specified CIDR block is not valid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://shop", "https://shop"})
  void aNameStartingWithHttpIsMalformed(String name) throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setVpcName(name);
    Call.of(sdk, r).refused("InvalidVpcName.Malformed", 400, "Specified VPC name is not valid.");
  }

  @Test
  void aNameOf129CharactersIsMalformed() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setVpcName("a".repeat(129));
    Call.of(sdk, r).refused("InvalidVpcName.Malformed", 400, "Specified VPC name is not valid.");
  }

  @Test
  void aDescriptionOf257CharactersIsMalformed() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setDescription("d".repeat(257));
    Call.of(sdk, r).refused("InvalidVpcDiscription.Malformed", 400, "Specified VPC description is not valid.");
  }

  @Test
  void userCidrsAreKeptAndShown() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setUserCidr("192.168.0.0/16,172.16.0.0/16");
    CreateVpcResponse created = sdk.call(r);
    assertThat(VpcCalls.vpc(sdk, "cn-hangzhou", created.getVpcId()).getUserCidrs())
        .containsExactly("192.168.0.0/16", "172.16.0.0/16");
  }

  @Test
  void aUserCidrThatIsNoBlockHasAnInvalidFormat() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setUserCidr("192.168.0.0/16,nonsense");
    Call.of(sdk, r).refused("InvalidParameter", 400, "Specified UserCidr invalid format.");
  }

  @Test
  void moreThanThreeUserCidrsAreOverQuota() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setUserCidr("192.168.1.0/24,192.168.2.0/24,192.168.3.0/24,192.168.4.0/24");
    Call.of(sdk, r).refused("InvalidUserCidr.Quota", 400, "Specified UserCidr number is greater than 3.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.168.1.0/29", "10.0.0.0/7"})
  void aUserCidrMaskOutside8To28IsNotValid(String userCidr) throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setUserCidr(userCidr);
    Call.of(sdk, r).refused("InvalidParameter", 400, "Specified UserCidr Subnet mask is not valid .");
  }

  @Test
  void aUserCidrOverlapping100Dot64Slash10IsRefused() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setUserCidr("100.100.0.0/16");
    Call.of(sdk, r).refused("InvalidUserCidr.Malformed", 400, "Specified UserCidr overlapping in of 100.64.0.0/10.");
  }

  @Test
  void theEleventhVpcOfARegionIsOverQuota() throws ClientException {
    // The world gives account A five VPCs in cn-hangzhou.
    for (int i = 0; i < 5; i++) {
      sdk.call(create("10.0.0.0/8"));
    }
    String before = server.mock().stateJson();
    Call.of(sdk, create("10.0.0.0/8")).refused("QuotaExceeded.Vpc", 400, "VPC quota exceeded.");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void theQuotaCountsEachRegionApart() throws ClientException {
    for (int i = 0; i < 5; i++) {
      sdk.call(create("10.0.0.0/8"));
    }
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setSysRegionId("cn-beijing");
    assertThat(sdk.call(r).getVpcId()).startsWith("vpc-");
  }

  @Test
  void aDryRunThatPassesIsAnsweredDryRunOperationAndCreatesNothing() throws ClientException {
    CreateVpcRequest r = create("10.0.0.0/8");
    r.setDryRun(true);
    String before = server.mock().stateJson();
    Call.of(sdk, r).refused("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.");
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void aDryRunWithABadBlockIsRefusedForTheBlock() throws ClientException {
    CreateVpcRequest r = create("8.8.8.0/24");
    r.setDryRun(true);
    Call.of(sdk, r).refused("InvalidParameter", 400, "Specified CIDR block is not valid");
  }
}
