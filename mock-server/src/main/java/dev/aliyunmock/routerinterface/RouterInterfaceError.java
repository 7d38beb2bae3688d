package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.ErrorText;

/**
 * The errors of the router-interface actions: code, HTTP status and message per API version, as
 * data. {@code docs/reference/router-interfaces.md} gives each one's source and when it answers.
 *
 * <pre>{@code
 * throw new ApiException(RouterInterfaceError.INCORRECT_STATUS, Status.IDLE.apiName());
 * }</pre>
 */
public enum RouterInterfaceError implements ErrorCode {
  // ---- ConnectRouterInterface (docs/reference/router-interfaces.md, Connect) ----
  /** Both API versions' pages. */
  ROUTER_INTERFACE_NOT_FOUND(ErrorText.of(
      "InvalidRouterInterfaceId.NotFound",
      404,
      "The specified RouterInterfaceId does not exist in our record.")),
  /** The 2014 page's typo "spedified" kept in the ECS dialect; the VPC page's spelling in the VPC dialect. */
  NOT_INITIATING_SIDE(ErrorText.of(
      "IncorrectRole.NotInitiatingSide",
      400,
      "The spedified RouterInterface is not InitiatingSide",
      "The specified RouterInterface is not InitiatingSide.")),
  /**
   * {@code IncorrectStatus} (ECS page) / {@code IncorrectRIStatus} (VPC page). {0} is the
   * status the action requires.
   */
  INCORRECT_STATUS(new ErrorText(
      "IncorrectStatus",
      "IncorrectRIStatus",
      400,
      "RouterInterface can be operated by this action only when it\u2019s status is {0}.",
      "RouterInterface can be operated by this action only when it's status is {0}.")),
  /**
   * DeactivateRouterInterface (the 2016 page and the VPC page): {@code IncorrectStatus}
   * in both dialects, unlike Connect and Activate. {0} is the status the action requires.
   */
  INCORRECT_STATUS_FOR_DEACTIVATE(ErrorText.of(
      "IncorrectStatus",
      400,
      "RouterInterface can be operated by this action only when it\u2019s status is {0}.",
      "RouterInterface can be operated by this action only when it's status is {0}.")),
  /** The 2014 page names OppositeRouterOwnerId (ECS); the VPC page OppositeInterfaceOwnerId. */
  OPPOSITE_INFO_NOT_SET(ErrorText.of(
      "IncorrectOppositeInterfaceInfo.NotSet",
      400,
      "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId must be all set.",
      "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeInterfaceOwnerId must be all set.")),
  /** The 2014 page: opposite missing, fields mismatched, or not an AcceptingSide. */
  OPPOSITE_INFO_INCORRECT(ErrorText.of("IncorrectOppositeInterfaceInfo", 400, OPPOSITE_INFO_INCORRECT_TEXT.ECS)),
  /** Itself or the same router; the VPC dialect says so in the VPC page's words. */
  OPPOSITE_ON_SAME_ROUTER(ErrorText.of(
      "IncorrectOppositeInterfaceInfo",
      400,
      OPPOSITE_INFO_INCORRECT_TEXT.ECS,
      "Cannot connect on the same router")),
  /** The VPC page (Chinese): VPC dialect only. */
  CROSS_BID_FORBIDDEN(ErrorText.of("CROSS_BID.FORBIDDEN", 404, "Connect RouterInterface across bid is illegal")),
  /** The 2014 page (typo "Meybe" kept). */
  REJECTED_BY_OPPOSITE(ErrorText.of(
      "RejectedByOppositeInterface",
      403,
      "The opposite RouterInterface does not set this RouterInterface as a OppositeRouterInterface."
          + " Meybe it was wrongly set. Please check the configuration of the opposite"
          + " RouterInterface.")),
  /** The VPC page. */
  ONLY_ONE_CONNECTION(ErrorText.of(
      "Forbidden.OnlyOneConnection", 400, "The Specified routers have a connection already")),
  /** The VPC page: the other pair is still connecting. */
  ONLY_ONE_CONNECTION_CONCURRENT(ErrorText.of(
      "Forbidden.OnlyOneConnection", 400, "Cannot connect concurrently between same routers")),
  /** Both API versions' pages. */
  BILLS_OUTSTANDING(ErrorText.of(
      "Forbidden.BillsOutstanding",
      400,
      "You cannot use this action because you have bills outstanding.")),

