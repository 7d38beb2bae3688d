package dev.aliyunmock;

import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * One readable line per API call: time, action, caller, resource, status and result code. Verbose
 * adds the request line and the response body. Secrets never appear: requests carry none, and the
 * {@code Authorization} header is not printed.
 *
 * <pre>
 * 00:18:48.123  ConnectRouterInterface  testAccessKeyId  ri-hangzhou0initiator001  200 OK
 * 00:18:49.001  ConnectRouterInterface  testAccessKeyId  ri-hangzhou0initiator001  400 IncorrectRIStatus
 * </pre>
 */
final class CallLog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final Consumer<String> sink;
  private final boolean verbose;
  private final Clock clock;

  CallLog(Consumer<String> sink, boolean verbose, Clock clock) {
    this.sink = sink;
    this.verbose = verbose;
    this.clock = clock;
  }

  void log(RpcRequest request, ApiResponse r) {
    StringBuilder b = new StringBuilder(160);
    b.append(TIME.format(clock.instant()))
        .append("  ")
        .append(orDash(r.action()))
        .append("  ")
        .append(orDash(r.caller()))
        .append("  ")
        .append(orDash(r.resource()))
        .append("  ")
        .append(r.status())
        .append(' ')
        .append(r.code() == null ? "OK" : r.code());
    if (verbose) {
      b.append("\n  > ").append(request.method()).append(' ').append(request.path());
      if (!request.rawQuery().isEmpty()) {
        b.append('?').append(request.rawQuery());
      }
      if (request.body().length > 0) {
        b.append("\n  > ").append(request.bodyAsString());
      }
      b.append("\n  < ").append(r.body());
    }
    sink.accept(b.toString());
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
