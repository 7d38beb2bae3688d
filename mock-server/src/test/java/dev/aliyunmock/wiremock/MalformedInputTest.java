package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.Envelope;
import dev.aliyunmock.support.MockServers;
import dev.aliyunmock.support.RawHttp;
import dev.aliyunmock.support.SignedCall;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever comes in, the answer is an API envelope (JSON or XML, UTF-8, with a Code and a
 * RequestId), never a 5xx, an HTML or plain page, an empty body, a stack trace or a hang, and the
 * world is unchanged (docs/reference/gateway.md). Requests go out byte for byte over a socket; most carry a
 * validly signed ConnectRouterInterface, so a refusal that let them through would show in the state.
 */
class MalformedInputTest {
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";
  private static final int MIB = 1 << 20;

  private AliyunMockServer server;
  private String before;

  @BeforeEach
  void start() {
    server = MockServers.start();
    before = server.mock().stateJson();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** A request head with {@code Connection: close} and, if {@code length >= 0}, a Content-Length. */
  private static String head(String method, String target, String headers, int length) {
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
        + (length >= 0 ? "Content-Length: " + length + "\r\n" : "") + "\r\n";
  }

  /** The query of a validly signed Connect of the ready initiator. */
  private static String signedConnect() {
    return SignedCall.wire(SignedCall.vpc("ConnectRouterInterface")
        .with("RouterInterfaceId", "ri-hangzhou0initiator001").signed());
  }

  private RawHttp.Answer send(String head) {
    return RawHttp.send(server.port(), head);
  }

  private RawHttp.Answer send(String head, byte[] body) {
    return RawHttp.send(server.port(), head, body);
  }

  /** Refused with this status and code, in a proper envelope, and nothing changed. */
  private Envelope assertRefused(RawHttp.Answer a, int status, String code) {
    Envelope e = assertEnveloped(a);
    assertThat(a.status()).as("status of %s", e.fields()).isEqualTo(status);
    e.assertError(code);
    return e;
  }

  /** Any 4xx, in a proper envelope with a Code and RequestId, and nothing changed. */
  private Envelope assertEnveloped(RawHttp.Answer a) {
    assertThat(a.status()).as("status; body %s", a.bodyText()).isBetween(400, 499);
    Envelope e = a.envelope();
    assertThat(e.code()).isNotBlank();
    assertThat(e.requestId()).matches(Envelope.REQUEST_ID);
    assertThat(a.bodyText()).doesNotContain("Exception", "<html", "<HTML");
    assertThat(server.mock().stateJson()).as("state").isEqualTo(before);
    return e;
  }

  // ---- percent-escapes and encodings ----

  @Test
  void malformedPercentEscapeInTheQueryIsRefusedWithInvalidParameter() {
    Envelope e = assertRefused(send(head("GET", "/?" + signedConnect() + "&Name=%zz", "", -1)), 400, "InvalidParameter");
    assertThat(e.message()).isEqualTo("The specified value of parameter \"Name\" is not valid.");
  }

  @Test
  void truncatedPercentEscapeAtTheEndOfTheQueryIsRefusedWithInvalidParameter() {
    assertRefused(send(head("POST", "/?" + signedConnect() + "&Name=%4", "", -1)), 400, "InvalidParameter");
  }

  @Test
  void malformedPercentEscapeInAFormBodyIsRefusedWithInvalidParameter() {
    byte[] body = (signedConnect() + "&Name=%G1").getBytes(StandardCharsets.US_ASCII);
    assertRefused(send(head("POST", "/", FORM, body.length), body), 400, "InvalidParameter");
  }

  @Test
  void escapedInvalidUtf8InAFormBodyIsAnsweredWithAnEnvelope() {
    byte[] body = "RouterInterfaceId=%C3%28".getBytes(StandardCharsets.US_ASCII);
    assertEnveloped(send(head("POST", "/?" + signedConnect(), FORM, body.length), body));
  }

  @Test
  void rawInvalidUtf8BytesInAFormBodyAreAnsweredWithAnEnvelope() {
    byte[] body = {'N', 'a', 'm', 'e', '=', (byte) 0xff, (byte) 0xfe, (byte) 0xc3};
    assertEnveloped(send(head("POST", "/?" + signedConnect(), FORM, body.length), body));
  }

  @Test
  void unknownCharsetInTheContentTypeIsRefusedWithBadRequest() {
    byte[] body = "Name=x".getBytes(StandardCharsets.US_ASCII);
    String ct = "Content-Type: application/x-www-form-urlencoded; charset=x-no-such-charset\r\n";
    assertRefused(send(head("POST", "/?" + signedConnect(), ct, body.length), body), 400, "BadRequest");
  }

  @Test
  void bodyStartingWithGzipMagicBytesThatIsNotGzipIsRefusedWithBadRequest() {
    byte[] body = {0x1f, (byte) 0x8b, 8, 0, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'};
    assertRefused(send(head("POST", "/?" + signedConnect(), FORM, body.length), body), 400, "BadRequest");
  }

  @Test
  void contentEncodingGzipOnAPlainBodyIsRefusedWithBadRequest() {
    byte[] body = "Name=x".getBytes(StandardCharsets.US_ASCII);
    assertRefused(send(head("POST", "/?" + signedConnect(), FORM + "Content-Encoding: gzip\r\n", body.length), body),
        400, "BadRequest");
  }

  // ---- sizes ----

  @Test
  void bodyOverOneMebibyteIsRefusedWithRequestEntityTooLarge() {
    byte[] body = new byte[MIB + 1];
    Arrays.fill(body, (byte) 'a');
    Envelope e = assertRefused(send(head("POST", "/?" + signedConnect(), FORM, body.length), body),
        413, "RequestEntityTooLarge");
    assertThat(e.message()).isEqualTo("The request is larger than 1048576 bytes.");
  }

  @Test
  void chunkedBodyOverOneMebibyteIsRefusedWithRequestEntityTooLarge() {
    byte[] chunk = new byte[MIB + 1];
    Arrays.fill(chunk, (byte) 'a');
    byte[] body = ("100001\r\n" + new String(chunk, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(send(head("POST", "/?" + signedConnect(), FORM + "Transfer-Encoding: chunked\r\n", -1), body),
        413, "RequestEntityTooLarge");
  }

  @Test
  void bodyOfExactlyOneMebibyteIsAccepted() {
    byte[] body = new byte[MIB];
    Arrays.fill(body, (byte) 'a');
    String query = SignedCall.wire(SignedCall.vpc("DescribeRouterInterfaces").signed());
    RawHttp.Answer a = send(head("POST", "/?" + query, "Content-Type: application/octet-stream\r\n", body.length), body);
    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
  }

  @Test
  void urlBeyondTheHttpLayersLimitIsRefusedWith414Envelope() {
    assertRefused(send(head("GET", "/?" + signedConnect() + "&Name=" + "x".repeat(64 * 1024), "", -1)),
        414, "RequestURITooLong");
  }

  @Test
  void urlOverEightKilobytesWithinTheLimitIsServed() {
    String query = SignedCall.wire(
        SignedCall.vpc("DescribeRouterInterfaces").method("GET").with("Name", "x".repeat(9 * 1024)).signed());
    RawHttp.Answer a = send(head("GET", "/?" + query, "", -1));
    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
    assertThat(a.envelope().requestId()).matches(Envelope.REQUEST_ID);
  }

  @Test
  void hugeHeaderIsRefusedWith431Envelope() {
    assertRefused(send(head("GET", "/?" + signedConnect(), "X-Big: " + "x".repeat(64 * 1024) + "\r\n", -1)),
        431, "RequestHeaderFieldsTooLarge");
  }

  // ---- methods ----

  @Test
  void anUnknownHttpVersionIsABadRequestNotAServerError() {
    RawHttp.Answer a = RawHttp.send(server.port(), "GET /?" + signedConnect() + " HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertRefused(a, 400, "BadRequest");
  }

  @Test
  void headIsRefusedWithUnsupportedHttpMethodHeaders() {
    RawHttp.Answer a = send(head("HEAD", "/?" + signedConnect(), "", -1));
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.header("content-type")).isEqualTo("application/json;charset=utf-8");
    assertThat(a.header("x-acs-request-id")).matches(Envelope.REQUEST_ID);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void optionsIsRefusedWithUnsupportedHttpMethod() {
    assertRefused(send(head("OPTIONS", "/?" + signedConnect(), "", -1)), 403, "UnsupportedHTTPMethod");
  }

  @Test
  void traceIsRefusedWithUnsupportedHttpMethod() {
    assertRefused(send(head("TRACE", "/?" + signedConnect(), "", -1)), 403, "UnsupportedHTTPMethod");
  }

  @Test
  void unknownMethodTokenIsRefusedWithUnsupportedHttpMethod() {
    assertRefused(send(head("FROB", "/?" + signedConnect(), "", -1)), 403, "UnsupportedHTTPMethod");
  }

  // ---- parameters ----

  @Test
  void emptyQueryIsRefusedWithMissingAccessKeyId() {
    assertRefused(send(head("GET", "/", "", -1)), 400, "MissingAccessKeyId");
  }

  @Test
  void bareQuestionMarkIsRefusedWithMissingAccessKeyId() {
    assertRefused(send(head("GET", "/?", "", -1)), 400, "MissingAccessKeyId");
  }

  @Test
  void duplicateNameInTheQueryTakesItsLastValue() {
    String query = "Action=ConnectRouterInterface&"
        + SignedCall.wire(SignedCall.vpc("DescribeRouterInterfaces").method("GET").signed());
    RawHttp.Answer a = send(head("GET", "/?" + query, "", -1));
    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
    assertThat(server.mock().stateJson()).isEqualTo(before);
  }

  @Test
  void duplicateNameWithAnUnsignedValueIsRefusedWithSignatureDoesNotMatch() {
    assertRefused(send(head("GET", "/?" + signedConnect() + "&RouterInterfaceId=ri-beijing00acceptor0001", "", -1)),
        400, "SignatureDoesNotMatch");
  }

  @Test
  void parameterNamesWithControlCharactersAreAnsweredWithAnEnvelope() {
    assertEnveloped(send(head("GET", "/?" + signedConnect() + "&%01Bad%0AName%00=1", "", -1)));
  }

  @Test
  void thousandAndOneQueryParametersAreRefusedWithInvalidParameter() {
    StringBuilder q = new StringBuilder(signedConnect());
    for (int i = q.toString().split("&").length; i < 1001; i++) {
      q.append("&P").append(i).append("=1");
    }
    Envelope e = assertRefused(send(head("GET", "/?" + q, "", -1)), 400, "InvalidParameter");
    assertThat(e.message()).isEqualTo("The request has more than 1000 parameters.");
  }

  @Test
  void thousandAndOneParametersAcrossQueryAndFormAreRefusedWithInvalidParameter() {
    String query = signedConnect();
    StringBuilder form = new StringBuilder("P0=1");
    for (int i = query.split("&").length + 1; i < 1001; i++) {
      form.append("&P").append(i).append("=1");
    }
    byte[] body = form.toString().getBytes(StandardCharsets.US_ASCII);
    assertRefused(send(head("POST", "/?" + query, FORM, body.length), body), 400, "InvalidParameter");
  }

  @Test
  void thousandParametersAreServed() {
    SignedCall c = SignedCall.vpc("DescribeRouterInterfaces");
    for (int i = c.signed().size(); i < 1000; i++) {
      c.with("P" + i, "1");
    }
    assertThat(c.signed()).hasSize(1000);
    RawHttp.Answer a = send(head("GET", "/?" + SignedCall.wire(c.method("GET").signed()), "", -1));
    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
  }

  // ---- paths and requests that are not API calls ----

  @Test
  void pathFooIsRefusedWithInvalidActionNotFound() {
    assertRefused(send(head("GET", "/foo?" + signedConnect(), "", -1)), 404, "InvalidAction.NotFound");
  }

  @Test
  void pathWithAMalformedEscapeIsRefusedWithBadRequest() {
    assertRefused(send(head("GET", "/%zz?" + signedConnect(), "", -1)), 400, "BadRequest");
  }

  @Test
  void pathWithDotDotIsRefusedWithBadRequest() {
    assertRefused(send(head("GET", "/..?" + signedConnect(), "", -1)), 400, "BadRequest");
  }

  @Test
  void faviconRequestIsRefusedWithInvalidActionNotFound() {
    assertRefused(send(head("GET", "/favicon.ico", "", -1)), 404, "InvalidAction.NotFound");
  }

  @Test
  void jsonBodyIsAnsweredAsAnUnsignedApiCall() {
    byte[] body = "{\"Action\":\"ConnectRouterInterface\"}".getBytes(StandardCharsets.US_ASCII);
    assertRefused(send(head("POST", "/", "Content-Type: application/json\r\n", body.length), body), 400, "MissingAccessKeyId");
  }

  @Test
  void bytesThatAreNotHttpAreRefusedWithBadRequest() {
    assertRefused(send("HELLO\r\n\r\n"), 400, "BadRequest");
  }

  @Test
  void http11RequestWithoutHostIsRefusedWithBadRequest() {
    assertRefused(send("GET /?" + signedConnect() + " HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "BadRequest");
  }

  @Test
  void nonNumericContentLengthIsRefusedWithBadRequest() {
    assertRefused(send("POST /?" + signedConnect() + " HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"),
        400, "BadRequest");
  }

  @Test
  void rawNonAsciiBytesInTheRequestLineAreRefusedWithBadRequest() {
    byte[] head = ("GET /?" + signedConnect() + "&Name=\u00e4\u00ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(RawHttp.send(server.port(), head), 400, "BadRequest");
  }

  @Test
  void serverKeepsServingAfterMalformedInput() {
    send("HELLO\r\n\r\n");
    send(head("GET", "/?Name=%zz", "", -1));
    RawHttp.Answer a = send(head("POST", "/?" + signedConnect(), "", -1));
    assertThat(a.status()).as(a.bodyText()).isEqualTo(200);
    assertThat(server.mock().routerInterface("ri-hangzhou0initiator001").orElseThrow().status().apiName())
        .isEqualTo("Connecting");
  }
}
