package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.BusinessStatus;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.router.Router;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.routerinterface.Spec;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;

/** {@link Fixture} writes the JSON fixture format, loaded and refused exactly as JSON is. */
class FixtureTest {
  @Test
  void theBuilderWritesTheSameDocumentAsTheDefaultWorldJson() throws Exception {
    String owner = "1000000000000001";
    String peer = "1000000000000002";
    Fixture world =
        Fixture.builder()
            .region("cn-hangzhou", "cn-beijing", "cn-shanghai", "ap-southeast-1")
            .account(owner, "testAccessKeyId", "testAccessKeySecret")
            .account(peer, "peerAccessKeyId", "peerAccessKeySecret")
            .router("vrt-hangzhou000000000001", "cn-hangzhou", owner)
            .router("vrt-beijing0000000000001", "cn-beijing", owner)
            .router(new Router("vbr-hangzhou000000000001", RouterType.VBR, "cn-hangzhou", owner))
            .router("vrt-shanghai000000000002", "cn-shanghai", peer)
            .pair(
                Fixture.routerInterface("ri-hangzhou0initiator001", "vrt-hangzhou000000000001")
                    .spec(Spec.LARGE_2)
                    .name("hangzhou-to-beijing")
                    .description("Initiator, ready to connect")
                    .field("VpcInstanceId", "vpc-hangzhou000000000001")
                    .field("OppositeVpcInstanceId", "vpc-beijing0000000000001"),
                Fixture.routerInterface("ri-beijing00acceptor0001", "vrt-beijing0000000000001")
                    .spec(Spec.NEGATIVE)
                    .name("beijing-from-hangzhou")
                    .description("Acceptor of the Hangzhou initiator")
                    .field("VpcInstanceId", "vpc-beijing0000000000001")
                    .field("OppositeVpcInstanceId", "vpc-hangzhou000000000001"))
            .pair(
                Fixture.routerInterface("ri-hangzhou0crossacct001", "vrt-hangzhou000000000001")
                    .spec(Spec.MIDDLE_1)
                    .name("hangzhou-to-peer-shanghai")
                    .description("Initiator towards another account"),
                Fixture.routerInterface("ri-shanghai0peeraccpt002", "vrt-shanghai000000000002")
                    .spec(Spec.NEGATIVE)
                    .name("shanghai-from-hangzhou")
                    .description("Acceptor in the peer account"))
            .build();

    assertThat(AliyunMock.parseFixture(world.toJson())).isEqualTo(AliyunMock.parseFixture(AliyunMock.defaultWorldJson()));
  }

  @Test
  void everyTypedSetterWritesTheApiSpelling() {
    String json =
        Fixture.builder()
            .routerInterface(
                Fixture.routerInterface("ri-1", "vrt-1")
                    .role(Role.ACCEPTING_SIDE)
                    .status(Status.ACTIVE)
                    .businessStatus(BusinessStatus.FINANCIAL_LOCKED)
                    .opposite("ri-2", "vbr-2", RouterType.VBR, "1000000000000002", "cn-beijing"))
            .build()
            .toJson();

    assertThat(json)
        .contains("\"Role\" : \"AcceptingSide\"", "\"Status\" : \"Active\"", "\"BusinessStatus\" : \"FinancialLocked\"")
        .contains("\"OppositeRouterType\" : \"VBR\"", "\"OppositeInterfaceOwnerId\" : \"1000000000000002\"");
  }

  @Test
  void aJavaFixtureLoadsThroughTheJsonPath() throws Exception {
    AliyunMock mock =
        AliyunMock.builder()
            .fixtures(
                Fixture.builder()
                    .region("cn-hangzhou", "cn-beijing")
                    .account(new Account("1000000000000009", "k9", "s9", true, "26888"))
                    .router("vrt-a", "cn-hangzhou", "1000000000000009")
                    .router("vrt-b", "cn-beijing", "1000000000000009")
                    .pair("ri-a", "vrt-a", "ri-b", "vrt-b")
                    .build()
                    .toJson())
            .build();

    assertThat(mock.routerInterface("ri-a").orElseThrow().oppositeInterfaceId()).isEqualTo("ri-b");
    assertThat(mock.routerInterface("ri-b").orElseThrow().role()).isEqualTo(Role.ACCEPTING_SIDE);
    assertThat(mock.accounts().get(0).billsOutstanding()).isTrue();
    assertThat(mock.accounts().get(0).bid()).isEqualTo("26888");
  }

  @Test
  void aRefusedJavaFixtureGetsThePathNamedMessageOfJson() {
    String json =
        Fixture.builder()
            .region("cn-hangzhou")
            .account("1000000000000009", "k9", "s9")
            .router("vrt-a", "cn-hangzhou", "1000000000000009")
            .routerInterface(Fixture.routerInterface("ri-a", "vrt-a").role(Role.INITIATING_SIDE))
            .routerInterface(Fixture.routerInterface("ri-b", "vrt-missing").role(Role.ACCEPTING_SIDE))
            .build()
            .toJson();

    assertThatThrownBy(() -> AliyunMock.builder().fixtures(json).build())
        .isInstanceOf(FixtureException.class)
        .hasMessage("RouterInterfaces[1].RouterId: router 'vrt-missing' is not in Routers");
  }

  @Test
  void anEntryWithoutARoleIsRefusedAtLoad() {
    String json = Fixture.builder().routerInterface(Fixture.routerInterface("ri-a", "vrt-a")).build().toJson();

    assertThatThrownBy(() -> AliyunMock.parseFixture(json)).isInstanceOf(FixtureException.class).hasMessage("RouterInterfaces[0].Role: is required");
  }

  @Test
  void aFieldOfUnknownNameIsRefusedWhereItIsWritten() {
    assertThatThrownBy(() -> Fixture.routerInterface("ri-a", "vrt-a").field("Colour", "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Colour' is not a settable field of RouterInterfaceType (see RouterInterfaceField)");
  }

  @Test
  void pairNeedsBothRoutersFirst() {
    assertThatThrownBy(() -> Fixture.builder().router("vrt-a", "cn-hangzhou", "1").pair("ri-a", "vrt-a", "ri-b", "vrt-b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair(…): router 'vrt-b' of ri-b must be added with router(…) first");
  }
}