  // ---- DescribeRouterInterfaces (docs/reference/router-interfaces.md, Describe) ----
  /** 404; every source prints the key's place literally as {@code Filter.X.key}. */
  FILTER_KEY_NOT_SUPPORTED(ErrorText.of(
      "InvalidFilterKey.ValueNotSupported", 404, "Specified filter key is not supported: Filter.X.key")),
  /** A filter key without values, or values without a key (the page gives the code only). */
  PARAM_NOT_NULL(ErrorText.of("InvalidParam.NotNull", 400, "The parameter must not be null.")),
  /**
   * VPC DescribeRouterInterfaces error table: a bad PageNumber or PageSize is answered, oddly,
   * with this 404 code and its own message.
   */
  PAGING_INVALID(ErrorText.of("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize.")),

  // ---- ModifyRouterInterfaceAttribute and the lifecycle actions (codes with their typos kept) ----
  /**
   * Modify (the 2016 page and the VPC page both spell the code "Malformd", and their error tables the
   * message "illeagl"): the same in both dialects.
   */
  NAME_MALFORMED(ErrorText.of("InvalidName.Malformd", 400, "The attribute name is illeagl.")),
  /** Modify: as for the name. */
  DESCRIPTION_MALFORMED(ErrorText.of("InvalidDescription.Malformed", 400, "The Description is illeagl.")),
  /** Modify. */
  OPPOSITE_ROUTER_TYPE_NOT_SUPPORTED(ErrorText.of(
      "InvalidOppositeRouterType.ValueNotSupported",
      400,
      "The specified OppositeRouterType is not valid.")),
  /** Modify: an invalid health-check IP address. */
  HEALTH_CHECK_IP_MALFORMED(ErrorText.of(
      "InvalidHealthCheckIP.Malformd", 400, "Healthcheck sourceip or targetip is not valid.")),
  /** Modify: health-check source without target, or IPs together with DeleteHealthCheckIp. */
  MODIFY_PARAM_INVALID(ErrorText.of("InvalidParam.ModifyRouterInterface", 400, "{0}")),
  /** Modify: HcRate / HcThreshold not a positive integer ({0} names it). mock message. */
  HEALTH_CHECK_PARAM_ILLEGAL(ErrorText.of("IllegalParam.{0}", 400, "The specified {0} is not valid.")),
  /** Activate, Deactivate, Modify (sic "Financile", "financiel"). */
  FINANCIAL_LOCKED(ErrorText.of(
      "Forbidden.FinancileLocked",
      400,
      "This RouterInterface is financiel locked because of bills outstanding.")),
  /** Create. mock message: no source gives one. */
  ROLE_NOT_SUPPORTED(ErrorText.of("InvalidRole.ValueNotSupported", 400, "The specified Role is not supported.")),
  /** ModifySpec, Create (sic "Valud"). */
  SPEC_NOT_SUPPORTED(ErrorText.of("InvalidSpec.ValudNotSupported", 400, "The specified Spec is not supported.")),
  /**
   * Delete while a route entry has the interface as next hop: each API version's own code and
   * message (docs/reference/vpc/router-interface-deletion.md, G10; "Refered" and "refered" sic).
   */
  REFERRED_BY_ROUTE_ENTRY(new ErrorText(
      "DependencyViolation.RouterInterfaceReferedByRouteEntry",
      "RouterInterfaceReferredByRouteEntry",
      400,
      "RouterInterface cannot be deleted when it is refered by a route table entry as next hop.",
      "Router interface referred by route entry.")),
  /** ModifySpec, Delete. mock message: the documented one is a copy-paste slip. */
  INSTANCE_STATUS_ERROR(ErrorText.of(
      "InvalidInstance.StatusError",
      400,
      "The status of the specified RouterInterface does not support this operation.")),
  /** Create: the router does not exist, or is not the caller's in that region. mock code. */
  ROUTER_NOT_FOUND(ErrorText.of(
      "InvalidRouterId.NotFound", 404, "The specified RouterId does not exist in our record.")),
  /** Create: at most 5 router interfaces per router (rule documented, code not). mock code. */
  QUOTA_EXCEEDED(ErrorText.of(
      "QuotaExceeded.RouterInterface",
      400,
      "The number of router interfaces of the specified router exceeds the quota of {0}.")),
  /** Create: a VBR can only be the initiating side (rule documented, code not). mock message. */
  VBR_MUST_INITIATE(ErrorText.of(
      "InvalidRole.ValueNotSupported",
      400,
      "A router interface of a VBR can only be InitiatingSide."));

  private final ErrorText text;

  RouterInterfaceError(ErrorText text) {
    this.text = text;
  }

  @Override
  public ErrorText text() {
    return text;
  }

  /** Holder so that a constant can reuse another's text without a forward reference. */
  private static final class OPPOSITE_INFO_INCORRECT_TEXT {
    static final String ECS =
        "The opposite RouterInterface information specified by"
            + " OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId is wrong."
            + " Maybe the RouterInterface or Router does not exist, or the parameters mismatched, or"
            + " that RouterInterface is not a AcceptingSide.";
  }
}
