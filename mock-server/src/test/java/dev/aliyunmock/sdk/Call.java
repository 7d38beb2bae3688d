package dev.aliyunmock.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ActivateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeactivateRouterInterfaceRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouterInterfaceRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.support.Sdk;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One API call in one dialect, sent the way a user of that dialect sends it: with the VPC SDK's
 * request classes for 2016-04-28, with a {@link CommonRequest} for 2014-05-26.
 *
 * <pre>{@code
 * Call.onInterface(sdk, Dialect.ECS, "ConnectRouterInterface", "ri-1")
 *     .refused("IncorrectStatus", 400, "RouterInterface can be operated ...");
 * }</pre>
 */
final class Call {
  static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Sdk sdk;
  private final AcsRequest<?> typed;
  private final CommonRequest common;

  private Call(Sdk sdk, AcsRequest<?> typed, CommonRequest common) {
    this.sdk = sdk;
    this.typed = typed;
    this.common = common;
  }

  static Call of(Sdk sdk, AcsRequest<?> request) {
    return new Call(sdk, request, null);
  }

  static Call of(Sdk sdk, CommonRequest request) {
    return new Call(sdk, null, request);
  }

  /**
   * An action that takes only {@code RouterInterfaceId} (Connect, Activate, Deactivate, Delete);
   * a {@code null} id is not sent.
   */
  static Call onInterface(Sdk sdk, Dialect dialect, String action, String routerInterfaceId) {
    if (dialect == Dialect.ECS) {
      CommonRequest r = sdk.ecs(action);
      if (routerInterfaceId != null) {
        r.putQueryParameter("RouterInterfaceId", routerInterfaceId);
      }
      return of(sdk, r);
    }
    AcsRequest<?> r =
        switch (action) {
          case "ConnectRouterInterface" -> {
            ConnectRouterInterfaceRequest c = new ConnectRouterInterfaceRequest();
            c.setRouterInterfaceId(routerInterfaceId);
            yield c;
          }
          case "ActivateRouterInterface" -> {
            ActivateRouterInterfaceRequest a = new ActivateRouterInterfaceRequest();
            a.setRouterInterfaceId(routerInterfaceId);
            yield a;
          }
          case "DeactivateRouterInterface" -> {
            DeactivateRouterInterfaceRequest d = new DeactivateRouterInterfaceRequest();
            d.setRouterInterfaceId(routerInterfaceId);
            yield d;
          }
          case "DeleteRouterInterface" -> {
            DeleteRouterInterfaceRequest d = new DeleteRouterInterfaceRequest();
            d.setRouterInterfaceId(routerInterfaceId);
            yield d;
          }
          default -> throw new IllegalArgumentException(action);
        };
    return of(sdk, r);
  }

  /** Sends the call in another region than the profile's; {@code ""} sends no RegionId at all. */
  Call region(String regionId) {
    if (typed != null) {
      typed.setSysRegionId(regionId);
    } else {
      common.setSysRegionId(regionId);
    }
    return this;
  }

  /** Asserts the call is refused with this code, HTTP status and message, and a RequestId. */
  ClientException refused(String code, int status, String message) throws ClientException {
    ClientException e = typed != null ? sdk.assertRefused(typed, code, status) : sdk.assertRefused(common, code, status);
    assertThat(e.getErrMsg()).as("message of %s", code).isEqualTo(message);
    return e;
  }

  /** Sends the call once and asserts it succeeded with a RequestId. */
  void succeeds() throws ClientException {
    if (typed != null) {
      AcsResponse r = sdk.call(typed);
      assertThat(r).extracting("requestId").asString().matches(REQUEST_ID);
      return;
    }
    CommonResponse r = sdk.client().getCommonResponse(common);
    assertThat(r.getHttpStatus()).isEqualTo(200);
    assertThat(json(r.getData()).path("RequestId").asText()).matches(REQUEST_ID);
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
