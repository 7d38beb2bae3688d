package dev.aliyunmock.protocol;

/**
 * A rendered answer of the gateway, ready for any HTTP server to send, with what a call log needs.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header, always JSON or XML with UTF-8
 * @param body the body, never empty
 * @param requestId the RequestId in the body, also sent as {@code x-acs-request-id}
 * @param code the error code, or {@code null} on success
 * @param action the action the request named, or {@code null}
 * @param caller the access key id of the caller, or {@code null}
 * @param resource the resource the call named (e.g. a router interface id), or {@code null}
 */
public record ApiResponse(
    int status,
    String contentType,
    String body,
    String requestId,
    String code,
    String action,
    String caller,
    String resource) {}
