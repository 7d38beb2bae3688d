package dev.aliyunmock.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Raw HTTP to a mock with REST Assured: the query string and body go out exactly as given (no
 * re-encoding, no charset added), and the answer is checked against the API's envelope.
 *
 * <pre>{@code
 * ApiHttp http = new ApiHttp(server);
 * ApiHttp.assertError(http.send("GET", "/?" + SignedCall.wire(params)), 404, "InvalidAction.NotFound");
 * }</pre>
 */
public final class ApiHttp {
  public static final String FORM = "application/x-www-form-urlencoded";

  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                  .encodeContentTypeAs(FORM, ContentType.BINARY))
          .redirect(RedirectConfig.redirectConfig().followRedirects(false));

  private final String baseUrl;

  public ApiHttp(AliyunMockServer server) {
    this(server.baseUrl());
  }

  public ApiHttp(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A request spec aimed at the mock, nothing encoded by REST Assured. */
  public RequestSpecification spec() {
    return given().config(RAW).baseUri(baseUrl).urlEncodingEnabled(false);
  }

  /** A request with no body. */
  public Response send(String method, String pathAndQuery) {
    return spec().request(method, pathAndQuery);
  }

  /** A request with a body of this Content-Type. */
  public Response send(String method, String pathAndQuery, String contentType, byte[] body) {
    return spec().contentType(contentType).body(body).request(method, pathAndQuery);
  }

  /** A request with extra headers and an optional body. */
  public Response send(String method, String pathAndQuery, Map<String, String> headers, String contentType, byte[] body) {
    RequestSpecification s = spec().headers(headers);
    if (contentType != null) {
      s = s.contentType(contentType);
    }
    if (body != null) {
      s = s.body(body);
    }
    return s.request(method, pathAndQuery);
  }

  /** POSTs signed parameters as the SDK does: all in the query, empty form body. */
  public Response sdkStyle(SignedCall call) {
    return send(call.method(), "/?" + SignedCall.wire(call.signed()), FORM, new byte[0]);
  }

  /** Parses any API answer (a JSON or XML envelope with UTF-8), checking {@code x-acs-request-id}. */
  public static Envelope envelope(Response r) {
    Envelope e = Envelope.parse(r.getContentType(), new String(r.asByteArray(), StandardCharsets.UTF_8));
    assertThat(r.getHeader("x-acs-request-id")).as("x-acs-request-id").isEqualTo(e.requestId());
    return e;
  }

  /** Asserts an error answer: status, envelope, code and a RequestId. */
  public static Envelope assertError(Response r, int status, String code) {
    Envelope e = envelope(r);
    assertThat(r.getStatusCode()).as("HTTP status of %s: %s", code, e.fields()).isEqualTo(status);
    return e.assertError(code);
  }

  /** Asserts a 200 answer and returns its envelope. */
  public static Envelope assertOk(Response r) {
    Envelope e = envelope(r);
    assertThat(r.getStatusCode()).as("HTTP status: %s", e.fields()).isEqualTo(200);
    assertThat(e.code()).as("no Code on success").isNull();
    assertThat(e.requestId()).matches(Envelope.REQUEST_ID);
    return e;
  }
}
