package dev.aliyunmock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.server.AliyunMockServer;
import dev.aliyunmock.support.MockServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request journal is bounded by bytes, not only by count: large refused requests (a 900 KB
 * form body each) no longer pile up until the heap runs out. What stays is the newest, and {@code
 * verify} and {@code getAllServeEvents} still see it.
 */
class JournalBoundTest {
  private static final long BOUND = 32L << 20;
  private final AliyunMockServer server = MockServers.start();

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void largeRequestsAreTrimmedByBytesAndTheNewestStaysVisible() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String body = "Action=DescribeRouterInterfaces&Description=" + "d".repeat(900_000);
    for (int i = 0; i < 60; i++) {
      HttpRequest r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?n=" + i))
          .timeout(Duration.ofSeconds(20))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      assertThat(client.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    }
    List<ServeEvent> events = server.wireMock().getAllServeEvents();
    long bodies = events.stream().mapToLong(e -> e.getRequest().getBody().length).sum();
    // 60 bodies are 54 MB; the journal keeps what its 32 MiB estimate (four times a body) allows.
    assertThat(bodies).isLessThanOrEqualTo(BOUND / 4);
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).getRequest().getUrl()).isEqualTo("/?n=59");
    server.wireMock().verify(postRequestedFor(urlPathEqualTo("/")).withQueryParam("n", com.github.tomakehurst.wiremock.client.WireMock.equalTo("59")));
  }

  @Test
  void smallRequestsStillCountUpToTheEntryCap() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < 200; i++) {
      HttpRequest r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?Action=DescribeRouterInterfaces&i=" + i))
          .timeout(Duration.ofSeconds(20)).build();
      client.send(r, HttpResponse.BodyHandlers.discarding());
    }
    assertThat(server.wireMock().getAllServeEvents()).hasSize(200);
    assertThat(server.journalBytes()).isBetween(1L, BOUND);
  }
}
