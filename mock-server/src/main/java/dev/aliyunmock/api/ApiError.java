package dev.aliyunmock.api;

/**
 * Every error this mock answers with: its code, HTTP status and message, per dialect where they
 * differ. This table is the single place these facts are written; everything else refers to a
 * constant. Sources are in {@code ../shared/spec/API-FACTS.md} (tags in the comments) and
 * DECISIONS.md; messages marked "mock" are this product's choice where no source gives one.
 *
 * <p>Messages may hold placeholders {@code {0}}, {@code {1}}, replaced literally by {@link
 * #message(Dialect, String...)} (not {@link java.text.MessageFormat}, which would eat the
 * apostrophe of "it's").
 *
 * <pre>{@code
 * throw new ApiException(ApiError.INCORRECT_STATUS, "Idle");
 * }</pre>
 */
public enum ApiError {
  // ---- Gateway (all actions, both dialects): DECISIONS.md §3, API-FACTS c5 ----
  /** DECISIONS §2.2: the form real gateways return, e.g. {@code MissingRouterInterfaceId}. */
  MISSING_PARAMETER("Missing{0}", 400, "{0} is mandatory for this action."),
  /** c5. Also this mock's answer to malformed encodings and out-of-range values. */
  INVALID_PARAMETER("InvalidParameter", 400, "The specified value of parameter \"{0}\" is not valid."),
  /** mock: the limit on parameters per request (same code as above). */
  TOO_MANY_PARAMETERS("InvalidParameter", 400, "The request has more than {0} parameters."),
  /** mock: the limit on the length of one parameter's name or value (same code as above). */
  PARAMETER_TOO_LONG("InvalidParameter", 400, "The parameter \"{0}\" is longer than {1} characters."),
  /** c5 (HELP 51132). */
  UNSUPPORTED_HTTP_METHOD("UnsupportedHTTPMethod", 403, "This http method not supported."),
  /** c5 (HELP 51132): a signature of the wrong form (method, version, ACS3 header layout). */
  INCOMPLETE_SIGNATURE(
      "IncompleteSignature", 400, "The request signature does not conform to Aliyun standards."),
  /** c5 (ISSUES python-sdk#41): a Timestamp that cannot be parsed. */
  ILLEGAL_TIMESTAMP(
      "IllegalTimestamp",
      400,
      "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied."),
  /** c5; DECISIONS §3: more than 15 minutes off. */
  TIMESTAMP_EXPIRED(
      "InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."),
  /** c5; DECISIONS §3: a SignatureNonce reused within 15 minutes. */
  SIGNATURE_NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already."),
  /** c5 (404 as observed); DECISIONS §3. */
  ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."),
  /**
   * c5, b4; DECISIONS §3. The message ends with the server's string to sign, which the official
   * SDK compares with its own to report {@code SDK.InvalidAccessKeySecret}.
   */
  SIGNATURE_DOES_NOT_MATCH(
      "SignatureDoesNotMatch",
      400,
      "Specified signature is not matched with our calculation. server string to sign is:{0}"),
  /** c5; DECISIONS §3: unknown Action (also a path other than {@code /}). */
  ACTION_NOT_FOUND(
      "InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method."),
  /** DECISIONS §1. */
  INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid."),
  /** c5. Answered only if the mock itself fails: a bug, never a stack trace. */
  INTERNAL_ERROR(
      "InternalError",
      500,
      "The request processing has failed due to some unknown error, exception or failure."),

  // ---- HTTP-level refusals (mock: documented in the README) ----
  /** mock: a request whose body is larger than the server accepts. */
  REQUEST_TOO_LARGE("RequestEntityTooLarge", 413, "The request is larger than {0} bytes."),
  /** mock: a request URI longer than the HTTP server accepts. */
  URI_TOO_LONG("RequestURITooLong", 414, "The request URI is too long."),
  /** mock: a request line or header block larger than the HTTP server accepts. */
  HEADERS_TOO_LARGE("RequestHeaderFieldsTooLarge", 431, "The request line or headers are too large."),
  /** mock: a request the HTTP layer could not parse at all. */
  BAD_REQUEST("BadRequest", 400, "The request could not be parsed: {0}"),
  /** mock: a request body that did not arrive within the deadline, or arrived too slowly. */
  REQUEST_TIMEOUT("RequestTimeout", 408, "The request body did not arrive in time: {0}"),
  /** mock: a browser request from an origin the mock was not told to answer. */
  CROSS_ORIGIN_FORBIDDEN("Forbidden.CrossOrigin", 403, "Requests from the origin {0} are not allowed."),

