package dev.aliyunmock.api;

import java.util.Objects;

/**
 * A refusal of the API: one {@link ErrorCode} with the values its message needs. Thrown by the
 * protocol layer and by the domain, rendered in one place into the error envelope.
 *
 * <pre>{@code
 * throw new ApiException(ApiError.MISSING_PARAMETER, "RouterInterfaceId");
 * }</pre>
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorCode error;
  private final String[] args;

  public ApiException(ErrorCode error, String... args) {
    super(error.code(Dialect.VPC, args) + ": " + error.message(Dialect.VPC, args), null, false, false);
    this.error = Objects.requireNonNull(error);
    this.args = args.clone();
  }

  public ErrorCode error() {
    return error;
  }

  public String code(Dialect dialect) {
    return error.code(dialect, args);
  }

  public String message(Dialect dialect) {
    return error.message(dialect, args);
  }

  public int httpStatus() {
    return error.httpStatus();
  }
}
