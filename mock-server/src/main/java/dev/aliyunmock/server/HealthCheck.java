package dev.aliyunmock.server;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check, run inside the image where no curl exists: exit 0 when {@code
 * /__admin/health} on 127.0.0.1:{@code $ALIYUN_MOCK_PORT} (default 8080) answers 200, else 1.
 *
 * <pre>
 * java -cp aliyun-mock.jar dev.aliyunmock.server.HealthCheck
 * </pre>
 */
public final class HealthCheck {
  private HealthCheck() {}

  public static void main(String[] args) {
    String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("ALIYUN_MOCK_PORT", "8080");
    try {
      HttpURLConnection c =
          (HttpURLConnection) URI.create("http://127.0.0.1:" + port.trim() + "/__admin/health").toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(2000);
      int status = c.getResponseCode();
      c.disconnect();
      System.exit(status == 200 ? 0 : 1);
    } catch (Exception e) {
      System.exit(1);
    }
  }
}
