package dev.aliyunmock.vpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterStore;
import dev.aliyunmock.routerinterface.RouterInterfaceField;
import dev.aliyunmock.routetable.RouteEntryStatus;
import dev.aliyunmock.routetable.RouteEntryStore;
import dev.aliyunmock.vswitch.VSwitchStatus;
import dev.aliyunmock.vswitch.VSwitchStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code Vpcs}, {@code VSwitches} and {@code RouteEntries} sections: defaults, references, refusals, round trips. */
class VpcFixturesTest {
  private static final String BASE =
      "\"Regions\":[\"cn-hangzhou\",\"cn-beijing\"],"
          + "\"Accounts\":[{\"OwnerId\":\"1000000000000001\",\"AccessKeyId\":\"k1\",\"AccessKeySecret\":\"s1\"},"
          + "{\"OwnerId\":\"1000000000000002\",\"AccessKeyId\":\"k2\",\"AccessKeySecret\":\"s2\"}]";
  private static final String VPC =
      "{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"CidrBlock\":\"10.0.0.0/8\"}";

  private static AliyunMock mock(String rest) throws FixtureException {
    return AliyunMock.builder().fixtures("{" + BASE + (rest.isEmpty() ? "" : "," + rest) + "}").build();
  }

  private static String refusal(String rest) {
    return assertThatThrownBy(() -> mock(rest)).isInstanceOf(FixtureException.class).actual().getMessage();
  }

  @Test
  void aVpcGetsItsVRouterRouteTableAndDefaultsFromItsId() throws FixtureException {
    AliyunMock m = mock("\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}]");
    Vpc v = m.world().read(view -> view.store(VpcStore.KEY).acrossAccounts("vpc-a").orElseThrow().copy());
    assertThat(v.vRouterId()).isEqualTo("vrt-a");
    assertThat(v.routeTableId()).isEqualTo("vtb-a");
    assertThat(v.systemRouteEntryId()).isEqualTo("rte-a-system");
    assertThat(v.cidrBlock()).isEqualTo("172.16.0.0/12");
    assertThat(v.status()).isEqualTo(VpcStatus.AVAILABLE);
    assertThat(v.resourceGroupId()).startsWith("rg-acfm");
    Router r = m.world().read(view -> view.store(RouterStore.KEY).acrossAccounts("vrt-a").orElseThrow());
    assertThat(r.vpcId()).isEqualTo("vpc-a");
    assertThat(r.ownerId()).isEqualTo("1000000000000001");
  }

