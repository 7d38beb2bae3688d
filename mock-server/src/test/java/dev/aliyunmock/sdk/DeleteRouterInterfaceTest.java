package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describe;
import static dev.aliyunmock.sdk.Vpc.describeOne;
import static dev.aliyunmock.sdk.Vpc.filter;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DeleteRouterInterface in both dialects: only Idle or Inactive interfaces, and what the peer sees. */
class DeleteRouterInterfaceTest extends SdkTestCase {
  static final String STATUS_ERROR = "The status of the specified RouterInterface does not support this operation.";

  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  private Call delete(Dialect d, String id) {
    return Call.onInterface(sdk, d, "DeleteRouterInterface", id);
  }

  private long countInHangzhou(String id) throws ClientException {
    return describe(sdk, "cn-hangzhou", filter("RouterInterfaceId", id)).getTotalCount();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anIdleInterfaceIsDeletedAtOnce(Dialect d) throws ClientException {
    delete(d, "ri-idle").succeeds();
    assertThat(countInHangzhou("ri-idle")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anInactiveInterfaceIsDeletedAtOnce(Dialect d) throws ClientException {
    delete(d, "ri-inactive").succeeds();
    assertThat(countInHangzhou("ri-inactive")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void thePeerOfADeletedInterfaceReportsItsOppositeAsDeleted(Dialect d) throws ClientException {
    delete(d, "ri-inactive").succeeds();
    assertThat(describeOne(sdk, "cn-beijing", "ri-inactive-acceptor").getOppositeInterfaceStatus()).isEqualTo("Deleted");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anActiveInterfaceIsRefusedWithInvalidInstanceStatusError(Dialect d) throws ClientException {
    delete(d, "ri-active").refused("InvalidInstance.StatusError", 400, STATUS_ERROR);
    assertThat(countInHangzhou("ri-active")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDeactivatingInterfaceIsRefusedWithInvalidInstanceStatusError(Dialect d) throws ClientException {
    Call.onInterface(sdk, d, "DeactivateRouterInterface", "ri-active").succeeds();
    delete(d, "ri-active").refused("InvalidInstance.StatusError", 400, STATUS_ERROR);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConnectingInterfaceIsRefusedWithInvalidInstanceStatusError(Dialect d) throws ClientException {
    Call.onInterface(sdk, d, "ConnectRouterInterface", "ri-ready").succeeds();
    delete(d, "ri-ready").refused("InvalidInstance.StatusError", 400, STATUS_ERROR);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUnknownInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    delete(d, "ri-nowhere")
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aDeletedInterfaceCannotBeDeletedAgain(Dialect d) throws ClientException {
    delete(d, "ri-idle").succeeds();
    delete(d, "ri-idle").refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }
}
