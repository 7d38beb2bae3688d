package dev.aliyunmock.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.aliyunmock.server.AliyunMockServer;
import java.nio.charset.StandardCharsets;

/**
 * The official SDK v1 (aliyun-java-sdk-core 4.7.3), pointed at a mock exactly as a user would:
 * per-request {@code setSysEndpoint} and HTTP.
 */
public final class Sdk {
  public static final String KEY = "testAccessKeyId";
  public static final String SECRET = "testAccessKeySecret";
  public static final String PEER_KEY = "peerAccessKeyId";
  public static final String PEER_SECRET = "peerAccessKeySecret";

  private final DefaultAcsClient client;
  private final String endpoint;

  public Sdk(AliyunMockServer server, String accessKeyId, String secret) {
    DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret);
    HttpClientConfig cfg = HttpClientConfig.getDefault();
    cfg.setProtocolType(ProtocolType.HTTP);
    cfg.setReadTimeoutMillis(10_000);
    cfg.setConnectionTimeoutMillis(2_000);
    profile.setHttpClientConfig(cfg);
    this.client = new DefaultAcsClient(profile);
    this.endpoint = server.endpoint();
  }

  public Sdk(AliyunMockServer server) {
    this(server, KEY, SECRET);
  }

  public DefaultAcsClient client() {
    return client;
  }

  /** Points a request at the mock. */
  public <R extends AcsRequest<?>> R at(R request) {
    request.setSysEndpoint(endpoint);
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  public <T extends AcsResponse> T call(AcsRequest<T> request) throws ClientException {
    return client.getAcsResponse(at(request));
  }

  /** A CommonRequest of the ECS dialect (2014-05-26), as users reach that version. */
  public CommonRequest ecs(String action) {
    CommonRequest r = new CommonRequest();
    r.setSysDomain(endpoint);
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysVersion("2014-05-26");
    r.setSysAction(action);
    r.setSysMethod(MethodType.POST);
    r.setSysAccept(FormatType.JSON);
    return r;
  }

  /** A CommonRequest of the VPC dialect (2016-04-28). */
  public CommonRequest vpc(String action) {
    CommonRequest r = ecs(action);
    r.setSysVersion("2016-04-28");
    return r;
  }

  /** The raw answer (status and body) of a request: the SDK has no status accessor otherwise. */
  public HttpResponse raw(AcsRequest<?> request) throws ClientException {
    return client.doAction(at(request));
  }

  @SuppressWarnings("unchecked") // CommonRequest.buildRequest() returns a raw AcsRequest
  public HttpResponse raw(CommonRequest request) throws ClientException {
    return client.doAction(request.buildRequest());
  }

  /** Asserts that a request is refused with a code (via the SDK's exception) and an HTTP status. */
  public ClientException assertRefused(AcsRequest<?> request, String code, int status) throws ClientException {
    HttpResponse raw = raw(request);
    assertThat(raw.getStatus()).as("HTTP status of %s", code).isEqualTo(status);
    ClientException e = assertThrows(ClientException.class, () -> client.getAcsResponse(at(request)));
    assertThat(e.getErrCode()).isEqualTo(code);
    assertThat(e.getRequestId()).matches("[0-9A-F-]{36}");
    return e;
  }

  public ClientException assertRefused(CommonRequest request, String code, int status) throws ClientException {
    HttpResponse raw = raw(request);
    assertThat(raw.getStatus()).as("HTTP status of %s: %s", code, body(raw)).isEqualTo(status);
    ClientException e = assertThrows(ClientException.class, () -> client.getCommonResponse(request));
    assertThat(e.getErrCode()).isEqualTo(code);
    assertThat(e.getRequestId()).matches("[0-9A-F-]{36}");
    return e;
  }

  public static String body(HttpResponse r) {
    return r.getHttpContent() == null ? "" : new String(r.getHttpContent(), StandardCharsets.UTF_8);
  }
}
