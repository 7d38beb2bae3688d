package dev.aliyunmock.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile connections held open against a server: each sends a request head announcing a body
 * (1000 bytes, or 10 GB), or only part of a head, then a few bytes and nothing more, as a slow
 * or stalled client would. The server must keep answering everyone else. Closed by {@link
 * #close}, which the caller owns.
 */
final class SlowConnections implements AutoCloseable {
  /** The kinds of stall, in turn. */
  enum Kind {
    /** {@code Content-Length: 1000}, five bytes of body. */
    SHORT_BODY,
    /** {@code Content-Length: 10000000000}, five bytes of body. */
    HUGE_ANNOUNCED_BODY,
    /** A chunked body whose first chunk never ends. */
    STALLED_CHUNK,
    /** Half a request head. */
    PARTIAL_HEAD,
    /** A locked or open admin route with a body that never arrives. */
    ADMIN_BODY
  }

  private final List<Socket> sockets = new ArrayList<>();

  /** Opens {@code count} stalled connections of the given kinds, in turn. */
  static SlowConnections open(int port, int count, Kind... kinds) {
    SlowConnections c = new SlowConnections();
    for (int i = 0; i < count; i++) {
      c.add(port, kinds[i % kinds.length]);
    }
    return c;
  }

  /** Opens {@code count} stalled connections of random kinds. */
  static SlowConnections random(int port, int count, Random rnd) {
    SlowConnections c = new SlowConnections();
    Kind[] kinds = Kind.values();
    for (int i = 0; i < count; i++) {
      c.add(port, kinds[rnd.nextInt(kinds.length)]);
    }
    return c;
  }

  void add(int port, Kind kind) {
    String head =
        switch (kind) {
          case SHORT_BODY -> "POST /?Action=DescribeRouterInterfaces HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nRegio";
          case HUGE_ANNOUNCED_BODY -> "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000000\r\n\r\nRegio";
          case STALLED_CHUNK -> "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\n\r\n3e8\r\nRegio";
          case PARTIAL_HEAD -> "GET /?Action=DescribeRouterInterfaces HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Ag";
          case ADMIN_BODY -> "POST /__admin/aliyun/fixtures HTTP/1.1\r\nHost: 127.0.0.1\r\n"
              + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"Re";
        };
    Socket s = new Socket();
    try {
      sockets.add(s);
      s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      // The server may answer and close at once (a 413, a 401): that is a good outcome.
    }
  }

  int size() {
    return sockets.size();
  }

  @Override
  public void close() {
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    sockets.clear();
  }
}
