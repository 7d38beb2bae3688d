package dev.aliyunmock.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.server.AliyunMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The journal's compact form of an answered request gives back the same event: the same JSON as
 * WireMock writes it (request with its query, form, cookies, headers, body and date; answer;
 * response definition; stub; timing) and the same values of the getters JSON leaves out; and
 * {@code verify} on a server keeping compact entries finds what it finds on one that does not.
 */
class CompactServeEventTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A server whose journal keeps WireMock's own objects, so that the originals can be compared. */
  private static AliyunMockServer uncompacted() throws Exception {
    return AliyunMockServer.builder()
        .mock(m -> m.auth(AuthMode.OFF))
        .wireMock(o -> o.withStores(JournalBoundedStores.uncompacted(o::filesRoot, BoundedJournalStore.DEFAULT_MAX_BYTES)))
        .build()
        .start();
  }

  private static AliyunMockServer compacting() throws Exception {
    return AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF)).build().start();
  }

  /** User stubs of every kind of body and definition, besides the API's catch-all. */
  private static void stubs(AliyunMockServer server) {
    server.wireMock().stubFor(get(urlPathEqualTo("/text")).atPriority(1)
        .willReturn(aResponse().withStatus(203).withStatusMessage("Fine").withHeader("X-One", "a", "b").withBody("déjà vu 中文").withFixedDelay(1)));
    server.wireMock().stubFor(get(urlPathEqualTo("/json")).atPriority(1).willReturn(okJson("{\"a\":[1,2]}")));
    server.wireMock().stubFor(get(urlPathEqualTo("/jsonnode")).atPriority(1)
        .willReturn(aResponse().withJsonBody(Json.node("{\"b\":true}"))));
    server.wireMock().stubFor(get(urlPathEqualTo("/binary")).atPriority(1)
        .willReturn(aResponse().withBody(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe})));
    server.wireMock().stubFor(get(urlPathEqualTo("/empty")).atPriority(1).willReturn(aResponse().withStatus(204)));
    server.wireMock().stubFor(get(urlPathTemplate("/things/{id}")).atPriority(1).willReturn(aResponse().withBody("thing")));
    server.wireMock().stubFor(get(urlPathEqualTo("/parameters")).atPriority(1)
        .willReturn(aResponse().withBody("p").withTransformerParameters(Map.of("k", "v"))));
    server.wireMock().stubFor(get(urlPathEqualTo("/fault")).atPriority(1).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
  }

  private static void traffic(AliyunMockServer server) throws Exception {
    String base = server.baseUrl();
    send(HttpRequest.newBuilder(URI.create(base
        + "/?Action=DescribeRouterInterfaces&Version=2016-04-28&RegionId=cn-hangzhou&Filter.1.Key=RouterInterfaceId"
        + "&Filter.1.Value.1=ri-hangzhou0initiator001&Empty=&Encoded=%E4%B8%AD%20x")));
    send(HttpRequest.newBuilder(URI.create(base + "/?Version=2016-04-28"))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Cookie", "session=abc; theme=dark")
        .header("X-Many", "one")
        .header("X-Many", "two")
        .header("x-acs-action", "DescribeRouterInterfaces")
        .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeRouterInterfaces&RegionId=cn-hangzhou&Name=a%26b&Name=c")));
    send(HttpRequest.newBuilder(URI.create(base + "/?Action=NoSuchAction&Version=2016-04-28&RegionId=cn-hangzhou&Format=XML")));
    for (String path : List.of("/text?q=1", "/json", "/jsonnode", "/binary", "/empty", "/things/42?x=y", "/parameters", "/nowhere")) {
      send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*"));
    }
    send(HttpRequest.newBuilder(URI.create(base + "/json")).method("PUT", HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3}))
        .header("Content-Type", "application/octet-stream"));
    try {
      send(HttpRequest.newBuilder(URI.create(base + "/fault")));
    } catch (IOException expected) {
      // an empty response
    }
  }

  private static void send(HttpRequest.Builder b) throws Exception {
    HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void everyAnsweredEventComesBackTheSame() throws Exception {
    try (AliyunMockServer server = uncompacted()) {
      stubs(server);
      traffic(server);
      List<ServeEvent> events = server.wireMock().getAllServeEvents();
      assertThat(events).hasSizeGreaterThanOrEqualTo(13);
      int compacted = 0;
      for (ServeEvent original : events) {
        CompactServeEvent compact = CompactServeEvent.of(original);
        if (original.getRequest().getUrl().startsWith("/parameters")) {
          assertThat(compact).as("transformer parameters are not rebuilt: kept as they are").isNull();
          continue;
        }
        assertThat(compact).as(original.getRequest().getUrl()).isNotNull();
        compacted++;
        ServeEvent again = compact.serveEvent();
        assertThat(Json.write(again)).as(original.getRequest().getUrl()).isEqualTo(Json.write(original));
        sameBeyondJson(original, again);
        assertThat(compact.size()).isLessThan(original.getResponse().getBody() == null ? 4096 : 4096 + 2 * original.getResponse().getBody().length);
      }
      assertThat(compacted).isGreaterThanOrEqualTo(12);
    }
  }

  /** What WireMock's JSON of an event leaves out. */
  private static void sameBeyondJson(ServeEvent original, ServeEvent again) {
    LoggedRequest a = original.getRequest();
    LoggedRequest b = again.getRequest();
    assertThat(b.getId()).isEqualTo(a.getId());
    assertThat(b.getPathParameters()).isEqualTo(a.getPathParameters());
    assertThat(b.getLoggedDate()).isEqualTo(a.getLoggedDate());
    assertThat(b.getParts()).isEqualTo(a.getParts());
    assertThat(b.isMultipart()).isEqualTo(a.isMultipart());
    assertThat(b.getBody()).isEqualTo(a.getBody());
    assertThat(b.getHeaders()).isEqualTo(a.getHeaders());
    assertThat(b.getAllHeaderKeys()).isEqualTo(a.getAllHeaderKeys());
    assertThat(Json.write(b.formParameters())).isEqualTo(Json.write(a.formParameters()));
    assertThat(Json.write(b.getCookies())).isEqualTo(Json.write(a.getCookies()));
    assertThat(b.getScheme() + b.getHost() + b.getPort()).isEqualTo(a.getScheme() + a.getHost() + a.getPort());
    assertThat(again.getResponse().getBody()).isEqualTo(original.getResponse().getBody());
    assertThat(again.getResponse().getHeaders()).isEqualTo(original.getResponse().getHeaders());
    assertThat(again.getResponseDefinition()).isEqualTo(original.getResponseDefinition());
    assertThat(again.getResponseDefinition().getReponseBody().isJson()).isEqualTo(original.getResponseDefinition().getReponseBody().isJson());
    assertThat(again.getStubMapping()).isSameAs(original.getStubMapping());
    assertThat(again.getTiming()).isSameAs(original.getTiming());
    assertThat(again.getWasMatched()).isEqualTo(original.getWasMatched());
    assertThat(List.copyOf(again.getSubEvents())).isEqualTo(List.copyOf(original.getSubEvents()));
  }

  @Test
  void verifyFindsTheSameOnACompactingJournal() throws Exception {
    try (AliyunMockServer plain = uncompacted();
        AliyunMockServer compact = compacting()) {
      for (AliyunMockServer s : List.of(plain, compact)) {
        stubs(s);
        traffic(s);
      }
      for (AliyunMockServer s : List.of(plain, compact)) {
        s.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/"))
            .withFormParam("Name", equalTo("a&b"))
            .withCookie("theme", equalTo("dark"))
            .withHeader("X-Many", equalTo("two"))
            .withRequestBody(containing("RegionId=cn-hangzhou")));
        s.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/")).withQueryParam("Encoded", equalTo("中 x")));
        s.wireMock().verify(1, getRequestedFor(urlPathTemplate("/things/{id}")).withPathParam("id", equalTo("42")));
      }
      assertThat(compact.wireMock().findAllUnmatchedRequests()).hasSameSizeAs(plain.wireMock().findAllUnmatchedRequests());
      List<ServeEvent> a = plain.wireMock().getAllServeEvents();
      List<ServeEvent> b = compact.wireMock().getAllServeEvents();
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        assertThat(b.get(i).getRequest().getUrl()).isEqualTo(a.get(i).getRequest().getUrl());
        assertThat(b.get(i).getResponse().getStatus()).isEqualTo(a.get(i).getResponse().getStatus());
        assertThat(b.get(i).getRequest().getBodyAsString()).isEqualTo(a.get(i).getRequest().getBodyAsString());
      }
      ServeEvent first = b.get(b.size() - 1);
      BoundedJournalStore store = (BoundedJournalStore) compact.wireMock().getOptions().getStores().getRequestJournalStore();
      assertThat(store.get(first.getId())).map(e -> e.getRequest().getUrl()).contains(first.getRequest().getUrl());
      compact.wireMock().removeServeEvent(first.getId());
      assertThat(compact.wireMock().getAllServeEvents()).hasSize(b.size() - 1);
    }
  }

  @Test
  void aSubEventAddedAfterTheAnswerIsStillSeen() throws Exception {
    // What a webhook does: it appends to the event it was given, after the answer was logged.
    ServeEventListener late =
        new ServeEventListener() {
          @Override
          public String getName() {
            return "late-sub-event";
          }

          @Override
          public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            serveEvent.appendSubEvent("LATE", Map.of("n", 1));
          }
        };
    try (AliyunMockServer server =
        AliyunMockServer.builder().mock(m -> m.auth(AuthMode.OFF)).wireMock(o -> o.extensions(late)).build().start()) {
      send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/?Action=DescribeRegions&Version=2016-04-28")));
      // The listener runs after the answer is sent, so possibly after the client has it.
      ServeEvent event = server.wireMock().getAllServeEvents().get(0);
      for (long deadline = System.nanoTime() + 5_000_000_000L; event.getSubEvents().isEmpty() && System.nanoTime() < deadline; ) {
        Thread.sleep(10);
        event = server.wireMock().getAllServeEvents().get(0);
      }
      assertThat(event.getSubEvents()).extracting(SubEvent::getType).containsExactly("LATE");
      assertThat(new String(event.getResponse().getBody(), StandardCharsets.UTF_8)).contains("RequestId");
    }
  }
}
