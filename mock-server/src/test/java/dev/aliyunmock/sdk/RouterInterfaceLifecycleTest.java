package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describe;
import static dev.aliyunmock.sdk.Vpc.describeOne;
import static dev.aliyunmock.sdk.Vpc.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ActivateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouterInterfaceResponse;
import com.aliyuncs.vpc.model.v20160428.DeactivateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesResponse.RouterInterfaceType;
import com.aliyuncs.vpc.model.v20160428.ModifyRouterInterfaceAttributeRequest;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole life of a pair of router interfaces, written as a user of the VPC SDK would write it:
 * create both sides, point each at the other, connect, wait for Active, deactivate, activate,
 * deactivate again, delete both.
 */
class RouterInterfaceLifecycleTest extends SdkTestCase {
  /** How many polls a client allows before giving up; the default mode needs two. */
  private static final int MAX_POLLS = 10;

  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  private CreateRouterInterfaceResponse create(
      String region, String routerId, String role, String spec, String oppositeRegion, String name) throws ClientException {
    CreateRouterInterfaceRequest r = new CreateRouterInterfaceRequest();
    r.setSysRegionId(region);
    r.setRouterId(routerId);
    r.setRouterType("VRouter");
    r.setRole(role);
    r.setSpec(spec);
    r.setOppositeRegionId(oppositeRegion);
    r.setName(name);
    return sdk.call(r);
  }

  private void pointAt(String region, String id, String oppositeId, String oppositeRouterId) throws ClientException {
    ModifyRouterInterfaceAttributeRequest r = new ModifyRouterInterfaceAttributeRequest();
    r.setSysRegionId(region);
    r.setRouterInterfaceId(id);
    r.setOppositeInterfaceId(oppositeId);
    r.setOppositeRouterId(oppositeRouterId);
    r.setOppositeRouterType("VRouter");
    r.setOppositeInterfaceOwnerId(Long.valueOf(LifecycleWorld.A));
    sdk.call(r);
  }

  /** Polls DescribeRouterInterfaces until the interface reaches {@code status}; returns every status seen. */
  private List<String> pollUntil(String region, String id, String status) throws ClientException {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < MAX_POLLS; i++) {
      String now = describeOne(sdk, region, id).getStatus();
      seen.add(now);
      if (now.equals(status)) {
        return seen;
      }
    }
    throw new AssertionError(id + " never reached " + status + "; seen " + seen);
  }

  @Test
  void aPairGoesThroughItsWholeLifeWithTheVpcSdk() throws ClientException {
    // Create both sides.
    CreateRouterInterfaceResponse initiator =
        create("cn-hangzhou", "vrt-hz", "InitiatingSide", "Large.2", "cn-beijing", "hz-to-bj");
    CreateRouterInterfaceResponse acceptor =
        create("cn-beijing", "vrt-bj", "AcceptingSide", "Negative", "cn-hangzhou", "bj-from-hz");
    assertThat(initiator.getRequestId()).matches(Call.REQUEST_ID);
    assertThat(initiator.getRouterInterfaceId()).startsWith("ri-");
    assertThat(initiator.getOrderId()).isPositive();
    assertThat(acceptor.getRouterInterfaceId()).startsWith("ri-").isNotEqualTo(initiator.getRouterInterfaceId());
    String ini = initiator.getRouterInterfaceId();
    String acc = acceptor.getRouterInterfaceId();
    RouterInterfaceType created = describeOne(sdk, "cn-hangzhou", ini);
    assertThat(created.getStatus()).isEqualTo("Idle");
    assertThat(created.getRole()).isEqualTo("InitiatingSide");
    assertThat(created.getSpec()).isEqualTo("Large.2");
    assertThat(created.getBandwidth()).isEqualTo(2000);
    assertThat(created.getName()).isEqualTo("hz-to-bj");
    assertThat(created.getOppositeRegionId()).isEqualTo("cn-beijing");

    // Point each side at the other.
    pointAt("cn-hangzhou", ini, acc, "vrt-bj");
    pointAt("cn-beijing", acc, ini, "vrt-hz");

    // Connect, and wait for Active.
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId(ini);
    sdk.call(connect);
    assertThat(pollUntil("cn-hangzhou", ini, "Active")).containsExactly("Connecting", "Active");
    RouterInterfaceType active = describeOne(sdk, "cn-beijing", acc);
    assertThat(active.getStatus()).isEqualTo("Active");
    assertThat(active.getOppositeInterfaceId()).isEqualTo(ini);
    assertThat(active.getOppositeInterfaceSpec()).isEqualTo("Large.2");
    assertThat(active.getConnectedTime()).isNotEmpty();

    // Deactivate: Deactivating, then Inactive.
    DeactivateRouterInterfaceRequest deactivate = new DeactivateRouterInterfaceRequest();
    deactivate.setRouterInterfaceId(ini);
    sdk.call(deactivate);
    assertThat(pollUntil("cn-hangzhou", ini, "Inactive")).containsExactly("Deactivating", "Inactive");
    assertThat(describeOne(sdk, "cn-beijing", acc).getOppositeInterfaceStatus()).isEqualTo("Inactive");

    // Activate: Activating, then Active.
    ActivateRouterInterfaceRequest activate = new ActivateRouterInterfaceRequest();
    activate.setRouterInterfaceId(ini);
    sdk.call(activate);
    assertThat(pollUntil("cn-hangzhou", ini, "Active")).containsExactly("Activating", "Active");

    // Deactivate again, then delete the initiator.
    sdk.call(deactivate);
    pollUntil("cn-hangzhou", ini, "Inactive");
    DeleteRouterInterfaceRequest deleteInitiator = new DeleteRouterInterfaceRequest();
    deleteInitiator.setRouterInterfaceId(ini);
    sdk.call(deleteInitiator);
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterInterfaceId", ini)).getTotalCount()).isZero();
    assertThat(describeOne(sdk, "cn-beijing", acc).getOppositeInterfaceStatus()).isEqualTo("Deleted");

    // The acceptor is still Active on its own: deactivate it, then delete it.
    DeactivateRouterInterfaceRequest deactivateAcceptor = new DeactivateRouterInterfaceRequest();
    deactivateAcceptor.setSysRegionId("cn-beijing");
    deactivateAcceptor.setRouterInterfaceId(acc);
    sdk.call(deactivateAcceptor);
    pollUntil("cn-beijing", acc, "Inactive");
    DeleteRouterInterfaceRequest deleteAcceptor = new DeleteRouterInterfaceRequest();
    deleteAcceptor.setSysRegionId("cn-beijing");
    deleteAcceptor.setRouterInterfaceId(acc);
    sdk.call(deleteAcceptor);
    assertThat(describe(sdk, "cn-beijing", filter("RouterId", "vrt-bj")).getTotalCount()).isZero();
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterId", "vrt-hz")).getTotalCount()).isZero();
  }

  @Test
  void anIdlePairThatNeverConnectedDeletesAtOnce() throws ClientException {
    String ini = create("cn-hangzhou", "vrt-hz", "InitiatingSide", "Small.1", "cn-beijing", "short-lived").getRouterInterfaceId();
    DeleteRouterInterfaceRequest delete = new DeleteRouterInterfaceRequest();
    delete.setRouterInterfaceId(ini);
    sdk.call(delete);
    assertThat(describe(sdk, "cn-hangzhou", filter("RouterInterfaceId", ini)).getRouterInterfaceSet()).isEmpty();
  }
}