  @Test
  void aRouterInterfaceMaySitOnAFixtureVpcsVRouterAndTakesTheVpcAsItsVpcInstanceId() throws FixtureException {
    AliyunMock m = mock("\"Vpcs\":[" + VPC + "],"
        + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}]");
    assertThat(m.routerInterface("ri-a").orElseThrow().get(RouterInterfaceField.VpcInstanceId)).isEqualTo("vpc-a");
  }

  @Test
  void aVpcAdoptsAVRouterOfRoutersThatIsTheSameOwnersInTheSameRegion() throws FixtureException {
    AliyunMock m = mock("\"Routers\":[{\"RouterId\":\"vrt-old\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}],"
        + "\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"VRouterId\":\"vrt-old\"}]");
    Router r = m.world().read(view -> view.store(RouterStore.KEY).acrossAccounts("vrt-old").orElseThrow());
    assertThat(r.vpcId()).isEqualTo("vpc-a");
    assertThat(m.stateJson()).doesNotContain("\"RouterId\" : \"vrt-old\"");
    AliyunMock copy = AliyunMock.builder().fixtures(m.stateJson()).build();
    assertThat(copy.stateJson()).isEqualTo(m.stateJson());
  }

  @Test
  void aVpcAdoptsAVRouterOfTheWorldLoadedEarlier() throws FixtureException {
    AliyunMock m = mock("\"Routers\":[{\"RouterId\":\"vrt-old\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}]");
    m.loadFixtures("{\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\","
        + "\"VRouterId\":\"vrt-old\"}]}");
    Router r = m.world().read(view -> view.store(RouterStore.KEY).acrossAccounts("vrt-old").orElseThrow());
    assertThat(r.vpcId()).isEqualTo("vpc-a");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"eu-west-1\",\"OwnerId\":\"1000000000000001\"}]"
        + " | Vpcs[0].RegionId: region 'eu-west-1' is not in Regions",
    "\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"42\"}]"
        + " | Vpcs[0].OwnerId: account '42' is not in Accounts",
    "\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"CidrBlock\":\"10.0.0.1/8\"}]"
        + " | Vpcs[0].CidrBlock: '10.0.0.1/8' is not an IPv4 network block a.b.c.d/n",
    "\"Vpcs\":[" + VPC + "," + VPC + "] | Vpcs[1].VpcId: 'vpc-a' already exists",
    "\"Vpcs\":[{\"VpcId\":\"vpc-a\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"UserCidr\":\"x\"}]"
        + " | Vpcs[0].UserCidr: 'x' is not an IPv4 block a.b.c.d/n",
    "\"Routers\":[{\"RouterId\":\"vrt-a\",\"RegionId\":\"cn-beijing\",\"OwnerId\":\"1000000000000001\"}],\"Vpcs\":[" + VPC + "]"
        + " | Vpcs[0].VRouterId: 'vrt-a' is a router of Routers that is not a VRouter of the same owner and region",
    "\"Vpcs\":[" + VPC + ",{\"VpcId\":\"vpc-b\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"VRouterId\":\"vrt-a\"}]"
        + " | Vpcs[1].VRouterId: 'vrt-a' is the vRouter of VPC 'vpc-a'",
    "\"Vpcs\":[" + VPC + ",{\"VpcId\":\"vpc-b\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\",\"RouteTableId\":\"vtb-a\"}]"
        + " | Vpcs[1].RouteTableId: 'vtb-a' already exists",
    "\"Vpcs\":[" + VPC + "],\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-z\",\"ZoneId\":\"cn-hangzhou-b\","
        + "\"CidrBlock\":\"10.1.0.0/16\"}] | VSwitches[0].VpcId: VPC 'vpc-z' is not in Vpcs",
    "\"Vpcs\":[" + VPC + "],\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-beijing-a\","
        + "\"CidrBlock\":\"10.1.0.0/16\"}] | VSwitches[0].ZoneId: 'cn-beijing-a' is not a zone of cn-hangzhou",
    "\"Vpcs\":[" + VPC + "],\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\","
        + "\"CidrBlock\":\"192.168.0.0/16\"}] | VSwitches[0].CidrBlock: '192.168.0.0/16' is not inside its VPC's 10.0.0.0/8",
    "\"Vpcs\":[" + VPC + "],\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\","
        + "\"CidrBlock\":\"10.1.0.0/16\"},{\"VSwitchId\":\"vsw-2\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\","
        + "\"CidrBlock\":\"10.1.2.0/24\"}] | VSwitches[1].CidrBlock: '10.1.2.0/24' overlaps vSwitch vsw-1's 10.1.0.0/16",
    "\"Vpcs\":[" + VPC + "],\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-z\","
        + "\"DestinationCidrBlock\":\"1.0.0.0/8\",\"NextHopId\":\"ri-a\"}] | RouteEntries[0].RouteTableId: route table 'vtb-z' is no VPC's in Vpcs",
    "\"Vpcs\":[" + VPC + "],\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\","
        + "\"DestinationCidrBlock\":\"1.0.0.0/8\",\"NextHopId\":\"ri-a\"}] | RouteEntries[0].NextHopId: router interface 'ri-a' is not in RouterInterfaces",
    "\"Vpcs\":[" + VPC + "],\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"100.64.1.0/24\","
        + "\"NextHopId\":\"ri-a\"}] | RouteEntries[0].DestinationCidrBlock: '100.64.1.0/24' is inside 100.64.0.0/10",
    "\"Vpcs\":[" + VPC + "],\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-a-system\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-a\"}] | RouteEntries[0].RouteEntryId: 'rte-a-system' already exists",
    "\"Vpcs\":[" + VPC + ",{\"VpcId\":\"vpc-b\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}],"
        + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-b\",\"RouterId\":\"vrt-b\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-b\"}] | RouteEntries[0].NextHopId: router interface 'ri-b' is not on the VPC's vRouter vrt-a",
    "\"Vpcs\":[" + VPC + "],\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-a\"},{\"RouteEntryId\":\"rte-2\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-a\"}] | RouteEntries[1].DestinationCidrBlock: the table has an entry for '1.0.0.0/8' already",
    "\"Vpcs\":[" + VPC + "],\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\","
        + "\"Status\":\"Deleting\"}],\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\","
        + "\"DestinationCidrBlock\":\"1.0.0.0/8\",\"NextHopId\":\"ri-a\"}] | RouteEntries[0].NextHopId: router interface 'ri-a' is being deleted"
  })
  void aBadEntryIsRefusedNamingItsPath(String rest, String message) {
    assertThat(refusal(rest)).isEqualTo(message);
  }

  @Test
  void aWorldWithEveryKindDumpsIntoADocumentThatLoadsBackIdentically() throws FixtureException {
    AliyunMock m = mock("\"Vpcs\":[" + VPC + ",{\"VpcId\":\"vpc-p\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\","
        + "\"Status\":\"Pending\",\"UserCidr\":\"192.168.0.0/16\",\"VpcName\":\"n\",\"Description\":\"d\"}],"
        + "\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\",\"CidrBlock\":\"10.1.0.0/16\"},"
        + "{\"VSwitchId\":\"vsw-2\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\",\"CidrBlock\":\"10.2.0.0/16\",\"Status\":\"Deleting\"}],"
        + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-a\",\"Status\":\"Pending\",\"RouteEntryName\":\"r\"}]");
    String dump = m.stateJson();
    assertThat(dump).contains("\"Vpcs\"", "\"VSwitches\"", "\"RouteEntries\"", "\"Status\" : \"Deleting\"");
    AliyunMock copy = AliyunMock.builder().transitions(new TransitionMode.Manual()).fixtures(dump).build();
    assertThat(copy.stateJson()).isEqualTo(dump);
  }

  @Test
  void transientStatusesLoadedFromAFixtureFinishLikeThoseEnteredThroughTheApi() throws FixtureException {
    AliyunMock m = mock("\"Vpcs\":[" + VPC + ",{\"VpcId\":\"vpc-d\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\","
        + "\"Status\":\"Deleting\"}],"
        + "\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\",\"CidrBlock\":\"10.1.0.0/16\","
        + "\"Status\":\"Pending\"},"
        + "{\"VSwitchId\":\"vsw-2\",\"VpcId\":\"vpc-a\",\"ZoneId\":\"cn-hangzhou-b\",\"CidrBlock\":\"10.2.0.0/16\",\"Status\":\"Deleting\"}],"
        + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-a\",\"RouterId\":\"vrt-a\",\"Role\":\"InitiatingSide\"}],"
        + "\"RouteEntries\":[{\"RouteEntryId\":\"rte-1\",\"RouteTableId\":\"vtb-a\",\"DestinationCidrBlock\":\"1.0.0.0/8\","
        + "\"NextHopId\":\"ri-a\",\"Status\":\"Deleting\"},{\"RouteEntryId\":\"rte-2\",\"RouteTableId\":\"vtb-a\","
        + "\"DestinationCidrBlock\":\"2.0.0.0/8\",\"NextHopId\":\"ri-a\",\"Status\":\"Pending\"}]");
    boolean deletingVpcHasNoRouter = m.world().read(v -> v.store(RouterStore.KEY).acrossAccounts("vrt-d").isEmpty());
    assertThat(deletingVpcHasNoRouter).isTrue();
    assertThat(m.transitions().pending()).extracting(p -> p.kind())
        .containsExactlyInAnyOrder("DELETE_VPC", "CREATE_VSWITCH", "DELETE_VSWITCH", "DELETE_ROUTE_ENTRY", "CREATE_ROUTE_ENTRY");
    assertThat(m.transitions().completeAll()).isEqualTo(5);
    m.world().read(v -> {
      assertThat(v.store(VpcStore.KEY).acrossAccounts("vpc-d")).isEmpty();
      assertThat(v.store(VSwitchStore.KEY).acrossAccounts("vsw-1").orElseThrow().status()).isEqualTo(VSwitchStatus.AVAILABLE);
      assertThat(v.store(VSwitchStore.KEY).acrossAccounts("vsw-2")).isEmpty();
      assertThat(v.store(RouteEntryStore.KEY).acrossAccounts("rte-1")).isEmpty();
      assertThat(v.store(RouteEntryStore.KEY).acrossAccounts("rte-2").orElseThrow().status())
          .isEqualTo(RouteEntryStatus.AVAILABLE);
      return null;
    });
  }

  @Test
  void aRefusedDocumentLoadsNothing() throws FixtureException {
    AliyunMock m = mock("");
    String before = m.stateJson();
    assertThatThrownBy(() -> m.loadFixtures("{\"Vpcs\":[" + VPC + "],\"VSwitches\":[{\"VSwitchId\":\"vsw-1\",\"VpcId\":\"vpc-a\","
        + "\"ZoneId\":\"cn-hangzhou-b\",\"CidrBlock\":\"11.0.0.0/16\"}]}")).isInstanceOf(FixtureException.class);
    assertThat(m.stateJson()).isEqualTo(before);
  }
}