  // ---- ConnectRouterInterface (SEED; DECISIONS §1-2) ----
  /** SEED. */
  REGION_NOT_FOUND(
      "InvalidRegionId.NotFound", 404, "The specified RegionId does not exist in our record."),
  /** SEED, VPCDOC. */
  ROUTER_INTERFACE_NOT_FOUND(
      "InvalidRouterInterfaceId.NotFound",
      404,
      "The specified RouterInterfaceId does not exist in our record."),
  /** SEED (typo "spedified" kept in the ECS dialect); VPCDOC spelling in the VPC dialect. */
  NOT_INITIATING_SIDE(
      "IncorrectRole.NotInitiatingSide",
      400,
      "The spedified RouterInterface is not InitiatingSide",
      "The specified RouterInterface is not InitiatingSide."),
  /**
   * SEED {@code IncorrectStatus} (ECS) / HELP 109020 {@code IncorrectRIStatus} (VPC). {0} is the
   * status the action requires.
   */
  INCORRECT_STATUS(
      "IncorrectStatus",
      "IncorrectRIStatus",
      400,
      "RouterInterface can be operated by this action only when it\u2019s status is {0}.",
      "RouterInterface can be operated by this action only when it's status is {0}."),
  /**
   * DeactivateRouterInterface (c2: DOC2016 and the VPC page HELP 36033): {@code IncorrectStatus}
   * in both dialects, unlike Connect and Activate. {0} is the status the action requires.
   */
  INCORRECT_STATUS_FOR_DEACTIVATE(
      "IncorrectStatus",
      400,
      "RouterInterface can be operated by this action only when it\u2019s status is {0}.",
      "RouterInterface can be operated by this action only when it's status is {0}."),
  /** SEED (ECS, names OppositeRouterOwnerId); HELP (VPC, names OppositeInterfaceOwnerId). */
  OPPOSITE_INFO_NOT_SET(
      "IncorrectOppositeInterfaceInfo.NotSet",
      400,
      "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId must be all set.",
      "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeInterfaceOwnerId must be all set."),
  /** SEED: opposite missing, fields mismatched, or not an AcceptingSide. */
  OPPOSITE_INFO_INCORRECT(
      "IncorrectOppositeInterfaceInfo",
      400,
      "The opposite RouterInterface information specified by"
          + " OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId is wrong."
          + " Maybe the RouterInterface or Router does not exist, or the parameters mismatched, or"
          + " that RouterInterface is not a AcceptingSide."),
  /** DECISIONS §1: itself or the same router; the VPC dialect says so in VPCDOC's words. */
  OPPOSITE_ON_SAME_ROUTER(
      "IncorrectOppositeInterfaceInfo",
      400,
      OPPOSITE_INFO_INCORRECT_TEXT.ECS,
      "Cannot connect on the same router"),
  /** VPCDOC (zh); DECISIONS §1: VPC dialect only. */
  CROSS_BID_FORBIDDEN("CROSS_BID.FORBIDDEN", 404, "Connect RouterInterface across bid is illegal"),
  /** SEED (typo "Meybe" kept). */
  REJECTED_BY_OPPOSITE(
      "RejectedByOppositeInterface",
      403,
      "The opposite RouterInterface does not set this RouterInterface as a OppositeRouterInterface."
          + " Meybe it was wrongly set. Please check the configuration of the opposite"
          + " RouterInterface."),
  /** VPCDOC; DECISIONS §1. */
  ONLY_ONE_CONNECTION(
      "Forbidden.OnlyOneConnection", 400, "The Specified routers have a connection already"),
  /** VPCDOC; DECISIONS §1: the other pair is still connecting. */
  ONLY_ONE_CONNECTION_CONCURRENT(
      "Forbidden.OnlyOneConnection", 400, "Cannot connect concurrently between same routers"),
  /** SEED, VPCDOC. */
  BILLS_OUTSTANDING(
      "Forbidden.BillsOutstanding",
      400,
      "You cannot use this action because you have bills outstanding."),

  // ---- DescribeRouterInterfaces (c3) ----
  /** c3 (404); every source prints the key's place literally as {@code Filter.X.key}. */
  FILTER_KEY_NOT_SUPPORTED(
      "InvalidFilterKey.ValueNotSupported", 404, "Specified filter key is not supported: Filter.X.key"),
  /** c3: a filter key without values, or values without a key. */
  PARAM_NOT_NULL("InvalidParam.NotNull", 400, "The parameter must not be null."),
  /**
   * VPC DescribeRouterInterfaces error table: a bad PageNumber or PageSize is answered, oddly,
   * with this 404 code and its own message.
   */
  PAGING_INVALID("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize."),

