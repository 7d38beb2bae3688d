package dev.aliyunmock.bench;

import dev.aliyunmock.protocol.PercentCodec;
import dev.aliyunmock.protocol.auth.RpcSignatureV1;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The API calls the benchmarks send, as query strings (VPC dialect, JSON), the same for HTTP and
 * for in-process {@code AliyunMock.handle} calls. Unsigned ones carry the AccessKeyId only, which
 * is what a server with {@code auth=off} reads.
 */
final class Queries {
  static final String VERSION = "2016-04-28";

  private Queries() {}

  static Map<String, String> base(String action) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("Version", VERSION);
    p.put("Format", "JSON");
    p.put("AccessKeyId", BenchWorld.ACCESS_KEY_ID);
    p.put("RegionId", BenchWorld.REGION);
    return p;
  }

  static Map<String, String> describeById(String id) {
    Map<String, String> p = base("DescribeRouterInterfaces");
    p.put("Filter.1.Key", "RouterInterfaceId");
    p.put("Filter.1.Value.1", id);
    return p;
  }

  static Map<String, String> describeFiltered(String key, String value, int pageSize) {
    Map<String, String> p = base("DescribeRouterInterfaces");
    p.put("PageSize", String.valueOf(pageSize));
    p.put("Filter.1.Key", key);
    p.put("Filter.1.Value.1", value);
    return p;
  }

  static Map<String, String> onInterface(String action, String id) {
    Map<String, String> p = base(action);
    p.put("RouterInterfaceId", id);
    return p;
  }

  /** {@code /?a=b&…}, percent-encoded as the SDKs do. */
  static String url(Map<String, String> params) {
    StringBuilder b = new StringBuilder("/?");
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (b.length() > 2) {
        b.append('&');
      }
      b.append(PercentCodec.percentEncode(e.getKey())).append('=').append(PercentCodec.percentEncode(e.getValue()));
    }
    return b.toString();
  }

  /** The same call signed with signature version 1, fresh nonce and timestamp, for GET. */
  static String signedUrl(Map<String, String> unsigned) {
    Map<String, String> p = new LinkedHashMap<>(unsigned);
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", UUID.randomUUID().toString());
    p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.put("Signature", RpcSignatureV1.sign(RpcSignatureV1.stringToSign("GET", p), BenchWorld.ACCESS_KEY_SECRET));
    return url(p);
  }
}
