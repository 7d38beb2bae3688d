package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signed calls straight into an {@link AliyunMock} (no HTTP), and reading their answers. */
final class Engine {
  static final String KEY = "testAccessKeyId";
  static final String SECRET = "testAccessKeySecret";
  static final String OWNER = "1000000000000001";
  static final String PEER_KEY = "peerAccessKeyId";
  static final String PEER_SECRET = "peerAccessKeySecret";
  static final String PEER_OWNER = "1000000000000002";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Engine() {}

  /** A mock on the default world, strict authentication, transitions on the first poll. */
  static AliyunMock defaultWorld() {
    try {
      return AliyunMock.builder().transitions(new TransitionMode.OnPoll(1)).build();
    } catch (FixtureException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parameters in a mutable map: {@code params("Action", "X", "RegionId", "cn-hangzhou")}. */
  static Map<String, String> params(String... namesAndValues) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      p.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    p.putIfAbsent("Version", "2016-04-28");
    return p;
  }

  /** A POST with every parameter in the query, signed (version 1) as the SDK does. */
  static ApiResponse call(AliyunMock mock, String key, String secret, Map<String, String> params) {
    return mock.handle(
        RpcRequest.builder("POST", "/?" + Signer.query(Signer.rpcV1("POST", params, key, secret)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .build());
  }

  static ApiResponse call(AliyunMock mock, Map<String, String> params) {
    return call(mock, KEY, SECRET, params);
  }

  static JsonNode json(ApiResponse r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts a refusal: the code, the HTTP status, and a RequestId in the body. */
  static JsonNode assertRefused(ApiResponse r, String code, int status) {
    JsonNode body = json(r);
    assertThat(r.status()).as("status of %s", r.body()).isEqualTo(status);
    assertThat(body.path("Code").asText()).as("code of %s", r.body()).isEqualTo(code);
    assertThat(body.path("RequestId").asText()).matches("[0-9A-F-]{36}");
    return body;
  }

  static JsonNode assertOk(ApiResponse r) {
    assertThat(r.status()).as("status of %s", r.body()).isEqualTo(200);
    return json(r);
  }
}
