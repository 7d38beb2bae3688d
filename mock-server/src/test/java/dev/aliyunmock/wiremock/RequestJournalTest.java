package dev.aliyunmock.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WireMock's request journal under the mock: capped, newest first, still usable by verify. */
class RequestJournalTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static void describe(AliyunMockServer server, String marker) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.baseUrl()
                            + "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou&Marker="
                            + marker))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void theJournalKeepsOnlyTheNewestEntriesUpToItsCap() throws Exception {
    try (AliyunMockServer server =
        AliyunMockServer.builder()
            .mock(m -> m.auth(AuthMode.OFF))
            .wireMock(o -> o.maxRequestJournalEntries(2))
            .build()
            .start()) {
      describe(server, "one");
      describe(server, "two");
      describe(server, "three");
      List<ServeEvent> events = server.wireMock().getAllServeEvents();
      assertThat(events).extracting(e -> e.getRequest().queryParameter("Marker").firstValue()).containsExactly("three", "two");
    }
  }

  @Test
  void verifyCountsTheRequestsTheJournalHolds() throws Exception {
    try (AliyunMockServer server = AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF)).build().start()) {
      describe(server, "one");
      describe(server, "two");
      server.wireMock().verify(2, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/")));
      server.wireMock().removeServeEvent(server.wireMock().getAllServeEvents().get(0).getId());
      server.wireMock().verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/")));
    }
  }

  @Test
  void resettingTheJournalEmptiesIt() throws Exception {
    try (AliyunMockServer server = AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF)).build().start()) {
      describe(server, "one");
      server.wireMock().resetRequests();
      describe(server, "two");
      assertThat(server.wireMock().getAllServeEvents()).hasSize(1);
    }
  }
}
