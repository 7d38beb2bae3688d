package dev.aliyunmock.contract.targets;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.URI;

/**
 * The mock's admin API as DECISIONS.md §5 states it: {@code POST /__admin/aliyun/fixtures} loads a
 * fixture document (all or nothing), {@code GET /__admin/aliyun/state} shows the world; plus
 * WireMock's {@code GET /__admin/health}.
 */
final class AdminApi {
  private final URI base;

  AdminApi(URI base) {
    this.base = base;
  }

  /** Whether the server answers its health check. */
  boolean healthy() {
    try {
      return given().baseUri(base.toString()).get("/__admin/health").getStatusCode() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Fails unless the server holds an aliyun-mock world (its state has the fixture sections). */
  void requireAliyunMock() {
    Response r = given().baseUri(base.toString()).get("/__admin/aliyun/state");
    if (r.getStatusCode() != 200 || !r.asString().contains("\"RouterInterfaces\"")) {
      throw new IllegalStateException(
          base + " has no aliyun-mock admin API (GET /__admin/aliyun/state answered "
              + r.getStatusCode() + "); seeding needs one. For a server that cannot be seeded, use"
              + " -Dcontract.target=aliyun with its endpoint variables.");
    }
  }

  /** Loads a fixture document; fails with the server's message if it is refused. */
  void loadFixtures(String json) {
    Response r =
        given().baseUri(base.toString()).contentType("application/json").body(json).post("/__admin/aliyun/fixtures");
    if (r.getStatusCode() != 200) {
      throw new IllegalStateException(
          "the server refused the suite's fixture (" + r.getStatusCode() + " " + r.asString() + "): " + json);
    }
  }
}
