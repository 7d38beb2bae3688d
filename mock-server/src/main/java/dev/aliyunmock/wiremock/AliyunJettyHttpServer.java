package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockApp;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.jetty11.Jetty11Utils;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.protocol.RpcRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpCompliance;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpMethod;
import wiremock.org.eclipse.jetty.http.HttpURI;
import wiremock.org.eclipse.jetty.http.HttpVersion;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.ConnectionFactory;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpChannelOverHttp;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnection;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHandler;
import wiremock.org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty server with the API's manners (the choices are explained in {@code
 * docs/reference/http.md}):
 *
 * <ul>
 *   <li>the {@link RequestGuard} in front of the stubs and the {@link AdminGuard} in front of the
 *       admin API (WireMock's permissive CORS filter removed), both reading bodies without holding
 *       a thread;
 *   <li>error envelopes instead of Jetty's error pages, each logged in the call log with the
 *       dialect of the request's {@code Version} when its request line was read;
 *   <li>CONNECT refused like any other method; no 5xx for a request Jetty cannot parse;
 *   <li>HTTP/1.1 only (no cleartext HTTP/2), no per-connection header field cache, folded
 *       headers unfolded.
 * </ul>
 *
 * Set up after WireMock built its handlers (its construction hooks run before this class's fields
 * exist).
 */
final class AliyunJettyHttpServer extends Jetty11HttpServer {
  AliyunJettyHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler,
      AliyunMock mock,
      HttpPolicy policy) {
    super(options, adminRequestHandler, stubRequestHandler);
    EnvelopeErrorHandler errors = new EnvelopeErrorHandler(mock);
    jettyServer.setErrorHandler(errors);
    for (Connector c : jettyServer.getConnectors()) {
      withoutHeaderCache(c);
      if (c.getDefaultConnectionFactory() instanceof RefusalLoggingHttpConnectionFactory f) {
        f.errors = errors;
        f.mock = mock;
      }
    }
    // WireMock's servlet skips CONNECT, and Jetty then answers 200 and holds the connection as a
    // tunnel: the API refuses the method instead (UnsupportedHTTPMethod).
    HandlerWrapper connectRefused =
        new HandlerWrapper() {
          @Override
          public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
              throws IOException, ServletException {
            if (HttpMethod.CONNECT.is(request.getMethod())) {
              baseRequest.setHandled(true);
              response.setHeader("Connection", "close");
              RequestGuard.write(response, mock.handle(RequestGuard.toRpcRequest(request, new byte[0])));
              return;
            }
            super.handle(target, baseRequest, request, response);
          }
        };
    connectRefused.setHandler(jettyServer.getHandler());
    jettyServer.setHandler(connectRefused);
    for (Handler h : jettyServer.getChildHandlersByClass(ServletContextHandler.class)) {
      ServletContextHandler context = (ServletContextHandler) h;
      if ("/".equals(context.getContextPath())) {
        context.setErrorHandler(new EnvelopeErrorHandler(mock));
        putFirst(context, new RequestGuard(mock, policy), "aliyun-request-guard");
        putFirst(context, new DashboardDoor(), "aliyun-dashboard-door");
      } else if (WireMockApp.ADMIN_CONTEXT_ROOT.equals(context.getContextPath())) {
        putFirst(context, new AdminGuard(options.getAdminAuthenticator(), policy), "aliyun-admin-guard");
      }
    }
  }

  /**
   * Puts {@code filter} before every other filter of the context, for requests and their async
   * re-dispatch (after a body is read), and drops WireMock's CORS filter, which lets any origin
   * read the admin API with credentials.
   */
  private static void putFirst(ServletContextHandler context, Filter filter, String name) {
    ServletHandler handler = context.getServletHandler();
    FilterHolder holder = new FilterHolder(filter);
    holder.setName(name);
    holder.setAsyncSupported(true);
    FilterMapping mapping = new FilterMapping();
    mapping.setFilterName(name);
    mapping.setPathSpec("/*");
    mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
    List<FilterHolder> holders = new ArrayList<>(List.of(holder));
    List<String> dropped = new ArrayList<>();
    for (FilterHolder f : handler.getFilters() == null ? new FilterHolder[0] : handler.getFilters()) {
      if (CrossOriginFilter.class.getName().equals(f.getClassName())
          || (f.getHeldClass() != null && CrossOriginFilter.class.isAssignableFrom(f.getHeldClass()))) {
        dropped.add(f.getName());
      } else {
        holders.add(f);
      }
    }
    List<FilterMapping> mappings = new ArrayList<>(List.of(mapping));
    for (FilterMapping m : handler.getFilterMappings() == null ? new FilterMapping[0] : handler.getFilterMappings()) {
      if (!dropped.contains(m.getFilterName())) {
        mappings.add(m);
      }
    }
    handler.setFilters(holders.toArray(new FilterHolder[0]));
    handler.setFilterMappings(mappings.toArray(new FilterMapping[0]));
  }

  /**
   * No per-connection header field cache: Jetty 11's HttpParser, having cached a blank
   * User-Agent on a keep-alive connection, refuses the next request whose User-Agent is blank but
   * padded with white space (400, connection closed). See docs/reference/http.md.
   */
  private static void withoutHeaderCache(Connector connector) {
    for (ConnectionFactory f : connector.getConnectionFactories()) {
      if (f instanceof HttpConfiguration.ConnectionFactory c) {
        c.getHttpConfiguration().setHeaderCacheSize(0);
      }
    }
  }

  /** HTTP/1.1 only (no h2c): see docs/reference/http.md; parse failures are never 5xx and are logged. */
  @Override
  protected ServerConnector createHttpConnector(
      String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
    HttpConfiguration httpConfig = Jetty11Utils.createHttpConfig(jettySettings);
    httpConfig.setHeaderCacheSize(0);
    // A folded header (obs-fold) is unfolded, as RFC 9112 §5.2 allows, rather than refused.
    httpConfig.setHttpCompliance(HttpCompliance.RFC7230.with("RFC7230_OBS_FOLD", HttpCompliance.Violation.MULTILINE_FIELD_VALUE));
    return Jetty11Utils.createServerConnector(
        jettyServer, bindAddress, jettySettings, port, listener, new RefusalLoggingHttpConnectionFactory(httpConfig));
  }

  /**
   * HTTP/1.1 connections whose bad-message answers are 4xx (Jetty says 505 for HTTP/9.9), carry
   * the dialect of what was read of the request, and appear in the call log; a request whose head
   * was cut off by the client's leaving is logged too.
   */
  private static final class RefusalLoggingHttpConnectionFactory extends HttpConnectionFactory {
    private volatile EnvelopeErrorHandler errors;
    private volatile AliyunMock mock;

    RefusalLoggingHttpConnectionFactory(HttpConfiguration config) {
      super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      HttpConnection connection =
          new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
              return new HttpChannelOverHttp(this, connector, getHttpConfiguration(), endPoint, this) {
                private String method;
                private String uri;
                private String version;
                private boolean headComplete;

                @Override
                public void startRequest(String m, String u, HttpVersion v) {
                  method = m;
                  uri = u;
                  version = null;
                  headComplete = false;
                  super.startRequest(m, u, v);
                }

                @Override
                public void parsedHeader(HttpField field) {
                  if (field.getName().equalsIgnoreCase("x-acs-version")) {
                    version = field.getValue();
                  }
                  super.parsedHeader(field);
                }

                @Override
                public boolean headerComplete() {
                  headComplete = true;
                  return super.headerComplete();
                }

                @Override
                public void earlyEOF() {
                  if (!headComplete && method != null && mock != null) {
                    // The client left in the middle of the request head: nothing to answer, but logged.
                    mock.refuse(readSoFar(), new dev.aliyunmock.api.ApiException(
                        dev.aliyunmock.api.ApiError.BAD_REQUEST, "the connection closed before the request head ended"));
                    method = null;
                  }
                  super.earlyEOF();
                }

                @Override
                public void onBadMessage(BadMessageException failure) {
                  BadMessageException f =
                      failure.getCode() >= 500 ? new BadMessageException(400, failure.getReason(), failure) : failure;
                  EnvelopeErrorHandler e = errors;
                  if (e == null) {
                    super.onBadMessage(f);
                    return;
                  }
                  e.refusing(readSoFar(), () -> super.onBadMessage(f));
                  method = null;
                }

                @Override
                public void recycle() {
                  method = null;
                  uri = null;
                  version = null;
                  headComplete = false;
                  super.recycle();
                }

                /** What was read of the request: method and target, and its x-acs-version. */
                private RpcRequest readSoFar() {
                  if (method == null) {
                    return RpcRequest.builder("-", "/").build();
                  }
                  String target = uri == null ? "/" : uri;
                  if (!target.startsWith("/")) {
                    // absolute-form (http://host/path?q): keep path and query
                    HttpURI parsed = HttpURI.from(target);
                    target = parsed.getPathQuery() == null ? "/" : parsed.getPathQuery();
                  }
                  RpcRequest.Builder b = RpcRequest.builder(method, target);
                  b.header("x-acs-version", version);
                  return b.build();
                }
              };
            }
          };
      connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
      connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
      return configure(connection, connector, endPoint);
    }
  }
}
