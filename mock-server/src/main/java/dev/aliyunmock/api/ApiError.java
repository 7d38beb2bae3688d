package dev.aliyunmock.api;

/**
 * The errors of the gateway and of the HTTP layer, and those every resource kind shares: code,
 * HTTP status and message as data, written here once. Each resource kind keeps its own errors in
 * its package ({@code routerinterface.RouterInterfaceError}, …); {@code docs/reference/errors.md}
 * lists them all with their sources. Messages marked "mock" are this product's choice where no
 * source gives one.
 *
 * <pre>{@code
 * throw new ApiException(ApiError.MISSING_PARAMETER, "RouterInterfaceId");
 * }</pre>
 */
public enum ApiError implements ErrorCode {
  // ---- Gateway (all actions, both dialects): docs/reference/gateway.md ----
  /** The form real gateways return, e.g. {@code MissingRouterInterfaceId}. */
  MISSING_PARAMETER(ErrorText.of("Missing{0}", 400, "{0} is mandatory for this action.")),
  /** Common error table. Also this mock's answer to malformed encodings and out-of-range values. */
  INVALID_PARAMETER(ErrorText.of("InvalidParameter", 400, "The specified value of parameter \"{0}\" is not valid.")),
  /** mock: the limit on parameters per request (same code as above). */
  TOO_MANY_PARAMETERS(ErrorText.of("InvalidParameter", 400, "The request has more than {0} parameters.")),
  /** mock: the limit on the length of one parameter's name or value (same code as above). */
  PARAMETER_TOO_LONG(ErrorText.of("InvalidParameter", 400, "The parameter \"{0}\" is longer than {1} characters.")),
  /** Common error table. */
  UNSUPPORTED_HTTP_METHOD(ErrorText.of("UnsupportedHTTPMethod", 403, "This http method not supported.")),
  /** Common error table: a signature of the wrong form (method, version, ACS3 header layout). */
  INCOMPLETE_SIGNATURE(ErrorText.of(
      "IncompleteSignature", 400, "The request signature does not conform to Aliyun standards.")),
  /** A Timestamp that cannot be parsed (the wording real gateways send). */
  ILLEGAL_TIMESTAMP(ErrorText.of(
      "IllegalTimestamp",
      400,
      "The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied.")),
  /** More than 15 minutes off, either way. */
  TIMESTAMP_EXPIRED(ErrorText.of(
      "InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired.")),
  /** A SignatureNonce reused within 15 minutes. */
  SIGNATURE_NONCE_USED(ErrorText.of("SignatureNonceUsed", 400, "Specified signature nonce was used already.")),
  /** 404 as real gateways answer it (some tables say 400). */
  ACCESS_KEY_NOT_FOUND(ErrorText.of("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found.")),
  /**
   * The message ends with the server's string to sign, which the official
   * SDK compares with its own to report {@code SDK.InvalidAccessKeySecret}.
   */
  SIGNATURE_DOES_NOT_MATCH(ErrorText.of(
      "SignatureDoesNotMatch",
      400,
      "Specified signature is not matched with our calculation. server string to sign is:{0}")),
  /** An unknown Action (also a path other than {@code /}). */
  ACTION_NOT_FOUND(ErrorText.of(
      "InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method.")),
  /**
   * A ClientToken used again with other parameters (the VPC and ECS idempotence pages name the
   * code; the message and status are EC2's, which Alibaba Cloud's gateways copy: docs/reference/readings.md).
   */
  IDEMPOTENT_PARAMETER_MISMATCH(ErrorText.of(
      "IdempotentParameterMismatch", 400, "Request uses a client token in a previous request but is not identical to that request.")),
  /** A Version other than the two served. */
  INVALID_VERSION(ErrorText.of("InvalidVersion", 400, "Specified parameter Version is not valid.")),
  /** Answered only if the mock itself fails: a bug, never a stack trace. */
  INTERNAL_ERROR(ErrorText.of(
      "InternalError",
      500,
      "The request processing has failed due to some unknown error, exception or failure.")),

  // ---- HTTP-level refusals (mock-specific: docs/reference/gateway.md, limits) ----
  /** mock: a request whose body is larger than the server accepts. */
  REQUEST_TOO_LARGE(ErrorText.of("RequestEntityTooLarge", 413, "The request is larger than {0} bytes.")),
  /** mock: a request URI longer than the HTTP server accepts. */
  URI_TOO_LONG(ErrorText.of("RequestURITooLong", 414, "The request URI is too long.")),
  /** mock: a request line or header block larger than the HTTP server accepts. */
  HEADERS_TOO_LARGE(ErrorText.of("RequestHeaderFieldsTooLarge", 431, "The request line or headers are too large.")),
  /** mock: a request the HTTP layer could not parse at all. */
  BAD_REQUEST(ErrorText.of("BadRequest", 400, "The request could not be parsed: {0}")),
  /** mock: a request body that did not arrive within the deadline, or arrived too slowly. */
  REQUEST_TIMEOUT(ErrorText.of("RequestTimeout", 408, "The request body did not arrive in time: {0}")),
  /** mock: a browser request from an origin the mock was not told to answer. */
  CROSS_ORIGIN_FORBIDDEN(ErrorText.of("Forbidden.CrossOrigin", 403, "Requests from the origin {0} are not allowed.")),

  // ---- Shared by the resource kinds ----
  /** Every action with a RegionId (the router-interface page's wording, also the VPC pages'). */
  REGION_NOT_FOUND(ErrorText.of(
      "InvalidRegionId.NotFound", 404, "The specified RegionId does not exist in our record."));

  private final ErrorText text;

  ApiError(ErrorText text) {
    this.text = text;
  }

  @Override
  public ErrorText text() {
    return text;
  }
}
