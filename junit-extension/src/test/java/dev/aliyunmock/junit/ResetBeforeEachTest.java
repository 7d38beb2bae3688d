package dev.aliyunmock.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The default policy: each test starts on the class's fixtures, with WireMock's stubs and journal empty. */
@AliyunMockTest(fixtures = "worlds/small.json")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBeforeEachTest {
  @Test
  @Order(1)
  void aTestChangesEverythingItCan(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-small-hz");
    client.getAcsResponse(connect);
    mock.loadFixtures(Fixture.builder().region("eu-central-1").build());
    mock.transitionMode(new TransitionMode.Manual());
    mock.advanceClock(Duration.ofDays(1));
    mock.wireMockServer().stubFor(get(urlPathEqualTo("/extra")).willReturn(aResponse().withStatus(204)));

    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.CONNECTING);
    assertThat(mock.wireMockServer().getStubMappings()).hasSize(2);
    assertThat(mock.wireMockServer().getAllServeEvents()).isNotEmpty();
  }

  @Test
  @Order(2)
  void theNextStartsOnTheClassFixturesWithNoStubsAndAnEmptyJournal(AliyunMockHandle mock) {
    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.IDLE);
    assertThat(mock.status("ri-small-bj")).isEqualTo(Status.IDLE);
    assertThat(mock.mock().regions()).containsExactly("cn-hangzhou", "cn-beijing");
    assertThat(mock.mock().transitions().defaultMode()).isEqualTo(TransitionMode.DEFAULT);
    assertThat(mock.pendingTransitions()).isEmpty();
    assertThat(mock.wireMockServer().getStubMappings()).as("only the API's catch-all").hasSize(1);
    assertThat(mock.wireMockServer().getAllServeEvents()).isEmpty();
  }
}
