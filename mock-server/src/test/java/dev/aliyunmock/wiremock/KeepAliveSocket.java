package dev.aliyunmock.wiremock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection kept open over several requests, written byte for byte (optionally in
 * pieces, each flushed on its own, as clients that write unbuffered do) and read answer by answer
 * ({@code Content-Length} framing, interim 1xx answers skipped). A read timeout turns a hang into
 * a failure; the caller closes it.
 */
final class KeepAliveSocket implements AutoCloseable {
  /**
   * One answer.
   *
   * @param status the status code
   * @param headers header names lower-cased, last value
   * @param body the body, UTF-8
   */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  KeepAliveSocket(int port) {
    try {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(15_000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes each piece and flushes it, pausing {@code pauseMillis} between pieces. */
  KeepAliveSocket write(long pauseMillis, byte[]... pieces) {
    try {
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0 && pauseMillis > 0) {
          Thread.sleep(pauseMillis);
        }
        out.write(pieces[i]);
        out.flush();
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  KeepAliveSocket write(String text) {
    return write(0, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Reads the next final answer (1xx skipped). */
  Answer read() {
    try {
      while (true) {
        String head = readHead();
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          if (colon > 0) {
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
          }
        }
        if (status >= 100 && status < 200) {
          continue;
        }
        String length = headers.get("content-length");
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
          body = readChunks();
        } else {
          body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        }
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
          body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the server closed the connection: a read meets EOF (or a reset) within the timeout. */
  boolean closedByServer() {
    try {
      return in.read() < 0;
    } catch (IOException e) {
      return true;
    }
  }

  private byte[] readChunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = readLine();
      int n = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (n == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      readLine();
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the server closed the connection after " + head.size() + " bytes: " + head);
      }
      head.write(b);
      matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
