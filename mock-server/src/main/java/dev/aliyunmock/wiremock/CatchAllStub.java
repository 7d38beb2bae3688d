package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;

/**
 * The stub that routes every request WireMock does not match otherwise to the API: any method,
 * any URL, at a low priority (so a user's stub wins), answered by the transformer.
 */
final class CatchAllStub {
  /** The priority of the catch-all: numerically high, so WireMock's default (5) and users' stubs win. */
  static final int PRIORITY = 100;

  private CatchAllStub() {}

  static StubMapping create(UUID id, String transformerName) {
    StubMapping stub =
        WireMock.any(WireMock.anyUrl())
            .atPriority(PRIORITY)
            .withId(id)
            .withName("aliyun-mock: Alibaba Cloud router-interface API")
            .withMetadata(Metadata.metadata().attr("aliyun-mock", "catch-all").build())
            .willReturn(WireMock.aResponse().withTransformers(transformerName))
            .build();
    stub.setPersistent(false);
    return stub;
  }
}
