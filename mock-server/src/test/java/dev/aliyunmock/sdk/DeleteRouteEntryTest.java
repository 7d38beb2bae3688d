package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouterInterfaceRequest;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.support.SdkTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DeleteRouteEntry with the VPC SDK (by id, or by table, destination and next hop), and
 * DeleteRouterInterface refused while a route uses the interface, in both API versions.
 */
class DeleteRouteEntryTest extends SdkTestCase {
  @Override
  protected String world() {
    return VpcWorld.JSON;
  }

  private static DeleteRouteEntryRequest byId(String id) {
    DeleteRouteEntryRequest r = new DeleteRouteEntryRequest();
    r.setRouteEntryId(id);
    return r;
  }

  private static DeleteRouteEntryRequest byDestination(String table, String destination) {
    DeleteRouteEntryRequest r = new DeleteRouteEntryRequest();
    r.setRouteTableId(table);
    r.setDestinationCidrBlock(destination);
    return r;
  }

  private void refusedAndNothingChanged(Call call, String code, int status, String message) throws ClientException {
    String before = server.mock().stateJson();
    call.refused(code, status, message);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  private String statusOf(String entryId) throws ClientException {
    var e = VpcCalls.routeEntry(sdk, "cn-hangzhou", "vtb-hz", entryId);
    return e == null ? null : e.getStatus();
  }

  @Test
  void anEntryNamedByIdIsDeletingThenGone() throws ClientException {
    sdk.call(byId("rte-hz-1"));
    VpcCalls.await(() -> statusOf("rte-hz-1"), "Deleting", null);
  }

  @Test
  void anEntryNamedByTableDestinationAndNextHopIsDeleted() throws ClientException {
    DeleteRouteEntryRequest r = byDestination("vtb-hz", "10.0.0.0/8");
    r.setNextHopId("ri-hz-active");
    sdk.call(r);
    assertThat(statusOf("rte-hz-1")).isEqualTo("Deleting");
  }

  @Test
  void aNextHopListMayNameTheNextHop() throws ClientException {
    DeleteRouteEntryRequest r = byDestination("vtb-hz", "10.0.0.0/8");
    DeleteRouteEntryRequest.NextHopList hop = new DeleteRouteEntryRequest.NextHopList();
    hop.setNextHopType("RouterInterface");
    hop.setNextHopId("ri-hz-active");
    r.setNextHopLists(List.of(hop));
    sdk.call(r);
    assertThat(statusOf("rte-hz-1")).isEqualTo("Deleting");
  }

  @Test
  void neitherAnIdNorATableAndDestinationIsAMissingParameter() throws ClientException {
    DeleteRouteEntryRequest r = new DeleteRouteEntryRequest();
    r.setRouteTableId("vtb-hz");
    refusedAndNothingChanged(Call.of(sdk, r), "MissingParameter", 400, "Miss mandatory parameter.");
  }

  @Test
  void aTableAndDestinationWithoutANextHopAreRefused() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, byDestination("vtb-hz", "10.0.0.0/8")), "InvalidNextHop", 400,
        "Specified nexthop and nexthop list cannot both null.");
  }

  @Test
  void anUnknownIdIsInvalidRouteEntry() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, byId("rte-nowhere")), "InvalidRouteEntry", 400, "Specified routeEntry not exist.");
  }

  @Test
  void anotherAccountsEntryIdIsInvalidRouteEntry() throws ClientException, FixtureException {
    server.mock().loadFixtures("""
        {"RouteEntries": [{"RouteEntryId": "rte-peer-1", "RouteTableId": "vtb-peer",
          "DestinationCidrBlock": "10.0.0.0/8", "NextHopId": "ri-peer"}]}
        """);
    refusedAndNothingChanged(Call.of(sdk, byId("rte-peer-1")), "InvalidRouteEntry", 400, "Specified routeEntry not exist.");
  }

  @Test
  void anUnknownTableIsNotFound() throws ClientException {
    DeleteRouteEntryRequest r = byDestination("vtb-nowhere", "10.0.0.0/8");
    r.setNextHopId("ri-hz-active");
    refusedAndNothingChanged(Call.of(sdk, r), "InvalidRouteTableId.NotFound", 404, "Specified route table does not exist.");
  }

  @Test
  void aMalformedDestinationIsRefused() throws ClientException {
    DeleteRouteEntryRequest r = byDestination("vtb-hz", "ten-slash-eight");
    r.setNextHopId("ri-hz-active");
    refusedAndNothingChanged(Call.of(sdk, r), "InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.");
  }

  @Test
  void aDestinationOrNextHopThatMatchesNoEntryIsNotFound() throws ClientException {
    DeleteRouteEntryRequest other = byDestination("vtb-hz", "10.0.0.0/16");
    other.setNextHopId("ri-hz-active");
    refusedAndNothingChanged(Call.of(sdk, other), "InvalidRouteEntry.NotFound", 400, "Route entry not exists.");
    DeleteRouteEntryRequest otherHop = byDestination("vtb-hz", "10.0.0.0/8");
    otherHop.setNextHopId("ri-hz-idle");
    refusedAndNothingChanged(Call.of(sdk, otherHop), "InvalidRouteEntry.NotFound", 400, "Route entry not exists.");
  }

  @Test
  void theSystemEntryCannotBeDeleted() throws ClientException {
    refusedAndNothingChanged(Call.of(sdk, byId("rte-hz-system")), "OperationDenied", 400,
        "Specified operation is denied as route entry type is system.");
    DeleteRouteEntryRequest r = byDestination("vtb-hz", "100.64.0.0/10");
    r.setNextHopId("anything");
    refusedAndNothingChanged(Call.of(sdk, r), "OperationDenied", 400,
        "Specified operation is denied as route entry type is system.");
  }

  @Test
  void anEntryBeingCreatedCannotBeDeleted() throws ClientException {
    String id = VpcCalls.createRouteEntry(sdk, "cn-hangzhou", "vtb-hz", "192.168.0.0/16", "ri-hz-active");
    refusedAndNothingChanged(Call.of(sdk, byId(id)), "IncorrectRouteEntryStatus", 400, "Specified routeEntry status error.");
  }

  @Test
  void anEntryWhileAnotherIsBeingDeletedIsBlocked() throws ClientException, FixtureException {
    server.mock().loadFixtures("""
        {"RouteEntries": [{"RouteEntryId": "rte-hz-2", "RouteTableId": "vtb-hz",
          "DestinationCidrBlock": "192.168.0.0/16", "NextHopId": "ri-hz-active"}]}
        """);
    sdk.call(byId("rte-hz-2"));
    refusedAndNothingChanged(Call.of(sdk, byId("rte-hz-1")), "IncorrectRouteEntryStatus", 400,
        "Some route entry status blocked this operation.");
  }

  @Test
  void anEntryOfAPendingVpcIsRefused() throws ClientException, FixtureException {
    server.mock().loadFixtures("""
        {"RouterInterfaces": [{"RouterInterfaceId": "ri-pending", "RouterId": "vrt-hz-pending", "Role": "InitiatingSide"}],
         "RouteEntries": [{"RouteEntryId": "rte-pending-1", "RouteTableId": "vtb-hz-pending",
          "DestinationCidrBlock": "192.168.0.0/16", "NextHopId": "ri-pending"}]}
        """);
    refusedAndNothingChanged(Call.of(sdk, byId("rte-pending-1")), "IncorrectVpcStatus", 400,
        "Current VPC status does not support this operation.");
  }

  // ---------------------------------------------------------------- DeleteRouterInterface

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anInterfaceARouteUsesCannotBeDeletedInEitherVersion(Dialect d) throws ClientException {
    String code = d == Dialect.ECS ? "DependencyViolation.RouterInterfaceReferedByRouteEntry" : "RouterInterfaceReferredByRouteEntry";
    String message = d == Dialect.ECS
        ? "RouterInterface cannot be deleted when it is refered by a route table entry as next hop."
        : "Router interface referred by route entry.";
    refusedAndNothingChanged(Call.onInterface(sdk, d, "DeleteRouterInterface", "ri-hz-routed"), code, 400, message);
  }

  @Test
  void theStatusIsCheckedBeforeTheRoute() throws ClientException {
    refusedAndNothingChanged(Call.onInterface(sdk, Dialect.VPC, "DeleteRouterInterface", "ri-hz-active"),
        "InvalidInstance.StatusError", 400, DeleteRouterInterfaceTest.STATUS_ERROR);
  }

  @Test
  void onceItsRouteIsGoneTheInterfaceIsDeleted() throws ClientException {
    DeleteRouteEntryRequest r = byId("rte-hz-routed-1");
    sdk.call(r);
    server.mock().transitions().completeAll();
    DeleteRouterInterfaceRequest d = new DeleteRouterInterfaceRequest();
    d.setRouterInterfaceId("ri-hz-routed");
    sdk.call(d);
    assertThat(server.mock().routerInterface("ri-hz-routed")).isEmpty();
  }
}
