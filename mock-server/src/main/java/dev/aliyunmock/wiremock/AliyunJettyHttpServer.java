package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.aliyunmock.AliyunMock;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.server.Handler;
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
    for (Handler h : jettyServer.getChildHandlersByClass(ServletContextHandler.class)) {
      ServletContextHandler context = (ServletContextHandler) h;
      if ("/".equals(context.getContextPath())) {
        context.setErrorHandler(new EnvelopeErrorHandler(mock.gateway()));
        context.addFilter(new FilterHolder(new RequestGuard(mock)), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    }
  }
}
