package dev.aliyunmock.wiremock;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request the guards hand on (to WireMock's stubs or its admin API) once they have read, and
 * maybe inflated, the body.
 */
final class ReplayedRequest {
  private ReplayedRequest() {}

  /** The request without its {@code Content-Encoding}, its body being inflated already. */
  static final class WithoutContentEncoding extends HttpServletRequestWrapper {
    WithoutContentEncoding(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return "Content-Encoding".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Content-Encoding".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = new ArrayList<>();
      for (String n : Collections.list(super.getHeaderNames())) {
        if (!"Content-Encoding".equalsIgnoreCase(n)) {
          names.add(n);
        }
      }
      return Collections.enumeration(names);
    }
  }

  /** The request with its body already read, served again from memory to WireMock. */
  static class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body is already read");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }
}
