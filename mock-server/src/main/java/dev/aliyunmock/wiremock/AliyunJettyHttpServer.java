package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.jetty11.Jetty11Utils;
import dev.aliyunmock.AliyunMock;
import java.io.IOException;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpMethod;
import wiremock.org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
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
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with the API's manners: the {@link RequestGuard} in front of the stubs,
 * error envelopes instead of Jetty's error pages, at the server and in the mock context, CONNECT
 * refused like any other method, and no 5xx for a request Jetty cannot parse (an unknown HTTP
 * version is a bad request, not a server error). Set up after WireMock built its handlers (its
 * construction hooks run before this class's fields exist).
 */
final class AliyunJettyHttpServer extends Jetty11HttpServer {
  AliyunJettyHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler, AliyunMock mock) {
    super(options, adminRequestHandler, stubRequestHandler);
    jettyServer.setErrorHandler(new EnvelopeErrorHandler(mock.gateway()));
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
        context.setErrorHandler(new EnvelopeErrorHandler(mock.gateway()));
        context.addFilter(new FilterHolder(new RequestGuard(mock)), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    }
  }

  /** As WireMock's, with an HTTP/1 factory whose parse failures are never 5xx. */
  @Override
  protected ServerConnector createHttpConnector(
      String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
    HttpConfiguration httpConfig = Jetty11Utils.createHttpConfig(jettySettings);
    ConnectionFactory[] factories =
        options.getHttp2PlainDisabled()
            ? new ConnectionFactory[] {new NoServerErrorHttpConnectionFactory(httpConfig)}
            : new ConnectionFactory[] {
              new NoServerErrorHttpConnectionFactory(httpConfig), new HTTP2CServerConnectionFactory(httpConfig)
            };
    return Jetty11Utils.createServerConnector(jettyServer, bindAddress, jettySettings, port, listener, factories);
  }

  /** HTTP/1.1 connections whose bad-message answers are 4xx (Jetty says 505 for HTTP/9.9). */
  private static final class NoServerErrorHttpConnectionFactory extends HttpConnectionFactory {
    NoServerErrorHttpConnectionFactory(HttpConfiguration config) {
      super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
      HttpConnection connection =
          new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
              return new HttpChannelOverHttp(this, connector, getHttpConfiguration(), endPoint, this) {
                @Override
                public void onBadMessage(BadMessageException failure) {
                  super.onBadMessage(
                      failure.getCode() >= 500 ? new BadMessageException(400, failure.getReason(), failure) : failure);
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