  // ---- ModifyRouterInterfaceAttribute and the lifecycle actions (c2; codes with sic typos) ----
  /**
   * Modify (c2: DOC2016 and VPCDOC both spell the code "Malformd", and their error tables the
   * message "illeagl"): the same in both dialects.
   */
  NAME_MALFORMED("InvalidName.Malformd", 400, "The attribute name is illeagl."),
  /** Modify: as for the name. */
  DESCRIPTION_MALFORMED("InvalidDescription.Malformed", 400, "The Description is illeagl."),
  /** Modify. */
  OPPOSITE_ROUTER_TYPE_NOT_SUPPORTED(
      "InvalidOppositeRouterType.ValueNotSupported",
      400,
      "The specified OppositeRouterType is not valid."),
  /** Modify: an invalid health-check IP address. */
  HEALTH_CHECK_IP_MALFORMED(
      "InvalidHealthCheckIP.Malformd", 400, "Healthcheck sourceip or targetip is not valid."),
  /** Modify: health-check source without target, or IPs together with DeleteHealthCheckIp. */
  MODIFY_PARAM_INVALID("InvalidParam.ModifyRouterInterface", 400, "{0}"),
  /** Modify: HcRate / HcThreshold not a positive integer ({0} names it). mock message. */
  HEALTH_CHECK_PARAM_ILLEGAL("IllegalParam.{0}", 400, "The specified {0} is not valid."),
  /** Activate, Deactivate, Modify (sic "Financile", "financiel"). */
  FINANCIAL_LOCKED(
      "Forbidden.FinancileLocked",
      400,
      "This RouterInterface is financiel locked because of bills outstanding."),
  /** Create. mock message: no source gives one. */
  ROLE_NOT_SUPPORTED("InvalidRole.ValueNotSupported", 400, "The specified Role is not supported."),
  /** ModifySpec, Create (sic "Valud"). */
  SPEC_NOT_SUPPORTED("InvalidSpec.ValudNotSupported", 400, "The specified Spec is not supported."),
  /** ModifySpec, Delete. mock message: the documented one is a copy-paste slip. */
  INSTANCE_STATUS_ERROR(
      "InvalidInstance.StatusError",
      400,
      "The status of the specified RouterInterface does not support this operation."),
  /** Create: the router does not exist, or is not the caller's in that region. mock code. */
  ROUTER_NOT_FOUND(
      "InvalidRouterId.NotFound", 404, "The specified RouterId does not exist in our record."),
  /** Create: at most 5 router interfaces per router (rule documented, code not). mock code. */
  QUOTA_EXCEEDED(
      "QuotaExceeded.RouterInterface",
      400,
      "The number of router interfaces of the specified router exceeds the quota of {0}."),
  /** Create: a VBR can only be the initiating side (rule documented, code not). mock message. */
  VBR_MUST_INITIATE(
      "InvalidRole.ValueNotSupported",
      400,
      "A router interface of a VBR can only be InitiatingSide.");

  private final String ecsCode;
  private final String vpcCode;
  private final int httpStatus;
  private final String ecsMessage;
  private final String vpcMessage;

  ApiError(String code, int httpStatus, String message) {
    this(code, code, httpStatus, message, message);
  }

  ApiError(String code, int httpStatus, String ecsMessage, String vpcMessage) {
    this(code, code, httpStatus, ecsMessage, vpcMessage);
  }

  ApiError(String ecsCode, String vpcCode, int httpStatus, String ecsMessage, String vpcMessage) {
    this.ecsCode = ecsCode;
    this.vpcCode = vpcCode;
    this.httpStatus = httpStatus;
    this.ecsMessage = ecsMessage;
    this.vpcMessage = vpcMessage;
  }

  /** The HTTP status, the same in both dialects. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The code in a dialect; a gateway error before the dialect is known uses the VPC column. */
  public String code(Dialect dialect, String... args) {
    return fill(dialect == Dialect.ECS ? ecsCode : vpcCode, args);
  }

  /** The message in a dialect, with its placeholders filled. */
  public String message(Dialect dialect, String... args) {
    return fill(dialect == Dialect.ECS ? ecsMessage : vpcMessage, args);
  }

  private static String fill(String template, String... args) {
    if (args.length == 0 || template.indexOf('{') < 0) {
      return template;
    }
    String out = template;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
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
