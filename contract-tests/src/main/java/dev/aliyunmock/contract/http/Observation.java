package dev.aliyunmock.contract.http;

import dev.aliyunmock.contract.table.Format;

/**
 * What came back for one call, as the suite saw it on the wire.
 *
 * @param client who sent the call: {@code raw} (REST Assured) or the SDK path used
 * @param status the HTTP status
 * @param contentType the Content-Type header, or {@code null}
 * @param text the body as UTF-8 text
 * @param body the body read as a tree
 * @param requestedFormat the {@code Format} the request carried, or {@code null} if none
 * @param stringToSign the string to sign of the request as sent (what the server must compute)
 * @param sdk what the official SDK made of the answer, or {@code null} for the raw client
 */
public record Observation(
    String client,
    int status,
    String contentType,
    String text,
    Body body,
    Format requestedFormat,
    String stringToSign,
    SdkOutcome sdk) {

  /** The error code, or {@code null}. */
  public String code() {
    return body.text("Code");
  }

  public String message() {
    return body.text("Message");
  }

  public String requestId() {
    return body.text("RequestId");
  }

  /** A short form for reports: the status and, for errors, the code. */
  public String summary() {
    String code = code();
    return status + (status >= 300 && code != null ? " " + code : "");
  }

  /**
   * What the official SDK turned the answer into: a success (with the typed response, if any), or
   * a {@code ClientException}'s code, message and request id.
   *
   * @param path {@code typed} (a request class of aliyun-java-sdk-vpc) or {@code common}
   *     ({@code CommonRequest})
   * @param response the typed response object, or the CommonResponse; {@code null} on error
   * @param errCode the exception's code, or {@code null} on success
   */
  public record SdkOutcome(String path, Object response, String errCode, String errMessage, String errRequestId) {
    public boolean failed() {
      return response == null;
    }
  }
}
