package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.RpcRequest;
import java.util.Objects;
import java.util.UUID;

/**
 * The mock as one WireMock extension: the response transformer behind the catch-all stub, the
 * admin routes, the loader that installs the catch-all (again after every reset of the stubs),
 * and the HTTP server factory that gives Jetty the API's error envelopes. All parts share one
 * {@link AliyunMock}; two extensions share nothing.
 *
 * <p>In a stock WireMock standalone, with this jar and Jackson on the class path:
 *
 * <pre>
 * java -cp wiremock-standalone.jar:aliyun-mock-server.jar:… wiremock.Run \
 *      --extensions dev.aliyunmock.wiremock.AliyunWireMockExtension
 * </pre>
 *
 * (configured by the system properties {@code aliyunmock.fixtures}, {@code aliyunmock.auth},
 * {@code aliyunmock.transitions}, {@code aliyunmock.allowedHosts}, {@code aliyunmock.allowedOrigins}).
 * In code, prefer {@link AliyunWireMockExtensionFactory} or {@code AliyunMockServer}.
 */
public final class AliyunWireMockExtension
    implements ResponseDefinitionTransformerV2,
        AdminApiExtension,
        MappingsLoaderExtension,
        StubLifecycleListener,
        HttpServerFactory {
  /** The extension's name, also the transformer name the catch-all stub refers to. */
  public static final String NAME = "aliyun-mock";

  private final AliyunMock mock;
  private final HttpPolicy policy;
  private final AdminRoutes admin;
  private final DashboardRoutes dashboard;
  private final UUID catchAllId = UUID.randomUUID();
  private volatile StubMappings stubMappings;

  /** For WireMock's {@code --extensions}: a mock configured from system properties. */
  public AliyunWireMockExtension() {
    this(SystemPropertyConfig.options(System.getProperties()));
  }

  private AliyunWireMockExtension(dev.aliyunmock.control.MockOptions options) {
    this(SystemPropertyConfig.build(options), HttpPolicy.of(options));
  }

  /** Serves {@code mock} with the default {@link HttpPolicy}. */
  public AliyunWireMockExtension(AliyunMock mock) {
    this(mock, HttpPolicy.defaults());
  }

  /** Serves {@code mock} with the HTTP layer's bounds and browser rules of {@code policy}. */
  public AliyunWireMockExtension(AliyunMock mock, HttpPolicy policy) {
    this.mock = Objects.requireNonNull(mock);
    this.policy = Objects.requireNonNull(policy);
    this.admin = new AdminRoutes(mock);
    this.dashboard = new DashboardRoutes(mock);
  }

  /** The mock this extension serves. */
  public AliyunMock mock() {
    return mock;
  }

  /** The id of the catch-all stub (stable for this extension's life). */
  public UUID catchAllStubId() {
    return catchAllId;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ApiResponse r = mock.handle(toRpcRequest(serveEvent.getRequest()));
    return new ResponseDefinitionBuilder()
        .withStatus(r.status())
        .withHeader("Content-Type", r.contentType())
        .withHeader("x-acs-request-id", r.requestId())
        .withBody(r.body())
        .build();
  }

  static RpcRequest toRpcRequest(LoggedRequest request) {
    RpcRequest.Builder b =
        RpcRequest.builder(request.getMethod().getName(), request.getUrl())
            .body(request.getBody())
            .clientIp(request.getClientIp());
    if (request.getHeaders() != null) {
      for (HttpHeader h : request.getHeaders().all()) {
        b.header(h.key(), h.firstValue());
      }
    }
    return b.build();
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    admin.contribute(router);
    dashboard.contribute(router);
  }

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    this.stubMappings = stubMappings;
    ensureCatchAll(stubMappings);
  }

  /** WireMock's reset removes every stub; the API's catch-all comes back at once. */
  @Override
  public void afterStubsReset() {
    StubMappings sm = stubMappings;
    if (sm != null) {
      ensureCatchAll(sm);
    }
  }

  private void ensureCatchAll(StubMappings sm) {
    synchronized (this) {
      if (sm.get(catchAllId).isEmpty()) {
        sm.addMapping(CatchAllStub.create(catchAllId, NAME));
      }
    }
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new AliyunJettyHttpServer(options, adminRequestHandler, stubRequestHandler, mock, policy);
  }
}
