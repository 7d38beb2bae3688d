package dev.aliyunmock.model;

import dev.aliyunmock.control.TransitionMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.AliyunMock;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class FixturesTest {
  private static final String ACCOUNT =
      "{\"OwnerId\":\"1000000000000009\",\"AccessKeyId\":\"k9\",\"AccessKeySecret\":\"s9\"}";
  private static final String ROUTER =
      "{\"RouterId\":\"vrt-f1\",\"RouterType\":\"VRouter\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000009\"}";

  private static World emptyWorld() {
    return new World(new MockClock(Clock.systemUTC()), TransitionMode.DEFAULT);
  }

  private static String doc(String interfaces) {
    return "{\"Regions\":[\"cn-hangzhou\"],\"Accounts\":[" + ACCOUNT + "],\"Routers\":[" + ROUTER + "],"
        + "\"RouterInterfaces\":[" + interfaces + "]}";
  }

  private static FixtureException refusal(String json) {
    World w = emptyWorld();
    try {
      Fixtures.load(w, Fixtures.parse(json));
    } catch (FixtureException e) {
      assertThat(w.interfaces()).isEmpty();
      assertThat(w.accounts()).isEmpty();
      assertThat(w.routers()).isEmpty();
      assertThat(w.regions()).isEmpty();
      return e;
    }
    throw new AssertionError("the document was accepted: " + json);
  }

  @Test
  void theDefaultWorldLoadsWithTwoAccountsAndAReadyPair() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    assertThat(mock.accounts()).extracting(Account::accessKeyId).containsExactly("testAccessKeyId", "peerAccessKeyId");
    RouterInterface initiator = mock.routerInterface("ri-hangzhou0initiator001").orElseThrow();
    RouterInterface acceptor = mock.routerInterface("ri-beijing00acceptor0001").orElseThrow();
    assertThat(initiator.status()).isEqualTo(Status.IDLE);
    assertThat(initiator.oppositeInterfaceId()).isEqualTo(acceptor.id());
    assertThat(acceptor.oppositeInterfaceId()).isEqualTo(initiator.id());
    assertThat(acceptor.spec()).isEqualTo(Spec.NEGATIVE);
  }

  @Test
  void omittedFieldsGetTheValuesTheRealServiceGives() throws Exception {
    World w = emptyWorld();
    Fixtures.load(w, Fixtures.parse(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"AcceptingSide\"}")));
    RouterInterface ri = w.routerInterface("ri-f1").orElseThrow();
    assertThat(ri.status()).isEqualTo(Status.IDLE);
    assertThat(ri.businessStatus()).isEqualTo(BusinessStatus.NORMAL);
    assertThat(ri.spec()).isEqualTo(Spec.NEGATIVE);
    assertThat(ri.routerType()).isEqualTo(RouterType.VROUTER);
    assertThat(ri.regionId()).isEqualTo("cn-hangzhou");
    assertThat(ri.ownerId()).isEqualTo("1000000000000009");
    assertThat(ri.text(RouterInterfaceField.CreationTime)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(ri.text(RouterInterfaceField.ChargeType)).isEqualTo("AfterPay");
    assertThat(w.account("1000000000000009").orElseThrow().bid()).isEqualTo(Account.DEFAULT_BID);
  }

  @Test
  void anUnknownKeyIsRefusedWithItsPath() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"AcceptingSide\",\"Colour\":\"red\"}")).getMessage())
        .startsWith("RouterInterfaces[0].Colour: unknown key");
  }

  @Test
  void anUnknownEnumValueIsRefusedWithTheAllowedValues() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"Middle\"}")).getMessage())
        .isEqualTo("RouterInterfaces[0].Role: 'Middle' is not one of InitiatingSide, AcceptingSide");
  }

  @Test
  void aWrongTypeIsRefused() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"AcceptingSide\",\"Bandwidth\":\"ten\"}")).getMessage())
        .isEqualTo("RouterInterfaces[0].Bandwidth: must be an integer");
    assertThat(refusal("{\"Accounts\":[{\"OwnerId\":1,\"AccessKeyId\":\"k\",\"AccessKeySecret\":\"s\"}]}").getMessage())
        .isEqualTo("Accounts[0].OwnerId: must be a string");
  }

  @Test
  void anUnresolvedRouterIsRefused() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-nowhere\",\"Role\":\"AcceptingSide\"}")).getMessage())
        .isEqualTo("RouterInterfaces[0].RouterId: router 'vrt-nowhere' is not in Routers");
  }

  @Test
  void aRouterInAnUnknownRegionOrOfAnUnknownOwnerIsRefused() {
    assertThat(refusal("{\"Regions\":[\"cn-hangzhou\"],\"Accounts\":[" + ACCOUNT + "],\"Routers\":[{\"RouterId\":\"vrt-x\",\"RegionId\":\"eu-west-1\",\"OwnerId\":\"1000000000000009\"}]}").getMessage())
        .isEqualTo("Routers[0].RegionId: region 'eu-west-1' is not in Regions");
    assertThat(refusal("{\"Regions\":[\"cn-hangzhou\"],\"Routers\":[{\"RouterId\":\"vrt-x\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"42\"}]}").getMessage())
        .isEqualTo("Routers[0].OwnerId: account '42' is not in Accounts");
  }

  @Test
  void aRouterTypeThatDiffersFromTheRoutersIsRefused() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"InitiatingSide\",\"RouterType\":\"VBR\"}")).getMessage())
        .isEqualTo("RouterInterfaces[0].RouterType: 'VBR' differs from its router's VRouter");
  }

  @Test
  void duplicateIdsAreRefused() {
    String ri = "{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"AcceptingSide\"}";
    assertThat(refusal(doc(ri + "," + ri)).getMessage()).isEqualTo("RouterInterfaces[1].RouterInterfaceId: 'ri-f1' already exists");
  }

  @Test
  void aDuplicateJsonKeyIsRefused() {
    assertThat(refusal("{\"Regions\":[],\"Regions\":[]}").getMessage()).contains("not valid JSON").contains("Duplicate field 'Regions'");
  }

  @Test
  void brokenJsonIsRefusedWithItsPosition() {
    assertThat(refusal("{\"Regions\": [").getMessage()).startsWith("(line 1, column");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    assertThat(refusal("[1,2]").getMessage()).startsWith("(document): must be a JSON object");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThat(refusal(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\"}")).getMessage())
        .isEqualTo("RouterInterfaces[0].Role: is required");
    assertThat(refusal("{\"Accounts\":[{\"OwnerId\":\"1\",\"AccessKeyId\":\"k\"}]}").getMessage())
        .isEqualTo("Accounts[0].AccessKeySecret: is required");
  }

  @Test
  void aRefusedDocumentLeavesAnExistingWorldUntouched() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    String before = mock.stateJson();
    String bad =
        "{\"Regions\":[\"eu-west-1\"],\"Accounts\":[{\"OwnerId\":\"7\",\"AccessKeyId\":\"k7\",\"AccessKeySecret\":\"s7\"}],"
            + "\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-new\",\"RouterId\":\"vrt-missing\",\"Role\":\"InitiatingSide\"}]}";
    assertThatThrownBy(() -> mock.loadFixtures(bad)).isInstanceOf(FixtureException.class);
    assertThat(mock.stateJson()).isEqualTo(before);
  }

  @Test
  void loadingIntoAWorldMayReferToWhatTheWorldHolds() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    mock.loadFixtures(
        "{\"RouterInterfaces\":[{\"RouterInterfaceId\":\"ri-added\",\"RouterId\":\"vrt-hangzhou000000000001\",\"Role\":\"InitiatingSide\",\"Spec\":\"Small.1\"}]}");
    assertThat(mock.routerInterface("ri-added").orElseThrow().ownerId()).isEqualTo("1000000000000001");
  }

  @Test
  void aDumpLoadsBackIntoTheSameState() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    mock.loadFixtures(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"InitiatingSide\",\"Spec\":\"Large.5\",\"CrossBorder\":true,\"HcRate\":2000,\"Status\":\"Inactive\"}"));
    String dump = mock.stateJson();
    AliyunMock copy = AliyunMock.builder().fixtures(dump).build();
    assertThat(copy.stateJson()).isEqualTo(dump);
  }

  @Test
  void severalDocumentsMergeInOrderAndTheDefaultWorldIsNotAdded() throws Exception {
    String first = "{\"Regions\":[\"cn-hangzhou\"],\"Accounts\":[" + ACCOUNT + "]}";
    String second = "{\"Regions\":[\"cn-hangzhou\"],\"Routers\":[" + ROUTER + "]}";
    AliyunMock mock = AliyunMock.builder().fixtures(first).fixtures(second).build();
    assertThat(mock.accounts()).extracting(Account::ownerId).containsExactly("1000000000000009");
    assertThat(mock.world().locked(() -> mock.world().router("vrt-f1").isPresent())).isTrue();
    assertThat(mock.routerInterface("ri-hangzhou0initiator001")).isEmpty();
  }

  @Test
  void resetReturnsToTheStartingWorldExactly() throws Exception {
    AliyunMock mock = AliyunMock.builder().build();
    String start = mock.stateJson();
    mock.routerInterfaces().connect("1000000000000001", dev.aliyunmock.api.Dialect.VPC, "cn-hangzhou", "ri-hangzhou0initiator001");
    mock.loadFixtures(doc(""));
    assertThat(mock.stateJson()).isNotEqualTo(start);
    mock.reset();
    assertThat(mock.stateJson()).isEqualTo(start);
    assertThat(mock.transitions().pending()).isEmpty();
  }

  @Test
  void anInterfaceLoadedInATransientStatusFinishesIt() throws Exception {
    AliyunMock mock =
        AliyunMock.builder()
            .fixtures(doc("{\"RouterInterfaceId\":\"ri-f1\",\"RouterId\":\"vrt-f1\",\"Role\":\"InitiatingSide\",\"Status\":\"Deactivating\"}"))
            .transitions(new TransitionMode.Manual())
            .build();
    assertThat(mock.transitions().pending()).singleElement().extracting(Transitions.Pending::kind).isEqualTo("DEACTIVATE");
    mock.transitions().completeAll();
    assertThat(mock.routerInterface("ri-f1").orElseThrow().status()).isEqualTo(Status.INACTIVE);
  }
}
