package dev.aliyunmock.testcontainers;

import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.control.AdminApi.Fields;
import dev.aliyunmock.control.AdminCredentials;
import dev.aliyunmock.control.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What {@code GET /__admin/aliyun/info} says of a running mock: its version, first account and regions. */
record MockInfo(String version, String ownerId, String accessKeyId, String accessKeySecret, List<String> regions) {

  /**
   * Asks the mock at {@code baseUrl}, with the admin credentials if it has some.
   *
   * @throws IllegalStateException if it does not answer 200 with a JSON object
   */
  static MockInfo fetch(String baseUrl, AdminCredentials credentials) {
    return parse(get(baseUrl, credentials, AdminApi.Route.INFO.path()));
  }

  @SuppressWarnings("unchecked")
  static MockInfo parse(String body) {
    Map<String, Object> info;
    try {
      info = JsonValues.object(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("GET " + AdminApi.Route.INFO.path() + " answered no JSON object: " + body, e);
    }
    Object account = info.get(Fields.DEFAULT_ACCOUNT);
    Map<String, Object> a = account instanceof Map ? (Map<String, Object>) account : Map.of();
    List<String> regions = new ArrayList<>();
    if (info.get(Fields.REGIONS) instanceof List<?> list) {
      list.forEach(r -> regions.add(String.valueOf(r)));
    }
    return new MockInfo(
        (String) info.get(Fields.VERSION),
        (String) a.get(Fields.OWNER_ID),
        (String) a.get(Fields.ACCESS_KEY_ID),
        (String) a.get(Fields.ACCESS_KEY_SECRET),
        List.copyOf(regions));
  }

  /** The body of a 200 answer to {@code GET path} of the admin API at {@code baseUrl}. */
  static String get(String baseUrl, AdminCredentials c, String path) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)).GET();
    if (c != null) {
      String token = Base64.getEncoder().encodeToString((c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " of " + baseUrl + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + path, e);
    }
  }
}
