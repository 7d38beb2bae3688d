package dev.aliyunmock.sdk;

import static dev.aliyunmock.sdk.Vpc.describeOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import dev.aliyunmock.support.SdkTestCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ActivateRouterInterface and DeactivateRouterInterface in both dialects: transitions and refusals. */
class ActivateAndDeactivateRouterInterfaceTest extends SdkTestCase {
  static final String LOCKED = "This RouterInterface is financiel locked because of bills outstanding.";

  private Sdk peer;

  @Override
  protected String world() {
    return LifecycleWorld.JSON;
  }

  @BeforeAll
  void otherAccounts() {
    peer = sdkAs(Sdk.PEER_KEY, Sdk.PEER_SECRET);
  }

  private Call activate(Sdk as, Dialect d, String id) {
    return Call.onInterface(as, d, "ActivateRouterInterface", id);
  }

  private Call deactivate(Sdk as, Dialect d, String id) {
    return Call.onInterface(as, d, "DeactivateRouterInterface", id);
  }

  private String code(Dialect d) {
    return d == Dialect.ECS ? "IncorrectStatus" : "IncorrectRIStatus";
  }

  private String onlyWhen(Dialect d, String status) {
    return "RouterInterface can be operated by this action only when it"
        + (d == Dialect.ECS ? "\u2019" : "'")
        + "s status is "
        + status
        + ".";
  }

  private String hz(String id) throws ClientException {
    return describeOne(sdk, "cn-hangzhou", id).getStatus();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateTakesAnActiveInterfaceThroughDeactivatingToInactive(Dialect d) throws ClientException {
    deactivate(sdk, d, "ri-active").succeeds();
    assertThat(hz("ri-active")).isEqualTo("Deactivating");
    assertThat(hz("ri-active")).isEqualTo("Inactive");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void activateTakesAnInactiveInterfaceThroughActivatingToActive(Dialect d) throws ClientException {
    activate(sdk, d, "ri-inactive").succeeds();
    assertThat(hz("ri-inactive")).isEqualTo("Activating");
    assertThat(hz("ri-inactive")).isEqualTo("Active");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void theOppositeSideMirrorsADeactivation(Dialect d) throws ClientException {
    deactivate(sdk, d, "ri-active").succeeds();
    assertThat(hz("ri-active")).isEqualTo("Deactivating");
    assertThat(hz("ri-active")).isEqualTo("Inactive");
    assertThat(describeOne(sdk, "cn-beijing", "ri-active-acceptor").getOppositeInterfaceStatus()).isEqualTo("Inactive");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void activateOfAnActiveInterfaceIsRefusedWithIncorrectStatusNamingInactive(Dialect d) throws ClientException {
    activate(sdk, d, "ri-active").refused(code(d), 400, onlyWhen(d, "Inactive"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void activateOfAnIdleInterfaceIsRefusedWithIncorrectStatusNamingInactive(Dialect d) throws ClientException {
    activate(sdk, d, "ri-idle").refused(code(d), 400, onlyWhen(d, "Inactive"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateOfAnIdleInterfaceIsRefusedWithIncorrectStatusNamingActive(Dialect d) throws ClientException {
    deactivate(sdk, d, "ri-idle").refused("IncorrectStatus", 400, onlyWhen(d, "Active"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateOfAnInactiveInterfaceIsRefusedWithIncorrectStatusNamingActive(Dialect d) throws ClientException {
    deactivate(sdk, d, "ri-inactive").refused("IncorrectStatus", 400, onlyWhen(d, "Active"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateWhileDeactivatingIsRefusedWithIncorrectStatusNamingActive(Dialect d) throws ClientException {
    deactivate(sdk, d, "ri-active").succeeds();
    deactivate(sdk, d, "ri-active").refused("IncorrectStatus", 400, onlyWhen(d, "Active"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void activateOfAFinanciallyLockedInterfaceIsRefusedWithForbiddenFinancileLocked(Dialect d) throws ClientException {
    activate(peer, d, "ri-peer-locked-inactive").refused("Forbidden.FinancileLocked", 400, LOCKED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateOfAFinanciallyLockedInterfaceIsRefusedWithForbiddenFinancileLocked(Dialect d) throws ClientException {
    deactivate(peer, d, "ri-peer-locked-active").refused("Forbidden.FinancileLocked", 400, LOCKED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void activateOfAnUnknownInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d) throws ClientException {
    activate(sdk, d, "ri-nowhere")
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateOfAnotherAccountsInterfaceIsRefusedWithInvalidRouterInterfaceIdNotFound(Dialect d)
      throws ClientException {
    deactivate(sdk, d, "ri-peer-locked-active")
        .refused("InvalidRouterInterfaceId.NotFound", 404, ConnectRouterInterfaceErrorsTest.RI_NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void deactivateWithoutRouterInterfaceIdIsRefusedWithMissingRouterInterfaceId(Dialect d) throws ClientException {
    deactivate(sdk, d, null).refused("MissingRouterInterfaceId", 400, "RouterInterfaceId is mandatory for this action.");
  }
}
