package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.ApiHttp;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.SignedCall;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ClientToken used again: with the same parameters, the first request's resource; with other
 * parameters, 400 IdempotentParameterMismatch and nothing created (docs/reference/readings.md).
 */
class ClientTokenMismatchTest {
  private AliyunMockServer server;
  private ApiHttp http;

  @BeforeEach
  void start() {
    server = MockServers.start();
    http = new ApiHttp(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static SignedCall createInterface(String token, String spec) {
    return SignedCall.vpc("CreateRouterInterface")
        .with("Format", "JSON")
        .with("ClientToken", token)
        .with("Role", "InitiatingSide")
        .with("Spec", spec)
        .with("RouterType", "VRouter")
        .with("RouterId", "vrt-hangzhou000000000001")
        .with("OppositeRegionId", "cn-beijing");
  }

  private static SignedCall createVpc(String version, String token, String cidr) {
    SignedCall call = version.equals("2016-04-28") ? SignedCall.vpc("CreateVpc") : SignedCall.ecs("CreateVpc");
    return call.with("Format", "JSON").with("ClientToken", token).with("CidrBlock", cidr);
  }

  @Test
  void aRouterInterfaceTokenWithOtherParametersIsAMismatch() {
    Response first = http.sdkStyle(createInterface("token-1", "Mini.2"));
    ApiHttp.assertOk(first);
    String id = JsonPath.from(first.asString()).getString("RouterInterfaceId");
    Response again = http.sdkStyle(createInterface("token-1", "Mini.2"));
    ApiHttp.assertOk(again);
    assertThat(JsonPath.from(again.asString()).getString("RouterInterfaceId")).isEqualTo(id);
    int interfaces = server.mock().routerInterfaces().size();

    Response other = http.sdkStyle(createInterface("token-1", "Large.2"));
    ApiHttp.assertError(other, 400, "IdempotentParameterMismatch");
    assertThat(server.mock().routerInterfaces()).hasSize(interfaces);

    Response otherRegion = http.sdkStyle(createInterface("token-1", "Mini.2").with("OppositeRegionId", "cn-shanghai"));
    ApiHttp.assertError(otherRegion, 400, "IdempotentParameterMismatch");
    // A token of another account is another token.
    Response peer = http.sdkStyle(createInterface("token-1", "Large.2").secret("peerAccessKeySecret").with("AccessKeyId", "peerAccessKeyId")
        .with("RouterId", "vrt-shanghai000000000002").with("RegionId", "cn-shanghai"));
    ApiHttp.assertOk(peer);
  }

  @Test
  void aVpcTokenWithOtherParametersIsAMismatchInBothVersions() {
    for (String version : new String[] {"2016-04-28", "2014-05-26"}) {
      String token = "vpc-token-" + version;
      Response first = http.sdkStyle(createVpc(version, token, "10.0.0.0/8"));
      ApiHttp.assertOk(first);
      String id = JsonPath.from(first.asString()).getString("VpcId");
      Response again = http.sdkStyle(createVpc(version, token, "10.0.0.0/8"));
      ApiHttp.assertOk(again);
      assertThat(JsonPath.from(again.asString()).getString("VpcId")).isEqualTo(id);
      Response other = http.sdkStyle(createVpc(version, token, "192.168.0.0/16"));
      ApiHttp.assertError(other, 400, "IdempotentParameterMismatch");
    }
  }
}
