package dev.aliyunmock.api;

/**
 * One error of the API as data: its code, HTTP status and message, per dialect where they differ.
 * The gateway's and the shared errors are {@link ApiError}; each resource kind keeps its own
 * table (an enum implementing this interface) in its package. Messages may hold placeholders
 * {@code {0}}, {@code {1}}, replaced literally (not with {@link java.text.MessageFormat}, which
 * would eat the apostrophe of "it's").
 */
public interface ErrorCode {
  /** The wording of one error. */
  ErrorText text();

  /** The HTTP status, the same in both dialects. */
  default int httpStatus() {
    return text().httpStatus();
  }

  /** The code in a dialect; a gateway error before the dialect is known uses the VPC column. */
  default String code(Dialect dialect, String... args) {
    return ErrorText.fill(dialect == Dialect.ECS ? text().ecsCode() : text().vpcCode(), args);
  }

  /** The message in a dialect, with its placeholders filled. */
  default String message(Dialect dialect, String... args) {
    return ErrorText.fill(dialect == Dialect.ECS ? text().ecsMessage() : text().vpcMessage(), args);
  }

  /** The name of the constant, for catalogues. */
  String name();
}
