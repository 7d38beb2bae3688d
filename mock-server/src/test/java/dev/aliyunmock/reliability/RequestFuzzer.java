package dev.aliyunmock.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Makes malformed requests from valid ones: a valid call of a random action and dialect, signed
 * (signature v1 or ACS3), then one to four mutations of its parameters (before signing, so
 * that they reach the actions, or after, breaking the signature), of their encoding, of where
 * they travel (query, form body, both), of the method, path, headers and body, or of the HTTP
 * framing itself. Deterministic for a seed.
 */
final class RequestFuzzer {
  private static final List<String> ACTIONS =
      List.of("ConnectRouterInterface", "DescribeRouterInterfaces", "ModifyRouterInterfaceAttribute", "CreateRouterInterface",
          "ActivateRouterInterface", "DeactivateRouterInterface", "DeleteRouterInterface", "ModifyRouterInterfaceSpec",
          "DescribeRouterInterfaceAttribute",
          // the VPC-side kinds, acting on the VPCs DefaultWorldVpcs gives the default world
          "CreateVpc", "DescribeVpcs", "ModifyVpcAttribute", "DeleteVpc", "DescribeVRouters", "DescribeRegions",
          "CreateVSwitch", "DescribeVSwitches", "DeleteVSwitch", "DescribeRouteTables", "DescribeRouteTableList",
          "DescribeRouteEntryList", "CreateRouteEntry", "DeleteRouteEntry");
  private static final List<String> VPC_IDS =
      List.of(DefaultWorldVpcs.HZ_VPC, "vpc-beijing0000000000001", DefaultWorldVpcs.PEER_VPC, "vpc-nosuch", "");
  private static final List<String> TABLE_IDS =
      List.of(DefaultWorldVpcs.HZ_TABLE, "vtb-beijing0000000000001", DefaultWorldVpcs.PEER_TABLE, "vtb-nosuch", "");
  private static final List<String> CIDRS =
      List.of("172.16.2.0/24", "192.168.0.0/16", "10.0.0.0/8", "100.64.0.0/10", "172.16.1.0/24", "224.0.0.0/4", "10.0.0.1/8",
          "1.2.3.4", "::/0", "2408::/64", "0.0.0.0/0", "255.255.255.255/32", "1.2.3.4/33", "a.b.c.d/8", "", "/");
  private static final List<String> IDS =
      List.of("ri-hangzhou0initiator001", "ri-beijing00acceptor0001", "ri-hangzhou0crossacct001", "ri-shanghai0peeraccpt002",
          "ri-nosuch", "");
  private static final List<String> ODD_VALUES =
      List.of("", " ", "null", "undefined", "0", "-1", "2147483648", "99999999999999999999", "1e3", "0x10", "NaN", "true",
          "[]", "{}", "{\"a\":1}", "<a/>", "<![CDATA[x]]>", "&amp;", "' OR '1'='1", "../../etc/passwd", "%00", "\u0000",
          "\u0007\u001b[31m", "\r\n", "\t", "é", "中文", "😀", "\uD800", "\uDFFF", "\uFFFE", "\u202E", "a".repeat(256),
          "ri-hangzhou0initiator001,ri-beijing00acceptor0001", "cn-hangzhou ", "CN-HANGZHOU", "Large.2 ", "Active");
  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "get", "P0ST", "CONNECT");
  private static final List<String> PATHS =
      List.of("/", "", "/x", "//", "/%2F", "/%2e%2e/", "/./", "/;x", "/index.html", "/?", "/a/b/c", "/%", "/%zz", "/%C0%AF",
          "/..", "/\u00e9", "/ /", "/%00");
  private static final List<String> CONTENT_TYPES =
      List.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
          "application/x-www-form-urlencoded; charset=ISO-8859-1", "application/x-www-form-urlencoded; charset=bogus-42",
          "application/x-www-form-urlencoded; charset=", "application/x-www-form-urlencoded;;;", "application/json",
          "text/xml", "multipart/form-data; boundary=xyz", "multipart/form-data", "text/plain", "*/*", "",
          "APPLICATION/X-WWW-FORM-URLENCODED", "application/octet-stream");
  private static final List<String> AUTHORIZATIONS =
      List.of("ACS3-HMAC-SHA256", "ACS3-HMAC-SHA256 ", "ACS3-HMAC-SHA256 Credential=", "ACS3-HMAC-SHA256 ,,,",
          "ACS3-HMAC-SHA256 Credential=testAccessKeyId", "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=,Signature=",
          "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=host;x-acs-action,Signature=00",
          "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=x-acs-action;x-acs-version;x-acs-date;x-acs-signature-nonce;x-acs-content-sha256,Signature=abc",
          "ACS3-HMAC-SHA256 Credential==,SignedHeaders==,Signature==", "ACS3-HMAC-SHA256 =x", "acs3-hmac-sha256 Credential=a",
          "Basic dGVzdDp0ZXN0", "Bearer x.y.z", "ACS3-HMAC-SHA1 Credential=a,SignedHeaders=b,Signature=c", "Digest",
          "ACS3-HMAC-SHA256 Credential=" + "k".repeat(5000) + ",SignedHeaders=host,Signature=x");

  private final Random rnd;
  private final int port;
  private byte[] gzipBomb;

  RequestFuzzer(long seed, int port) {
    this.rnd = new Random(seed);
    this.port = port;
  }

  private <T> T any(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  private boolean chance(int percent) {
    return rnd.nextInt(100) < percent;
  }

  /** One malformed request. */
  FuzzCase next() {
    if (chance(8)) {
      return framing();
    }
    List<String> what = new ArrayList<>();
    String action = chance(95) ? any(ACTIONS) : any(List.of("DescribeRegions", "connectrouterinterface", "", "Connect RouterInterface"));
    boolean vpc = chance(60);
    Map<String, String> params = validParams(action, vpc);
    String method = chance(70) ? "POST" : "GET";
    boolean acs3 = chance(20);
    boolean signAfter = chance(35);
    List<Map.Entry<String, String>> list = new ArrayList<>();
    Map<String, String> headers = new LinkedHashMap<>();
    int mutations = 1 + rnd.nextInt(4);
    List<Integer> kinds = new ArrayList<>();
    for (int i = 0; i < mutations; i++) {
      kinds.add(rnd.nextInt(28));
    }
    // Parameter mutations that keep a valid signature when signed afterwards.
    if (!signAfter) {
      for (int k : kinds) {
        mutateParams(k, params, what);
      }
    }
    if (acs3) {
      params.remove("Action");
      params.remove("Version");
      headers.putAll(Signer.acs3(method, "127.0.0.1:" + port, params, new byte[0], action, vpc ? "2016-04-28" : "2014-05-26",
          Engine.KEY, Engine.SECRET, Instant.now(), UUID.randomUUID().toString()));
      headers.remove("host");
      what.add("acs3");
    } else {
      params = Signer.rpcV1(method, params, Engine.KEY, Engine.SECRET, Instant.now(), UUID.randomUUID().toString());
    }
    if (signAfter) {
      what.add("after-signing:");
      for (int k : kinds) {
        mutateParams(k, params, what);
      }
    }
    params.forEach((k, v) -> list.add(new AbstractMap.SimpleEntry<>(k, v)));
    if (chance(10) && !list.isEmpty()) { // (mutations may have removed every parameter)
      // A duplicate key placed first: the last occurrence wins, so the signature still holds.
      Map.Entry<String, String> e = any(list);
      list.add(0, new AbstractMap.SimpleEntry<>(e.getKey(), any(ODD_VALUES)));
      what.add("duplicate " + e.getKey());
    }
    String query = encode(list);
    byte[] body = new byte[0];
    int placement = rnd.nextInt(10);
    if (placement < 2 && !acs3) {
      body = query.getBytes(StandardCharsets.UTF_8);
      query = "";
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      what.add("form body");
    } else if (placement == 2 && !acs3 && list.size() > 1) {
      int cut = rnd.nextInt(list.size());
      body = encode(list.subList(cut, list.size())).getBytes(StandardCharsets.UTF_8);
      query = encode(list.subList(0, cut));
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      what.add("split query/form");
    } else if (method.equals("POST")) {
      headers.put("Content-Type", "application/x-www-form-urlencoded");
    }
    String path = "/";
    boolean socketOnly = false;
    for (int k : kinds) {
      switch (k) {
        case 20 -> {
          query = encodedMutation(query, what);
          socketOnly = true;
        }
        case 21 -> {
          method = any(METHODS);
          what.add("method " + method);
        }
        case 22 -> {
          path = any(PATHS);
          what.add("path " + path);
          socketOnly = true;
        }
        case 23 -> {
          headers.put("Content-Type", any(CONTENT_TYPES));
          what.add("content-type " + headers.get("Content-Type"));
          if (body.length == 0 && chance(50)) {
            body = anyBody();
            what.add("odd body");
          }
        }
        case 24 -> {
          headers.put("Authorization", any(AUTHORIZATIONS));
          what.add("authorization");
        }
        case 25 -> {
          socketOnly |= headerMutation(headers, what);
        }
        case 26 -> {
          body = bodyMutation(body, headers, what);
        }
        case 27 -> {
          // Rarely: WireMock spends ~60 µs per query parameter (it tries each as a date).
          if (chance(15)) {
            query = query + (query.isEmpty() ? "" : "&") + manyParams();
            what.add("over 1000 parameters");
          }
        }
        default -> {}
      }
    }
    String target = path + (query.isEmpty() && !path.equals("/?") ? "" : (path.contains("?") ? "" : "?") + query);
    List<String[]> hs = new ArrayList<>();
    headers.forEach((k, v) -> hs.add(new String[] {k, v}));
    return new FuzzCase(String.join(", ", what), method, target, hs, body, socketOnly, null);
  }

  private Map<String, String> validParams(String action, boolean vpc) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("Version", vpc ? "2016-04-28" : "2014-05-26");
    p.put("Format", chance(70) ? "JSON" : "XML");
    p.put("RegionId", any(List.of("cn-hangzhou", "cn-beijing", "cn-shanghai")));
    String id = any(IDS);
    switch (action) {
      case "DescribeRouterInterfaces" -> {
        if (chance(50)) {
          p.put("Filter.1.Key", any(List.of("RouterInterfaceId", "RouterId", "Status", "Name", "RouterInterfaceOwnerId")));
          p.put("Filter.1.Value.1", id);
        }
        if (chance(30)) {
          p.put("PageSize", String.valueOf(1 + rnd.nextInt(50)));
          p.put("PageNumber", String.valueOf(1 + rnd.nextInt(3)));
        }
      }
      case "DescribeRouterInterfaceAttribute" -> p.put("InstanceId", id);
      case "CreateVpc", "ModifyVpcAttribute", "DeleteVpc", "CreateVSwitch", "DescribeVpcs", "DescribeVSwitches" -> {
        if (!action.equals("CreateVpc") && (chance(80) || !action.startsWith("Describe"))) {
          p.put("VpcId", any(VPC_IDS));
        }
        if (chance(60) && !action.equals("DeleteVpc")) {
          p.put("CidrBlock", any(CIDRS));
        }
        if (action.equals("CreateVSwitch")) {
          p.put("ZoneId", any(List.of("cn-hangzhou-b", "cn-beijing-a", "cn-hangzhou", "cn-hangzhou-bb", "")));
        }
        if (chance(30)) {
          p.put(any(List.of("VpcName", "VSwitchName", "Description", "UserCidr", "ClientToken", "IsDefault", "DryRun")),
              any(List.of("fuzzed-name", "http://x", "192.168.0.0/16,10.0.0.0/8", "true", "False", "x".repeat(300))));
        }
      }
      case "DeleteVSwitch" -> p.put("VSwitchId", any(List.of(DefaultWorldVpcs.HZ_VSWITCH, "vsw-nosuch", "")));
      case "DescribeVRouters" -> {
        if (chance(50)) {
          p.put("VRouterId", any(List.of("vrt-hangzhou000000000001", "vrt-shanghai000000000002", "vrt-nosuch")));
        }
      }
      case "DescribeRouteTables", "DescribeRouteTableList", "DescribeRouteEntryList" -> {
        p.put("RouteTableId", any(TABLE_IDS));
        if (chance(30)) {
          p.put(any(List.of("RouterType", "Type", "RouteEntryType", "MaxResult", "NextToken", "VpcId")),
              any(List.of("VRouter", "VBR", "Custom", "System", "0", "101", "5", "x", DefaultWorldVpcs.HZ_VPC)));
        }
      }
      case "CreateRouteEntry", "DeleteRouteEntry" -> {
        p.put("RouteTableId", any(TABLE_IDS));
        p.put("DestinationCidrBlock", any(CIDRS));
        if (chance(80)) {
          p.put("NextHopType", any(List.of("RouterInterface", "Instance", "HaVip", "Bogus", "")));
          p.put("NextHopId", any(List.of("ri-hangzhou0initiator001", "ri-hangzhou0crossacct001", "ri-shanghai0peeraccpt002", id)));
        }
        if (chance(20)) {
          p.put("NextHopList.1.NextHopType", "RouterInterface");
          p.put("NextHopList.1.NextHopId", id);
          p.put("NextHopList." + any(List.of("2", "5", "0")) + ".Weight", any(List.of("1", "-1", "x", "256")));
        }
        if (action.equals("DeleteRouteEntry") && chance(40)) {
          p.put("RouteEntryId", any(List.of(DefaultWorldVpcs.HZ_ROUTE, "rte-nosuch", "")));
        }
      }
      case "DescribeRegions" -> {
        if (chance(50)) {
          p.remove("RegionId");
        }
      }
      case "CreateRouterInterface" -> {
        p.put("RouterId", any(List.of("vrt-hangzhou000000000001", "vrt-beijing0000000000001", "vbr-hangzhou000000000001")));
        p.put("RouterType", any(List.of("VRouter", "VBR")));
        p.put("Role", any(List.of("InitiatingSide", "AcceptingSide")));
        p.put("Spec", any(List.of("Mini.2", "Large.2", "Negative")));
        p.put("OppositeRegionId", "cn-beijing");
      }
      case "ModifyRouterInterfaceSpec" -> {
        p.put("RouterInterfaceId", id);
        p.put("Spec", any(List.of("Mini.2", "Large.5", "Negative")));
      }
      case "ModifyRouterInterfaceAttribute" -> {
        p.put("RouterInterfaceId", id);
        p.put(any(List.of("Name", "Description", "OppositeInterfaceId", "OppositeRouterType", "HcRate", "HealthCheckSourceIp")),
            any(List.of("fuzzed-name", "Fuzzed text", "ri-other", "VBR", "5", "10.0.0.1")));
      }
      default -> p.put("RouterInterfaceId", id);
    }
    return p;
  }

  /** Parameter-level mutations (kinds 0-19; others do nothing here). */
  private void mutateParams(int kind, Map<String, String> p, List<String> what) {
    List<String> names = new ArrayList<>(p.keySet());
    if (names.isEmpty()) {
      names.add("Action");
    }
    String name = any(names);
    switch (kind) {
      case 0 -> {
        p.remove(name);
        what.add("drop " + name);
      }
      case 1 -> {
        p.put(name, "");
        what.add("empty " + name);
      }
      case 2 -> {
        int size = any(List.of(1_000, 8_000, 40_000, 200_000));
        p.put(name, "x".repeat(size));
        what.add("huge " + name + " (" + size + ")");
      }
      case 3 -> {
        p.put(name, any(ODD_VALUES));
        what.add("odd " + name);
      }
      case 4 -> {
        String odd = any(List.of("", "=", "&", "Filter.", "Filter.1", "Filter..Key", "a=b", "\u0000", "名前", "%", "+", " Action",
            "Action ", "ACTION", "action", "x".repeat(5000)));
        p.put(odd, any(ODD_VALUES));
        what.add("odd name");
      }
      case 5 -> {
        String n = any(List.of("0", "1", "6", "-1", "01", "999999999", "9999999999", "2147483648", "1 ", "x", ""));
        String m = any(List.of("1", "0", "6", "999999999", "x", ""));
        if (chance(50)) {
          p.put("Filter." + n + ".Key", any(List.of("RouterInterfaceId", "Status", "Bogus", "", "routerinterfaceid")));
        }
        if (chance(70)) {
          p.put("Filter." + n + ".Value." + m, any(ODD_VALUES));
        }
        what.add("filter " + n + "/" + m);
      }
      case 6 -> {
        p.put(any(List.of("PageNumber", "PageSize")), any(List.of("0", "-1", "51", "50", "2147483647", "2147483648", "1.5", " 5", "", "1e3", "+3")));
        what.add("paging");
      }
      case 7 -> {
        p.put("Version", any(List.of("2016-04-29", "2014-05-26 ", "", "latest", "2016-04-28\u0000", "1.0")));
        what.add("version");
      }
      case 8 -> {
        p.put("Action", any(List.of("", "DescribeRouterInterface", "DESCRIBEROUTERINTERFACES", "x".repeat(3000), "Describe\u0000")));
        what.add("action");
      }
      case 9 -> {
        p.put("Format", any(List.of("xml", "Xml", "YAML", "", "json ", "XML\u0000", "HTML")));
        what.add("format");
      }
      case 10 -> {
        p.put("Timestamp", any(List.of("", "2020-01-01T00:00:00Z", "2999-01-01T00:00:00Z", "yesterday", "2026-13-45T99:99:99Z",
            "1700000000", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", Instant.now().minusSeconds(901).toString(),
            Instant.now().plusSeconds(901).toString())));
        what.add("timestamp");
      }
      case 11 -> {
        p.put("SignatureNonce", any(List.of("", "n".repeat(100_000), "same-nonce", "\u0000")));
        what.add("nonce");
      }
      case 12 -> {
        p.put(any(List.of("SignatureMethod", "SignatureVersion")), any(List.of("HMAC-SHA256", "hmac-sha1", "", "2.0", "1")));
        what.add("signature kind");
      }
      case 13 -> {
        p.put("AccessKeyId", any(List.of("", "nobody", "peerAccessKeyId", "testAccessKeyId ", "x".repeat(2000))));
        what.add("access key");
      }
      case 14 -> {
        String sig = p.getOrDefault("Signature", "");
        p.put("Signature", any(List.of("", "AAAA", sig.isEmpty() ? "x" : sig.substring(1), sig + "=", sig.toLowerCase(), "!!!!",
            "x".repeat(10_000))));
        what.add("signature");
      }
      case 15 -> {
        p.put("Spec", any(List.of("Large", "large.2", "Negative", "Xlarge.1", "", "Huge.9")));
        what.add("spec");
      }
      case 16 -> {
        p.put("RegionId", any(List.of("", "cn-atlantis", "CN-HANGZHOU", "cn-hangzhou\u0000", "*")));
        what.add("region");
      }
      case 17 -> {
        p.put(any(List.of("HcRate", "HcThreshold", "Period", "DeleteHealthCheckIp")), any(List.of("-5", "0", "abc", "99999999999", "TRUE", "1.0")));
        what.add("numbers");
      }
      case 18 -> {
        p.put(any(List.of("HealthCheckSourceIp", "HealthCheckTargetIp")), any(List.of("256.1.1.1", "10.0.0", "::1", "10.0.0.1 ", "")));
        what.add("ip");
      }
      case 19 -> {
        p.put("Description", any(List.of("http://x", "1starts", "a", "é" + "x".repeat(300))));
        p.put("Name", any(List.of("1bad", "a", "ok-name", "名" + "x".repeat(200))));
        what.add("name/description");
      }
      default -> {}
    }
  }

  private String encodedMutation(String query, List<String> what) {
    String bad = any(List.of("%", "%4", "%G1", "%%", "%C3%28", "%FF%FE", "%ED%A0%80", "%F0%28%8C%28", "%C0%AF", "é", "\u00ff",
        "中", "+", "%2B", "&&&", "=&=", "&", ";", "%00", "%0D%0A", "\\", "%u0041", "#frag", "?again"));
    int at = query.isEmpty() ? 0 : rnd.nextInt(query.length() + 1);
    what.add("encoding '" + bad + "'");
    return query.substring(0, at) + bad + query.substring(at);
  }

  /** Header mutations; returns whether only a raw socket can send them. */
  private boolean headerMutation(Map<String, String> headers, List<String> what) {
    switch (rnd.nextInt(11)) {
      case 9 -> {
        // A page of another origin calling the mock from a browser.
        headers.put("Origin", any(List.of("http://evil.example", "null", "https://127.0.0.1.evil.example:8080")));
        what.add("cross-origin");
        return false;
      }
      case 10 -> {
        headers.put("Sec-Fetch-Site", any(List.of("cross-site", "same-site")));
        headers.put("Sec-Fetch-Mode", "no-cors");
        what.add("cross-site no-cors");
        return false;
      }
      case 0 -> {
        headers.put("X-Big", "h".repeat(any(List.of(4_000, 9_000, 20_000))));
        what.add("big header");
        return false;
      }
      case 1 -> {
        for (int i = 0; i < 120; i++) {
          headers.put("X-Many-" + i, "v" + i);
        }
        what.add("many headers");
        return false;
      }
      case 2 -> {
        headers.put("x-acs-date", any(List.of("", "garbage", "2020-01-01T00:00:00Z", "2999-01-01T00:00:00Z")));
        what.add("x-acs-date");
        return false;
      }
      case 3 -> {
        headers.put("x-acs-content-sha256", any(List.of("", "00", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")));
        what.add("content hash");
        return false;
      }
      case 4 -> {
        headers.put("x-acs-action", any(List.of("", "DescribeRegions", "ConnectRouterInterface")));
        headers.put("x-acs-version", any(List.of("", "2016-04-28", "nope")));
        what.add("x-acs action/version");
        return false;
      }
      case 5 -> {
        headers.put("X-Odd", "caf\u00e9 \u4e2d");
        what.add("non-ASCII header");
        return true;
      }
      case 6 -> {
        headers.put("Content-Encoding", any(List.of("gzip", "deflate", "br", "identity", "gzip, gzip")));
        what.add("content-encoding");
        return false;
      }
      case 7 -> {
        headers.put("Accept", any(List.of("application/xml", "text/html", "*/*", "", "application/json;q=0")));
        what.add("accept");
        return false;
      }
      default -> {
        headers.put("Expect", "100-continue");
        what.add("expect");
        return true;
      }
    }
  }

  private byte[] anyBody() {
    return any(List.of("{\"Action\":\"ConnectRouterInterface\"}", "<Action>Connect</Action>", "{", "<", "\u0000\u0001\u0002", "a=b&c",
            "%", "Action=DescribeRouterInterfaces&Action=ConnectRouterInterface", "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private byte[] bodyMutation(byte[] body, Map<String, String> headers, List<String> what) {
    switch (rnd.nextInt(6)) {
      case 0 -> {
        headers.put("Content-Encoding", "gzip");
        what.add("gzipped body");
        return gzip(body.length == 0 ? "RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8) : body);
      }
      case 1 -> {
        headers.put("Content-Encoding", "gzip");
        what.add("broken gzip");
        byte[] g = gzip("RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8));
        return java.util.Arrays.copyOf(g, g.length / 2);
      }
      case 2 -> {
        what.add("gzip bomb");
        headers.put("Content-Encoding", "gzip");
        if (gzipBomb == null) {
          gzipBomb = gzip(new byte[3 << 20]);
        }
        return gzipBomb;
      }
      case 3 -> {
        what.add("binary body");
        byte[] b = new byte[1 + rnd.nextInt(2000)];
        rnd.nextBytes(b);
        return b;
      }
      case 4 -> {
        if (chance(15)) {
          what.add("body over 1 MiB");
          return new byte[(1 << 20) + 1 + rnd.nextInt(1000)];
        }
        what.add("large form body");
        return ("A=" + "a".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        what.add("odd body");
        return anyBody();
      }
    }
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private String manyParams() {
    StringBuilder b = new StringBuilder();
    int n = 1001 + rnd.nextInt(500);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append('&');
      }
      b.append("P").append(i).append("=v");
    }
    return b.toString();
  }

  private static String encode(List<Map.Entry<String, String>> list) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : list) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(Signer.percentEncode(e.getKey())).append('=').append(Signer.percentEncode(e.getValue()));
    }
    return b.toString();
  }

  /** Requests broken at the HTTP level: request line, framing, lengths, encodings of the stream. */
  private FuzzCase framing() {
    String host = "Host: 127.0.0.1:" + port + "\r\n";
    String ok = "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou";
    String raw = switch (rnd.nextInt(24)) {
      case 0 -> "GET / HTTP/1.1\r\n\r\n";
      case 1 -> "GET /\r\n\r\n";
      case 2 -> "GARBAGE\r\n\r\n";
      case 3 -> "GET " + ok + " HTTP/1.0\r\n\r\n";
      case 4 -> "GET " + ok + " HTTP/2.0\r\n" + host + "\r\n";
      case 5 -> "GET " + ok + " HTTP/1.1\r\n" + host + "Connection: close\r\nX-Broken\r\n\r\n";
      case 6 -> "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n";
      case 7 -> "GET /?" + "A=b&".repeat(4_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n";
      case 8 -> "POST / HTTP/1.1\r\n" + host + "Content-Length: -5\r\nConnection: close\r\n\r\n";
      case 9 -> "POST / HTTP/1.1\r\n" + host + "Content-Length: abc\r\nConnection: close\r\n\r\n";
      case 10 -> "POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nContent-Length: 4\r\nConnection: close\r\n\r\nabcd";
      case 11 -> "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n";
      case 12 -> "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\nConnection: close\r\n\r\n0\r\n\r\n";
      case 13 -> "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n0\r\n\r\n";
      case 14 -> "GET http://example.com" + ok + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n";
      case 15 -> "GET " + ok + " HTTP/1.1\r\n" + host + " folded: header\r\nConnection: close\r\n\r\n";
      case 16 -> "GET " + ok + " HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n";
      case 17 -> "GET " + ok + " HTTP/1.1\r\n" + host + host + "Connection: close\r\n\r\n";
      case 18 -> "G\u0000T / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n";
      case 19 -> "GET / HTTP/1.1\n" + host.replace("\r\n", "\n") + "Connection: close\n\n";
      case 20 -> "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999\r\nConnection: close\r\n\r\n";
      case 21 -> "POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
          + "FFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n";
      case 22 -> "GET " + ok + " HTTP/1.1\r\n" + host + "X-Header: a\u0000b\r\nConnection: close\r\n\r\n";
      default -> "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003";
    };
    return new FuzzCase("framing", "RAW", "", List.of(), new byte[0], true, raw.getBytes(StandardCharsets.ISO_8859_1));
  }
}
