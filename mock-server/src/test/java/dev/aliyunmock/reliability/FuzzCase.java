package dev.aliyunmock.reliability;

import dev.aliyunmock.protocol.RpcRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One malformed request: what the fuzzer did to it, and the request itself, either as parts (for
 * the engine and java.net.http) or as raw bytes for a socket.
 *
 * @param what the mutations applied, for failure messages
 * @param method the HTTP method
 * @param target the path and query, as sent (possibly not a valid URI)
 * @param headers name/value pairs, in order (names may repeat)
 * @param body the body
 * @param socketOnly whether only a raw socket can send it (bad URI, restricted or odd headers)
 * @param raw if not null, the exact bytes to write on the socket (framing mutations)
 */
record FuzzCase(String what, String method, String target, List<String[]> headers, byte[] body, boolean socketOnly, byte[] raw) {

  /** The request as the engine sees it (only for cases with parts). */
  RpcRequest toRpcRequest() {
    RpcRequest.Builder b = RpcRequest.builder(method, target).body(body).clientIp("127.0.0.1");
    for (String[] h : headers) {
      b.header(h[0], h[1]);
    }
    return b.build();
  }

  /** The bytes a raw socket sends: {@link #raw}, or the parts framed as HTTP/1.1. */
  byte[] bytes(int port) {
    if (raw != null) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target.isEmpty() ? "/" : target).append(" HTTP/1.1\r\n");
    boolean hasHost = false;
    boolean hasLength = false;
    for (String[] h : headers) {
      String name = h[0].toLowerCase(Locale.ROOT);
      hasHost |= name.equals("host");
      hasLength |= name.equals("content-length") || name.equals("transfer-encoding");
      head.append(h[0]).append(": ").append(h[1]).append("\r\n");
    }
    if (!hasHost) {
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    if (!hasLength) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return what + " :: " + method + " " + (target.length() > 200 ? target.substring(0, 200) + "…(" + target.length() + ")" : target)
        + " body " + body.length + "B";
  }
}
