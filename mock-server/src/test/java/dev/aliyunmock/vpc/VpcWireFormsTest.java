package dev.aliyunmock.vpc;

import static dev.aliyunmock.support.ApiHttp.assertError;
import static dev.aliyunmock.support.ApiHttp.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The VPC-side actions on the wire, for what no SDK sends: requests that name no region (the
 * resource's is taken, G25), both formats' list nesting, parameters in a form body or a GET, and
 * booleans in another letter case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VpcWireFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORLD =
      """
      {"Regions": ["cn-hangzhou", "cn-beijing"],
       "Accounts": [{"OwnerId": "1000000000000001", "AccessKeyId": "testAccessKeyId", "AccessKeySecret": "testAccessKeySecret"}],
       "Vpcs": [{"VpcId": "vpc-bj", "RegionId": "cn-beijing", "OwnerId": "1000000000000001", "CidrBlock": "10.0.0.0/8"},
                {"VpcId": "vpc-hz", "RegionId": "cn-hangzhou", "OwnerId": "1000000000000001"}],
       "VSwitches": [{"VSwitchId": "vsw-bj", "VpcId": "vpc-bj", "ZoneId": "cn-beijing-a", "CidrBlock": "10.1.0.0/16"}],
       "RouterInterfaces": [{"RouterInterfaceId": "ri-bj", "RouterId": "vrt-bj", "Role": "InitiatingSide"}],
       "RouteEntries": [{"RouteEntryId": "rte-bj-1", "RouteTableId": "vtb-bj", "DestinationCidrBlock": "192.168.0.0/16",
                         "NextHopId": "ri-bj"}]}
      """;

  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeAll
  void start() {
    server = MockServers.start(m -> m.fixtures(WORLD));
    http = new ApiHttp(server);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.mock().reset();
  }

  private static JsonNode json(Response r) throws IOException {
    return JSON.readTree(r.asByteArray());
  }

  // ---------------------------------------------------------------- no RegionId

  @Test
  void modifyVpcAttributeWithoutRegionIdActsOnTheVpcInItsRegion() throws IOException {
    assertOk(http.sdkStyle(SignedCall.vpc("ModifyVpcAttribute").without("RegionId").with("VpcId", "vpc-bj")
        .with("VpcName", "named-without-region")));
    Response r = http.sdkStyle(SignedCall.vpc("DescribeVpcs").with("RegionId", "cn-beijing").with("Format", "JSON"));
    assertThat(json(r).path("Vpcs").path("Vpc").get(0).path("VpcName").asText()).isEqualTo("named-without-region");
  }

  @Test
  void withoutRegionIdAnUnknownVpcIsNotFound() {
    assertError(http.sdkStyle(SignedCall.vpc("DeleteVpc").without("RegionId").with("VpcId", "vpc-nowhere")),
        404, "InvalidVpcId.NotFound");
  }

  @Test
  void createVSwitchAndDeleteVSwitchWithoutRegionIdTakeTheVpcsRegion() {
    assertOk(http.sdkStyle(SignedCall.vpc("CreateVSwitch").without("RegionId").with("VpcId", "vpc-bj")
        .with("ZoneId", "cn-beijing-c").with("CidrBlock", "10.2.0.0/16")));
    server.mock().transitions().completeAll();
    assertOk(http.sdkStyle(SignedCall.vpc("DeleteVSwitch").without("RegionId").with("VSwitchId", "vsw-bj")));
  }

  @Test
  void routeEntriesWithoutRegionIdAreFoundThroughTheirTable() {
    assertOk(http.sdkStyle(SignedCall.vpc("CreateRouteEntry").without("RegionId").with("RouteTableId", "vtb-bj")
        .with("DestinationCidrBlock", "172.16.0.0/12").with("NextHopType", "RouterInterface").with("NextHopId", "ri-bj")));
    server.mock().transitions().completeAll();
    assertOk(http.sdkStyle(SignedCall.vpc("DeleteRouteEntry").without("RegionId").with("RouteEntryId", "rte-bj-1")));
    assertError(http.sdkStyle(SignedCall.vpc("DeleteRouteEntry").without("RegionId").with("RouteEntryId", "rte-none")),
        400, "InvalidRouteEntry");
  }

  @Test
  void describeVSwitchesNeedsARegionOrAVpc() throws IOException {
    assertError(http.sdkStyle(SignedCall.vpc("DescribeVSwitches").without("RegionId")), 400, "MissingRegionId");
    Response r = http.sdkStyle(SignedCall.vpc("DescribeVSwitches").without("RegionId").with("VpcId", "vpc-bj")
        .with("Format", "JSON"));
    assertThat(json(r).path("TotalCount").asInt()).isEqualTo(1);
  }

  @Test
  void describeRouteTablesWithoutRegionIdTakesTheNamedTablesOrVRoutersRegion() throws IOException {
    Response byTable = http.sdkStyle(SignedCall.vpc("DescribeRouteTables").without("RegionId").with("RouteTableId", "vtb-bj")
        .with("Format", "JSON"));
    assertThat(json(byTable).path("TotalCount").asInt()).isEqualTo(1);
    Response unknown = http.sdkStyle(SignedCall.vpc("DescribeRouteTables").without("RegionId").with("VRouterId", "vrt-none")
        .with("Format", "JSON"));
    assertThat(json(unknown).path("TotalCount").asInt()).isZero();
    assertError(http.sdkStyle(SignedCall.vpc("DescribeRouteTables").without("RegionId")), 400, "MissingRegionId");
  }

  @Test
  void describeRegionsNeedsNoRegion() throws IOException {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRegions").without("RegionId").with("Format", "JSON"));
    assertThat(json(r).path("Regions").path("Region")).hasSize(2);
  }

  @Test
  void actionsThatRequireARegionAnswerMissingRegionId() {
    for (String action : new String[] {"CreateVpc", "DescribeVpcs", "DescribeVRouters", "DescribeRouteTableList"}) {
      assertError(http.sdkStyle(SignedCall.vpc(action).without("RegionId")), 400, "MissingRegionId");
    }
  }

  // ---------------------------------------------------------------- formats

  @Test
  void theEcsVersionAnswersXmlWithEachListNestedUnderItsInnerName() {
    Response r = http.sdkStyle(SignedCall.ecs("DescribeVpcs").with("RegionId", "cn-beijing"));
    assertThat(r.getContentType()).startsWith("text/xml");
    String xml = new String(r.asByteArray(), StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DescribeVpcsResponse>");
    assertThat(xml).contains("<Vpcs><Vpc><VpcId>vpc-bj</VpcId>");
    assertThat(xml).contains("<VSwitchIds><VSwitchId>vsw-bj</VSwitchId></VSwitchIds>");
    assertThat(xml).contains("<UserCidrs></UserCidrs>");
  }

  @Test
  void routeTablesNestRouteEntrysAndNextHopsInXml() {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRouteTables").with("RegionId", "cn-beijing").with("Format", "XML"));
    String xml = new String(r.asByteArray(), StandardCharsets.UTF_8);
    assertThat(xml).contains("<RouteTables><RouteTable><RouteTableId>vtb-bj</RouteTableId>");
    assertThat(xml).contains("<RouteEntrys><RouteEntry><RouteEntryId>rte-bj-1</RouteEntryId>");
    assertThat(xml).contains("<NextHops></NextHops>");
  }

  @Test
  void describeRouteTableListNestsItsItemsUnderRouterTableListType() throws IOException {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeRouteTableList").with("RegionId", "cn-beijing").with("Format", "JSON"));
    JsonNode body = json(r);
    assertThat(body.path("RouterTableList").path("RouterTableListType").get(0).path("RouteTableId").asText()).isEqualTo("vtb-bj");
    assertThat(body.path("RouterTableList").path("RouterTableListType").get(0).path("GatewayIds").has("GatewayIds")).isTrue();
    assertThat(body.path("Success").asBoolean()).isTrue();
  }

  // ---------------------------------------------------------------- placement, method, letter case

  @Test
  void createVpcTakesItsParametersInAFormBody() {
    SignedCall call = SignedCall.vpc("CreateVpc").with("CidrBlock", "192.168.0.0/16");
    assertOk(http.send("POST", "/", ApiHttp.FORM, SignedCall.wire(call.signed()).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void describeVpcsAnswersAGet() throws IOException {
    SignedCall call = SignedCall.vpc("DescribeVpcs").method("GET").with("Format", "JSON").with("RegionId", "cn-beijing");
    Response r = http.send("GET", "/?" + SignedCall.wire(call.signed()));
    assertThat(json(r).path("TotalCount").asInt()).isEqualTo(1);
  }

  @Test
  void isDefaultIsReadInAnyLetterCase() throws IOException {
    Response r = http.sdkStyle(SignedCall.vpc("DescribeVpcs").with("RegionId", "cn-beijing").with("IsDefault", "FALSE")
        .with("Format", "JSON"));
    assertThat(json(r).path("TotalCount").asInt()).isEqualTo(1);
    assertError(http.sdkStyle(SignedCall.vpc("DescribeVpcs").with("IsDefault", "maybe")), 400, "InvalidParameter");
  }

  @Test
  void nextHopListItemsAreReadFromTheirIndexedParameters() {
    assertError(http.sdkStyle(SignedCall.vpc("CreateRouteEntry").with("RegionId", "cn-beijing").with("RouteTableId", "vtb-bj")
        .with("DestinationCidrBlock", "172.16.0.0/12").with("NextHopList.1.NextHopType", "RouterInterface")
        .with("NextHopList.1.NextHopId", "ri-bj")), 400, "InvalidNexthopListSize");
    assertError(http.sdkStyle(SignedCall.vpc("CreateRouteEntry").with("RegionId", "cn-beijing").with("RouteTableId", "vtb-bj")
        .with("DestinationCidrBlock", "172.16.0.0/12").with("NextHopList.1.NextHopId", "ri-bj")
        .with("NextHopList.2.NextHopType", "RouterInterface").with("NextHopList.2.NextHopId", "ri-bj")), 400, "MissingParameter");
  }
}
