package dev.aliyunmock.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for inputs no HTTP client agrees to send (malformed escapes, odd
 * methods, raw bytes). The request goes out byte for byte; the answer is read to the end of its
 * Content-Length (or chunks, or EOF). A read timeout turns a hang into a failure.
 *
 * <pre>{@code
 * RawHttp.Answer a = RawHttp.send(port, "GET /?a=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
 * }</pre>
 */
public final class RawHttp {
  private static final int READ_TIMEOUT_MS = 20_000;

  private RawHttp() {}

  /**
   * One answer.
   *
   * @param status the status code
   * @param headers header names lower-cased, first value
   * @param body the body bytes
   */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** Parses the body as an API envelope, checking Content-Type and {@code x-acs-request-id}. */
    public Envelope envelope() {
      Envelope e = Envelope.parse(header("content-type"), bodyText());
      if (e.requestId() != null && header("x-acs-request-id") != null) {
        org.assertj.core.api.Assertions.assertThat(header("x-acs-request-id")).isEqualTo(e.requestId());
      }
      return e;
    }
  }

  /** Sends a request (ISO-8859-1 text) and reads the answer. */
  public static Answer send(int port, String request) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends a request line + headers (text) and then raw body bytes. */
  public static Answer send(int port, String head, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(body);
    return send(port, b.toByteArray());
  }

  /** Sends raw bytes and reads one answer. */
  public static Answer send(int port, byte[] request) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(READ_TIMEOUT_MS);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading all of a large request; read its answer.
      }
      return read(s.getInputStream(), startsWith(request, "HEAD "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWith(byte[] request, String prefix) {
    return new String(request, 0, Math.min(request.length, prefix.length()), StandardCharsets.ISO_8859_1).equals(prefix);
  }

  private static Answer read(InputStream in, boolean head) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("the server closed the connection without an answer");
    }
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      headers.putIfAbsent(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String length = headers.get("content-length");
    if (head) {
      // A HEAD answer has headers only, whatever Content-Length says.
    } else if (length != null) {
      body.writeBytes(in.readNBytes(Integer.parseInt(length)));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int n = Integer.parseInt(line(in).trim(), 16); n > 0; n = Integer.parseInt(line(in).trim(), 16)) {
        body.writeBytes(in.readNBytes(n));
        line(in);
      }
    } else {
      body.writeBytes(in.readAllBytes());
    }
    return new Answer(status, headers, body.toByteArray());
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }
}
