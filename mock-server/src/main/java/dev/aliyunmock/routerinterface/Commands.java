package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.Caller;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The router-interface actions as the domain takes them: typed, every value already parsed at the
 * edge. An {@link Input} that was given but is not valid carries its refusal, which the rule
 * raises at its place in the documented order of checks.
 */
public final class Commands {
  private Commands() {}

  /** ConnectRouterInterface; the API version decides the checks that only one version makes. */
  public record Connect(Caller caller, String routerInterfaceId, Dialect dialect) {}

  /** An action on one of the caller's interfaces that takes nothing else (Activate, Deactivate, Delete, DescribeAttribute). */
  public record OnInterface(Caller caller, String routerInterfaceId) {}

  /** ModifyRouterInterfaceSpec. */
  public record ModifySpec(Caller caller, String routerInterfaceId, Input<Spec> spec) {}

  /**
   * DescribeRouterInterfaces: one page of the caller's interfaces in the region matching every
   * filter, every tag (key and value) and the resource group, if given.
   */
  public record Describe(
      Caller caller, int pageNumber, int pageSize, List<Filter> filters, Map<String, String> tags, String resourceGroupId) {
    public Describe {
      filters = List.copyOf(filters);
      tags = Map.copyOf(tags);
    }

    /** A query without tags or resource group. */
    public Describe(Caller caller, int pageNumber, int pageSize, List<Filter> filters) {
      this(caller, pageNumber, pageSize, filters, Map.of(), null);
    }
  }

  /** ModifyRouterInterfaceAttribute; absent inputs leave their field unchanged. */
  public record ModifyAttribute(
      Caller caller,
      String routerInterfaceId,
      Input<String> name,
      Input<String> description,
      Input<String> oppositeInterfaceId,
      Input<String> oppositeRouterId,
      Input<RouterType> oppositeRouterType,
      Input<String> oppositeInterfaceOwnerId,
      Input<String> healthCheckSourceIp,
      Input<String> healthCheckTargetIp,
      Input<Integer> hcRate,
      Input<Integer> hcThreshold,
      boolean deleteHealthCheckIp) {

    boolean touchesOpposite() {
      return oppositeInterfaceId.isGiven()
          || oppositeRouterId.isGiven()
          || oppositeRouterType.isGiven()
          || oppositeInterfaceOwnerId.isGiven();
    }
  }

  /** CreateRouterInterface. */
  public record Create(
      Caller caller,
      Input<String> clientToken,
      Input<Role> role,
      Input<Spec> spec,
      Input<RouterType> routerType,
      String routerId,
      String oppositeRegionId,
      Input<String> oppositeRouterId,
      Input<RouterType> oppositeRouterType,
      Input<String> oppositeInterfaceId,
      Input<String> oppositeInterfaceOwnerId,
      Input<String> accessPointId,
      Input<String> oppositeAccessPointId,
      Input<String> name,
      Input<String> description,
      Input<String> healthCheckSourceIp,
      Input<String> healthCheckTargetIp,
      Input<Charge> charge,
      Input<Map<String, String>> tags,
      Input<String> resourceGroupId) {
    public Create {
      Objects.requireNonNull(routerId);
      Objects.requireNonNull(oppositeRegionId);
    }
  }

  /**
   * How an interface is paid for: pay-as-you-go, or prepaid for a number of months.
   *
   * @param prepaid whether it is prepaid
   * @param months the months paid for (0 when pay-as-you-go)
   */
  public record Charge(boolean prepaid, int months) {
    /** Pay-as-you-go, the default. */
    public static final Charge PAY_AS_YOU_GO = new Charge(false, 0);
  }

  /** What CreateRouterInterface answers. */
  public record Created(String routerInterfaceId, long orderId) {}

  /**
   * One page of DescribeRouterInterfaces.
   *
   * @param pageNumber the page, from 1
   * @param pageSize the page size asked for
   * @param totalCount all matches, not only this page's
   * @param items the page's interfaces, detached copies
   */
  public record Page(int pageNumber, int pageSize, int totalCount, List<RouterInterface> items) {}

  /** What DescribeRouterInterfaceAttribute answers: the interface and its health check's status. */
  public record Attributes(RouterInterface routerInterface, String healthCheckStatus) {}
}
