package dev.aliyunmock.contract.scenario;

import static dev.aliyunmock.contract.scenario.Calls.NO_ACTION;
import static dev.aliyunmock.contract.scenario.Calls.NO_REGION;
import static dev.aliyunmock.contract.scenario.Calls.describe;
import static dev.aliyunmock.contract.scenario.Calls.inRegion;
import static dev.aliyunmock.contract.scenario.Calls.row;

import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.table.Format;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's rules and the required parameters (docs/reference/gateway.md, the order of the
 * gateway's checks, and the answer): none needs more
 * than the caller's account, so all run on the real cloud too. Their carrier is the read-only
 * DescribeRouterInterfaces wherever the action does not matter.
 */
final class GatewayScenarios {
  private static final Duration STALE = Duration.ofMinutes(20);

  private GatewayScenarios() {}

  static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    for (Dialect d : List.of(Dialect.ECS, Dialect.VPC)) {
      gateway(d, out);
      missing(d, out);
    }
    out.add(Scenario.of(row("*", Dialect.NONE, "InvalidVersion"), "Version=2099-01-01")
        .call(e -> describe(e).version("2099-01-01")));
    out.add(Scenario.of(row("*", Dialect.NONE, "InvalidVersion"),
            "an invalid Version and no RouterInterfaceId: the Version is checked first")
        .call(e -> inRegion("ConnectRouterInterface", e).version("2015-01-01")));
    out.add(Scenario.of(row("DescribeRouterInterfaceAttribute", Dialect.ECS, "InvalidAction.NotFound"),
            "DescribeRouterInterfaceAttribute under Version 2014-05-26")
        .call(e -> inRegion("DescribeRouterInterfaceAttribute", e).param("InstanceId", e.ri("ghost"))));
    out.add(Scenario.of(row("DescribeRouterInterfaceAttribute", Dialect.VPC, "MissingInstanceId"), "InstanceId absent")
        .call(e -> inRegion("DescribeRouterInterfaceAttribute", e)));
    return out;
  }

  private static void gateway(Dialect d, List<Scenario> out) {
    String unknownKey = row("*", d, "InvalidAccessKeyId.NotFound");
    out.add(Scenario.of(unknownKey, "an AccessKeyId the server does not know")
        .call(e -> describe(e).credentials(e.credentials("stranger"))));
    out.add(Scenario.of(unknownKey, "an unknown AccessKeyId and an unknown Action: the key is checked first")
        .call(e -> inRegion(NO_ACTION, e).credentials(e.credentials("stranger"))));

    String badSignature = row("*", d, "SignatureDoesNotMatch");
    out.add(Scenario.of(badSignature, "signed with a wrong AccessKeySecret")
        .call(e -> describe(e).credentials(e.caller().withSecret("not-the-secret"))));
    out.add(Scenario.of(badSignature, "signed for POST, sent as GET")
        .call(e -> describe(e).method("GET").signedAs("POST"))
        .rawOnly());
    out.add(Scenario.of(badSignature, "a wrong signature and an unknown Action: the signature is checked first")
        .call(e -> inRegion(NO_ACTION, e).credentials(e.caller().withSecret("not-the-secret"))));

    String expired = row("*", d, "InvalidTimeStamp.Expired");
    out.add(Scenario.of(expired, "a Timestamp 20 minutes old")
        .call(e -> describe(e).timestamp(Instant.now().minus(STALE)))
        .rawOnly());
    out.add(Scenario.of(expired, "a Timestamp 20 minutes ahead")
        .call(e -> describe(e).timestamp(Instant.now().plus(STALE)))
        .rawOnly());
    out.add(Scenario.of(expired, "a stale Timestamp and an unknown AccessKeyId: the timestamp is checked first")
        .call(e -> describe(e).timestamp(Instant.now().minus(STALE)).credentials(e.credentials("stranger")))
        .rawOnly());
    out.add(Scenario.of(expired, "a stale Timestamp and a wrong signature: the timestamp is checked first")
        .call(e -> describe(e).timestamp(Instant.now().minus(STALE)).credentials(e.caller().withSecret("wrong")))
        .rawOnly());

    String nonceUsed = row("*", d, "SignatureNonceUsed");
    out.add(Scenario.of(nonceUsed, "the SignatureNonce of the previous accepted request, again")
        .before(e -> describe(e).nonce("ct-nonce-" + e.token()))
        .call(e -> describe(e).nonce("ct-nonce-" + e.token()))
        .rawOnly());
    out.add(Scenario.of(nonceUsed, "a used nonce and a wrong signature: the nonce is checked first")
        .before(e -> describe(e).nonce("ct-nonce-" + e.token()))
        .call(e -> describe(e).nonce("ct-nonce-" + e.token()).credentials(e.caller().withSecret("wrong")))
        .rawOnly());

    String noAction = row("*", d, "InvalidAction.NotFound");
    out.add(Scenario.of(noAction, "Action=" + NO_ACTION).call(e -> inRegion(NO_ACTION, e)));
    if (d == Dialect.VPC) {
      // Format given: with no valid Version, no dialect decides the format.
      out.add(Scenario.of(noAction, "an unknown Action and an invalid Version: the Action is checked first")
          .call(e -> inRegion(NO_ACTION, e).version("2099-01-01").format(Format.JSON)));
    }
  }

  private static void missing(Dialect d, List<Scenario> out) {
    String connect = "ConnectRouterInterface";
    String noId = row(connect, d, "MissingRouterInterfaceId");
    out.add(Scenario.of(noId, "RouterInterfaceId absent").call(e -> inRegion(connect, e)));
    out.add(Scenario.of(noId, "RouterInterfaceId empty")
        .call(e -> inRegion(connect, e).param("RouterInterfaceId", "").rawOnly())
        .rawOnly());
    out.add(Scenario.of(noId, "RouterInterfaceId absent and an unknown RegionId: the parameter is checked first")
        .call(e -> RpcCall.of(connect).param("RegionId", NO_REGION)));
    out.add(Scenario.of(row(connect, d, "MissingRegionId"), "RegionId absent")
        .call(e -> RpcCall.of(connect).param("RouterInterfaceId", e.ri("ghost")).rawOnly())
        .rawOnly());
    for (String action :
        List.of("ActivateRouterInterface", "DeactivateRouterInterface", "DeleteRouterInterface")) {
      out.add(Scenario.of(row(action, d, "MissingRouterInterfaceId"), "RouterInterfaceId absent")
          .call(e -> inRegion(action, e)));
    }
    out.add(Scenario.of(row("ModifyRouterInterfaceAttribute", d, "MissingRouterInterfaceId"),
            "RouterInterfaceId absent, a Name given")
        .call(e -> inRegion("ModifyRouterInterfaceAttribute", e).param("Name", "ct-name")));
    out.add(Scenario.of(row("ModifyRouterInterfaceSpec", d, "MissingRouterInterfaceId"),
            "RouterInterfaceId absent, a Spec given")
        .call(e -> inRegion("ModifyRouterInterfaceSpec", e).param("Spec", "Large.1")));
  }
}
