package dev.aliyunmock.contract.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The suite's own signer against the vectors docs/reference/gateway.md ("Signatures") names:
 * COMMON's published DescribeRegions example and a request SDK1 signed (the one the mock's
 * RpcSignatureV1GoldenTest pins too), and SDK1's canonical percent-encoding.
 */
class RpcSignerTest {
  @Test
  void signsTheSdkProbeRequestAsTheOfficialSdkDid() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SignatureVersion", "1.0");
    p.put("Action", "ConnectRouterInterface");
    p.put("Format", "JSON");
    p.put("SignatureNonce", "b7317fc1ec90c6550f6d19557d014697");
    p.put("Version", "2016-04-28");
    p.put("AccessKeyId", "testAccessKeyId");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("RegionId", "cn-hangzhou");
    p.put("Timestamp", "2026-11-28T00:18:48Z");
    p.put("RouterInterfaceId", "ri-2zeo3xzyf38r4urzd12345");

    String sts = RpcSigner.stringToSign("POST", p);

    assertThat(sts)
        .isEqualTo("POST&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DConnectRouterInterface%26Format%3DJSON"
            + "%26RegionId%3Dcn-hangzhou%26RouterInterfaceId%3Dri-2zeo3xzyf38r4urzd12345%26SignatureMethod%3DHMAC-SHA1"
            + "%26SignatureNonce%3Db7317fc1ec90c6550f6d19557d014697%26SignatureVersion%3D1.0"
            + "%26Timestamp%3D2026-11-28T00%253A18%253A48Z%26Version%3D2016-04-28");
    assertThat(RpcSigner.sign(sts, "testAccessKeySecret")).isEqualTo("N5SsSlwyOuI/dCvtE7+iETk/iqc=");
  }

  @Test
  void signsTheDocumentedDescribeRegionsExample() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", "DescribeRegions");
    p.put("Format", "XML");
    p.put("Version", "2014-05-26");
    p.put("AccessKeyId", "testid");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    p.put("Timestamp", "2016-02-23T12:46:24Z");

    assertThat(RpcSigner.sign(RpcSigner.stringToSign("GET", p), "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  }

  @Test
  void percentEncodesAsTheSdkCanonicalizes() {
    assertThat(RpcSigner.percentEncode("ri-abc~*' ()!+/=&中"))
        .isEqualTo("ri-abc~%2A%27%20%28%29%21%2B%2F%3D%26%E4%B8%AD");
  }
}
