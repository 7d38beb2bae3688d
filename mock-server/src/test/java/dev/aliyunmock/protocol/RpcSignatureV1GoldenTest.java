package dev.aliyunmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.protocol.auth.RpcSignatureV1;
import dev.aliyunmock.support.RpcV1TestSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mock's version-1 signer against published vectors (docs/reference/gateway.md, "Signatures"). */
class RpcSignatureV1GoldenTest {
  /** The ConnectRouterInterface request the official SDK sent (captured on this project's machines; docs/reference/gateway.md). */
  private static Map<String, String> sdkConnectRequest() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("SignatureVersion", "1.0");
    p.put("Action", "ConnectRouterInterface");
    p.put("Format", "JSON");
    p.put("SignatureNonce", "b7317fc1ec90c6550f6d19557d014697");
    p.put("Version", "2016-04-28");
    p.put("AccessKeyId", "testAccessKeyId");
    p.put("Signature", "N5SsSlwyOuI/dCvtE7+iETk/iqc=");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("RegionId", "cn-hangzhou");
    p.put("Timestamp", "2026-11-28T00:18:48Z");
    p.put("RouterInterfaceId", "ri-2zeo3xzyf38r4urzd12345");
    return p;
  }

  private static final String SDK_STRING_TO_SIGN =
      "POST&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DConnectRouterInterface%26Format%3DJSON"
          + "%26RegionId%3Dcn-hangzhou%26RouterInterfaceId%3Dri-2zeo3xzyf38r4urzd12345"
          + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Db7317fc1ec90c6550f6d19557d014697"
          + "%26SignatureVersion%3D1.0%26Timestamp%3D2026-11-28T00%253A18%253A48Z%26Version%3D2016-04-28";

  /** The DescribeRegions vector of the help pages (docs/reference/gateway.md, COMMON's example), with the timestamp under {@code name}. */
  private static Map<String, String> describeRegions(String timestampName) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", "DescribeRegions");
    p.put("Format", "XML");
    p.put("Version", "2014-05-26");
    p.put("AccessKeyId", "testid");
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
    p.put(timestampName, "2016-02-23T12:46:24Z");
    return p;
  }

  @Test
  void stringToSignOfTheSdkConnectRequestIsTheObservedOne() {
    assertThat(RpcSignatureV1.stringToSign("POST", sdkConnectRequest())).isEqualTo(SDK_STRING_TO_SIGN);
  }

  @Test
  void signatureOfTheSdkConnectRequestIsTheOneTheSdkSent() {
    String sts = RpcSignatureV1.stringToSign("POST", sdkConnectRequest());
    assertThat(RpcSignatureV1.sign(sts, "testAccessKeySecret")).isEqualTo("N5SsSlwyOuI/dCvtE7+iETk/iqc=");
  }

  @Test
  void describeRegionsVectorWithTimestampSignsToTheDocumentedValue() {
    String sts = RpcSignatureV1.stringToSign("GET", describeRegions("Timestamp"));
    assertThat(RpcSignatureV1.sign(sts, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
  }

  @Test
  void describeRegionsVectorWithTheOldTimeStampSpellingSignsToTheDocumentedValue() {
    String sts = RpcSignatureV1.stringToSign("GET", describeRegions("TimeStamp"));
    assertThat(RpcSignatureV1.sign(sts, "testsecret")).isEqualTo("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
  }

  @Test
  void independentTestSignerAgreesWithTheGoldenVectors() {
    assertThat(RpcV1TestSigner.stringToSign("POST", sdkConnectRequest())).isEqualTo(SDK_STRING_TO_SIGN);
    assertThat(RpcV1TestSigner.sign("POST", sdkConnectRequest(), "testAccessKeySecret"))
        .isEqualTo("N5SsSlwyOuI/dCvtE7+iETk/iqc=");
    assertThat(RpcV1TestSigner.sign("GET", describeRegions("Timestamp"), "testsecret"))
        .isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    assertThat(RpcV1TestSigner.sign("GET", describeRegions("TimeStamp"), "testsecret"))
        .isEqualTo("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
  }

  @Test
  void canonicalFormEncodesReservedCharactersAndKeepsTilde() {
    Map<String, String> p = Map.of("RouterInterfaceId", "ri-abc~*' ()!+/=&中");
    assertThat(RpcSignatureV1.stringToSign("GET", p))
        .isEqualTo("GET&%2F&" + RpcV1TestSigner.percentEncode("RouterInterfaceId=ri-abc~%2A%27%20%28%29%21%2B%2F%3D%26%E4%B8%AD"));
  }
}
