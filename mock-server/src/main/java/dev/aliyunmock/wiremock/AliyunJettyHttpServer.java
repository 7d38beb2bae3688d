package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.aliyunmock.AliyunMock;
import java.io.IOException;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpMethod;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with the API's manners: the {@link RequestGuard} in front of the stubs,
 * and error envelopes instead of Jetty's error pages, at the server and in the mock context. Set
 * up after WireMock built its handlers (its construction hooks run before this class's fields
 * exist).
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
}
