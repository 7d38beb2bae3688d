package dev.aliyunmock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's ceiling: an HTTP/1.1 server that does nothing but read a request head and
 * write the same answer (the mock's Describe body, with a Content-Length), one thread per
 * keep-alive connection. What the generator reaches against it is a floor of what the generator
 * can send on this machine: the report shows it above every real target.
 */
final class TrivialServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] answer;

  private TrivialServer(ServerSocket socket, byte[] body) {
    this.socket = socket;
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    this.answer = new byte[head.length + body.length];
    System.arraycopy(head, 0, answer, 0, head.length);
    System.arraycopy(body, 0, answer, head.length, body.length);
  }

  static TrivialServer start(byte[] body) throws IOException {
    TrivialServer s = new TrivialServer(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()), body);
    Thread acceptor = new Thread(s::accept, "trivial-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return s;
  }

  int port() {
    return socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket c = socket.accept();
        c.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(c), "trivial-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  /** Answers every request head (up to its blank line) on the connection until the client leaves. */
  private void serve(Socket c) {
    try (c;
        InputStream in = c.getInputStream();
        OutputStream out = c.getOutputStream()) {
      byte[] buf = new byte[16 * 1024];
      // How much of "\r\n\r\n" the bytes read so far end with.
      int matched = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        int heads = 0;
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == (matched % 2 == 0 ? '\r' : '\n')) {
            if (++matched == 4) {
              heads++;
              matched = 0;
            }
          } else {
            matched = b == '\r' ? 1 : 0;
          }
        }
        for (int h = 0; h < heads; h++) {
          out.write(answer);
        }
        if (heads > 0) {
          out.flush();
        }
      }
    } catch (IOException e) {
      // the client left
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
