package dev.aliyunmock.contract.targets;

import static io.restassured.RestAssured.given;

import dev.aliyunmock.control.AdminApi.Route;
import io.restassured.response.Response;
import java.net.URI;

/**
 * The parts of the mock's admin API ({@link dev.aliyunmock.control.AdminApi}) the suite seeds
 * with: {@code POST /__admin/aliyun/fixtures} loads a fixture document (all or nothing), {@code
 * GET /__admin/aliyun/state} shows the world; plus WireMock's {@code GET /__admin/health}.
 */
final class AdminApi {
  private final URI base;

  AdminApi(URI base) {
    this.base = base;
  }

  /** Whether the server answers its health check. */
  boolean healthy() {
    try {
      return given().baseUri(base.toString()).get(Route.HEALTH.path()).getStatusCode() == 200;
    } catch (Exception e) {
      // REST Assured throws a refused connection's ConnectException unchecked (Groovy).
      return false;
    }
  }

  /** Fails unless the server holds an aliyun-mock world (its state has the fixture sections). */
  void requireAliyunMock() {
    Response r = given().baseUri(base.toString()).get(Route.STATE.path());
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
        given().baseUri(base.toString()).contentType("application/json").body(json).post(Route.FIXTURES.path());
    if (r.getStatusCode() != 200) {
      throw new IllegalStateException(
          "the server refused the suite's fixture (" + r.getStatusCode() + " " + r.asString() + "): " + json);
    }
  }
}
