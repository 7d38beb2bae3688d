package dev.aliyunmock.contract.sdk;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.CallBack;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpRequest;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.IHttpClient;
import java.io.IOException;
import java.util.concurrent.Future;

/**
 * Passes the SDK's requests to its own HTTP client and keeps the last exchange: the SDK exposes no
 * HTTP status on its exceptions, and the contract is about statuses too. The SDK itself signs,
 * sends and parses exactly as for any user.
 */
final class RecordingHttpClient extends IHttpClient {
  private final IHttpClient delegate;
  private HttpRequest lastRequest;
  private HttpResponse lastResponse;

  RecordingHttpClient(IHttpClient delegate) {
    this.delegate = delegate;
  }

  @Override
  protected void init(HttpClientConfig clientConfig) {
    // the delegate is initialised already
  }

  @Override
  public HttpResponse syncInvoke(HttpRequest request) throws IOException, ClientException {
    lastRequest = request;
    HttpResponse response = delegate.syncInvoke(request);
    lastResponse = response;
    return response;
  }

  @Override
  public Future<HttpResponse> asyncInvoke(HttpRequest request, CallBack callback) throws IOException {
    return delegate.asyncInvoke(request, callback);
  }

  @Override
  @Deprecated
  public void ignoreSSLCertificate() {
    delegate.ignoreSSLCertificate();
  }

  @Override
  @Deprecated
  public void restoreSSLCertificate() {
    delegate.restoreSSLCertificate();
  }

  /** True, so that {@code DefaultAcsClient.shutdown()} leaves the SDK's shared client open. */
  @Override
  public boolean isSingleton() {
    return true;
  }

  @Override
  public void close() {
    // the delegate is the SDK's JVM-wide client: not ours to close
  }

  HttpRequest lastRequest() {
    return lastRequest;
  }

  HttpResponse lastResponse() {
    return lastResponse;
  }
}
