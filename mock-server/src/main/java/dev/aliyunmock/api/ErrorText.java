package dev.aliyunmock.api;

/**
 * Code, status and message of one error in each dialect.
 *
 * @param ecsCode the code for {@code Version=2014-05-26}
 * @param vpcCode the code for {@code Version=2016-04-28}
 * @param httpStatus the HTTP status, the same in both
 * @param ecsMessage the message for {@code Version=2014-05-26}
 * @param vpcMessage the message for {@code Version=2016-04-28}
 */
public record ErrorText(String ecsCode, String vpcCode, int httpStatus, String ecsMessage, String vpcMessage) {
  /** The same code and message in both dialects. */
  public static ErrorText of(String code, int httpStatus, String message) {
    return new ErrorText(code, code, httpStatus, message, message);
  }

  /** The same code in both dialects, a message each. */
  public static ErrorText of(String code, int httpStatus, String ecsMessage, String vpcMessage) {
    return new ErrorText(code, code, httpStatus, ecsMessage, vpcMessage);
  }

  static String fill(String template, String... args) {
    if (args.length == 0 || template.indexOf('{') < 0) {
      return template;
    }
    String out = template;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
  }
}
