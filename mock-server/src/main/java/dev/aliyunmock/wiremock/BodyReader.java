package dev.aliyunmock.wiremock;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body without holding a thread while the client is slow: the servlet's
 * non-blocking input, a deadline for the whole body and a minimum average rate. A body read
 * whole is stored as a request attribute and the request dispatched again (the filter then finds
 * it with {@link #body}); a body too large, too slow, or broken is refused through the {@link
 * Refusal} and the connection closed.
 *
 * <p>Blocking reads were the weakness: each slow upload held one of WireMock's few container
 * threads until Jetty's 30 s idle timeout, and a score of them stalled every other request.
 */
final class BodyReader {
  private static final String BODY = BodyReader.class.getName() + ".body";
  private static final String READER = BodyReader.class.getName() + ".reader";

  /** How a refused body is answered: writes the answer (the connection is closed after it). */
  interface Refusal {
    void refuse(HttpServletRequest request, HttpServletResponse response, ApiException e) throws IOException;
  }

  private BodyReader() {}

  /** The body read by an earlier {@link #start}, or {@code null} on the first pass. */
  static byte[] body(HttpServletRequest request) {
    return request.getAttribute(BODY) instanceof byte[] b ? b : null;
  }

  /**
   * Whether the body of this request was read for another filter than {@code reader}. WireMock's
   * server runs every handler on a re-dispatched request, so the stub context (whose path "/"
   * matches everything) also sees an admin request dispatched again with its body: it must leave
   * it to the admin context.
   */
  static boolean readForAnother(HttpServletRequest request, Object reader) {
    Object owner = request.getAttribute(READER);
    return owner != null && owner != reader;
  }

  /** Whether the request announces a body (a length above zero, or chunks). */
  static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /**
   * Starts reading the body asynchronously for the filter {@code reader}; the request is dispatched
   * again once it is read, or answered by {@code refusal}.
   */
  static void start(
      Object reader, HttpServletRequest request, HttpServletResponse response, int limit, HttpPolicy policy,
      Refusal refusal)
      throws IOException {
    request.setAttribute(READER, reader);
    AsyncContext async = request.startAsync(request, response);
    // A backstop only: the deadline below answers first.
    async.setTimeout(policy.bodyDeadline().toMillis() + 30_000);
    Read read = new Read(async, request, response, limit, policy, refusal);
    Scheduler scheduler = Request.getBaseRequest(request).getHttpChannel().getConnector().getScheduler();
    read.deadline = scheduler.schedule(read::deadlinePassed, policy.bodyDeadline().toMillis(), TimeUnit.MILLISECONDS);
    request.getInputStream().setReadListener(read);
  }

  private static final class Read implements ReadListener {
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final int limit;
    private final HttpPolicy policy;
    private final Refusal refusal;
    private final long startNanos = System.nanoTime();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[16 * 1024];
    private volatile Scheduler.Task deadline;
    private boolean finished;

    Read(AsyncContext async, HttpServletRequest request, HttpServletResponse response, int limit, HttpPolicy policy,
        Refusal refusal) {
      this.async = async;
      this.request = request;
      this.response = response;
      this.limit = limit;
      this.policy = policy;
      this.refusal = refusal;
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
      ServletInputStream in = request.getInputStream();
      while (!finished && in.isReady()) {
        int n = in.read(buffer);
        if (n < 0) {
          return; // onAllDataRead follows
        }
        if (body.size() + n > limit) {
          fail(new ApiException(ApiError.REQUEST_TOO_LARGE, String.valueOf(limit)));
          return;
        }
        body.write(buffer, 0, n);
      }
      if (!finished) {
        checkRate();
      }
    }

    /** Slower than the minimum average rate once the grace period is over: refused. */
    private void checkRate() throws IOException {
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      if (elapsedMillis > policy.rateGrace().toMillis()
          && body.size() < policy.minBodyBytesPerSecond() * elapsedMillis / 1000) {
        fail(new ApiException(ApiError.REQUEST_TIMEOUT, "slower than " + policy.minBodyBytesPerSecond() + " bytes/s"));
      }
    }

    @Override
    public synchronized void onAllDataRead() {
      if (finished) {
        return;
      }
      finished = true;
      cancelDeadline();
      request.setAttribute(BODY, body.toByteArray());
      async.dispatch();
    }

    @Override
    public synchronized void onError(Throwable t) {
      try {
        // A broken chunked encoding, a body shorter than announced, the client gone.
        fail(new ApiException(ApiError.BAD_REQUEST, "the body could not be read"));
      } catch (IOException | RuntimeException e) {
        // The client is gone; nothing more to say to it.
      }
    }

    synchronized void deadlinePassed() {
      try {
        fail(new ApiException(ApiError.REQUEST_TIMEOUT, "no complete body within " + policy.bodyDeadline().toSeconds() + " s"));
      } catch (IOException | RuntimeException e) {
        // The client is gone.
      }
    }

    private void fail(ApiException e) throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      cancelDeadline();
      try {
        response.setHeader("Connection", "close");
        refusal.refuse(request, response, e);
      } finally {
        async.complete();
      }
    }

    private void cancelDeadline() {
      Scheduler.Task t = deadline;
      if (t != null) {
        t.cancel();
      }
    }
  }
}
