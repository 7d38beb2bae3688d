package dev.aliyunmock.server;

import dev.aliyunmock.protocol.PercentCodec;
import dev.aliyunmock.protocol.auth.RpcSignatureV1;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run a class-data-sharing archive is made from: the standalone server started as {@code java
 * -jar} starts it (flags, environment, fixtures, WireMock, Jetty), asked what a first client asks
 * (a signed Describe, an unsigned one, a form POST, XML, the admin API's health and state), then
 * stopped. Every class that start and those answers load is then in the archive, already parsed
 * and verified, so a server started with it reaches its first answer in about half the time.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=aliyun-mock.jsa -cp aliyun-mock-server-VERSION-standalone.jar dev.aliyunmock.server.CdsTraining
 * java -XX:SharedArchiveFile=aliyun-mock.jsa -jar aliyun-mock-server-VERSION-standalone.jar
 * </pre>
 *
 * {@code bin/aliyun-mock} does both; the container image makes its archive this way at build time.
 * Serves on a free loopback port whatever the environment says; exits 0, or 1 if the server did
 * not come up.
 */
public final class CdsTraining {
  private static final Pattern SERVING =
      Pattern.compile("serving http://[^:]+:(\\d+)\\s+AccessKeyId=(\\S+) AccessKeySecret=(\\S+)");

  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(lines, true, StandardCharsets.UTF_8);
    int[] status = {-1};
    Thread server =
        new Thread(
            () -> status[0] = Main.run(new String[] {"--port", "0", "--bind-address", "127.0.0.1"}, out, System.err, stopped, System.getenv()),
            "aliyun-mock-training");
    server.start();
    Matcher serving = null;
    for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline && server.isAlive(); ) {
      Matcher m = SERVING.matcher(lines.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        serving = m;
        break;
      }
      Thread.sleep(20);
    }
    if (serving == null) {
      stopped.countDown();
      System.err.println("aliyun-mock training: the server did not come up");
      System.exit(1);
      return;
    }
    String base = "http://127.0.0.1:" + serving.group(1);
    String keyId = serving.group(2);
    String secret = serving.group(3);
    call(base + "/__admin/health", null);
    call(base + "/?" + query(signed("GET", describe(keyId, "JSON"), secret)), null);
    call(base + "/?" + query(signed("GET", describe(keyId, "XML"), secret)), null);
    call(base + "/?" + query(describe(keyId, "JSON")), null);
    call(base + "/", query(signed("POST", describe(keyId, "JSON"), secret)));
    call(base + "/__admin/aliyun/state", null);
    stopped.countDown();
    server.join(TimeUnit.SECONDS.toMillis(30));
    // Also ends the JVM when a thread of the server lingers: the archive is written at exit.
    System.exit(status[0] == 0 ? 0 : 1);
  }

  private static Map<String, String> describe(String keyId, String format) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", "DescribeRouterInterfaces");
    p.put("Version", "2016-04-28");
    p.put("Format", format);
    p.put("AccessKeyId", keyId);
    p.put("RegionId", "cn-hangzhou");
    return p;
  }

  private static Map<String, String> signed(String method, Map<String, String> unsigned, String secret) {
    Map<String, String> p = new LinkedHashMap<>(unsigned);
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", UUID.randomUUID().toString());
    p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.put("Signature", RpcSignatureV1.sign(RpcSignatureV1.stringToSign(method, p), secret));
    return p;
  }

  private static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(PercentCodec.percentEncode(e.getKey())).append('=').append(PercentCodec.percentEncode(e.getValue()));
    }
    return b.toString();
  }

  /** One call (a POST of {@code form} when given); any answer will do. */
  private static void call(String url, String form) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(5000);
      c.setReadTimeout(10_000);
      if (form != null) {
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream o = c.getOutputStream()) {
          o.write(form.getBytes(StandardCharsets.UTF_8));
        }
      }
      int code = c.getResponseCode();
      try (InputStream in = code >= 400 ? c.getErrorStream() : c.getInputStream()) {
        if (in != null) {
          in.readAllBytes();
        }
      }
      c.disconnect();
    } catch (IOException e) {
      System.err.println("aliyun-mock training: " + url + ": " + e.getMessage());
    }
  }
}
