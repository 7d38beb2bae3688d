package dev.aliyunmock.reliability;

import dev.aliyunmock.server.AliyunMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** HTTP to a running mock: signed API calls with java.net.http, anything at all with a raw socket. */
final class Http {
  /** An answer: status, Content-Type, body. */
  record Answer(int status, String contentType, String body) {
    @Override
    public String toString() {
      int code = body.indexOf("\"Code\"");
      String brief = code >= 0 ? body.substring(code, Math.min(body.length(), code + 60)) : body.substring(0, Math.min(body.length(), 60));
      return status + " " + brief;
    }
  }

  private final HttpClient client;
  private final AliyunMockServer server;

  Http(AliyunMockServer server) {
    this.server = server;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** A version-1 signed POST with every parameter in the query, as the v1 SDK sends it. */
  Answer rpc(String key, String secret, Map<String, String> params) {
    return send("POST", "/?" + Signer.query(Signer.rpcV1("POST", params, key, secret)),
        Map.of("Content-Type", "application/x-www-form-urlencoded"), new byte[0]);
  }

  Answer rpc(Map<String, String> params) {
    return rpc(Engine.KEY, Engine.SECRET, params);
  }

  /** An ACS3-signed POST as tea-openapi sends it (action and version in headers). */
  Answer acs3(String key, String secret, String action, Map<String, String> query) {
    Map<String, String> headers =
        Signer.acs3("POST", server.endpoint(), query, new byte[0], action, "2016-04-28", key, secret, Instant.now(),
            UUID.randomUUID().toString());
    headers.remove("host");
    return send("POST", "/?" + Signer.query(query), headers, new byte[0]);
  }

  /** Any request java.net.http allows. */
  Answer send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes raw bytes on a new connection and reads the answer until the server closes it or the
   * response is complete ({@code Content-Length}); a silent server fails after 10 s.
   */
  static Answer raw(AliyunMockServer server, byte[] request) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading all of an oversized request.
      }
      return readAnswer(s.getInputStream());
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer within 10 s (hang) to " + printable(request), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    byte[] blank = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    while (true) {
      int n;
      try {
        n = in.read(chunk);
      } catch (java.net.SocketException e) {
        n = -1; // reset after the answer
      }
      if (n < 0) {
        break;
      }
      buf.write(chunk, 0, n);
      byte[] all = buf.toByteArray();
      int headerEnd = indexOf(all, blank);
      while (headerEnd >= 0 && all.length > 9 && all[9] == '1') {
        // An interim answer (100 Continue): the real one follows.
        buf.reset();
        buf.write(all, headerEnd + 4, all.length - headerEnd - 4);
        all = buf.toByteArray();
        headerEnd = indexOf(all, blank);
      }
      if (headerEnd >= 0) {
        int length = contentLength(new String(all, 0, headerEnd, StandardCharsets.ISO_8859_1));
        if (length >= 0 && all.length >= headerEnd + 4 + length) {
          break;
        }
      }
    }
    byte[] all = buf.toByteArray();
    if (all.length == 0) {
      return new Answer(-1, "", "");
    }
    int headerEnd = indexOf(all, blank);
    int he = headerEnd < 0 ? all.length : headerEnd;
    String head = new String(all, 0, he, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String contentType = "";
    for (String line : lines) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        contentType = line.substring(13).trim();
      }
    }
    int length = contentLength(head);
    int from = Math.min(all.length, he + 4);
    int to = length >= 0 ? Math.min(all.length, from + length) : all.length;
    return new Answer(status, contentType, new String(all, from, to - from, StandardCharsets.UTF_8));
  }

  private static int contentLength(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("\ncontent-length:");
    if (i < 0) {
      return -1;
    }
    int end = lower.indexOf('\r', i + 1);
    return Integer.parseInt(lower.substring(i + 16, end < 0 ? lower.length() : end).trim());
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The start of a request, fit for a failure message. */
  static String printable(byte[] request) {
    String s = new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1);
    return s.replaceAll("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\xff]", "?").replace("\r\n", "\\r\\n ");
  }
}
