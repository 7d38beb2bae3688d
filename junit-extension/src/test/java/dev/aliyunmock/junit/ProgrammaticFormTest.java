package dev.aliyunmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.Role;
import dev.aliyunmock.routerinterface.Status;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.control.AuthMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @RegisterExtension static AliyunMockExtension}: the builder's options take effect. */
class ProgrammaticFormTest {
  @RegisterExtension
  static AliyunMockExtension mock =
      AliyunMockExtension.builder()
          .defaultWorld()
          .fixtures(
              Fixture.builder()
                  .account(new Account("1000000000000077", "javaKeyId", "javaKeySecret", true, Account.DEFAULT_BID))
                  .router("vrt-java", "cn-hangzhou", "1000000000000077")
                  .routerInterface(Fixture.routerInterface("ri-java", "vrt-java").role(Role.INITIATING_SIDE))
                  .build())
          .auth(AuthMode.OFF)
          .transitions(new TransitionMode.Manual())
          .build();

  @Test
  void theWorldIsTheDefaultWorldPlusTheJavaFixture(AliyunMockHandle handle) {
    assertThat(handle.routerInterfaces()).hasSize(5);
    assertThat(handle.routerInterface("ri-java").ownerId()).isEqualTo("1000000000000077");
    assertThat(handle.account("javaKeyId").billsOutstanding()).isTrue();
  }

  @Test
  void authOffServesAnUnsignedCallAsTheFirstAccount(AliyunMockHandle handle) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            handle.baseUrl()
                                + "/?Action=ConnectRouterInterface&Version=2016-04-28&RegionId=cn-hangzhou"
                                + "&RouterInterfaceId=ri-hangzhou0initiator001"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(handle.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING);
  }

  @Test
  void theTransitionModeIsTheBuildersManual(AliyunMockHandle handle) {
    assertThat(handle.mock().transitions().defaultMode()).isEqualTo(new TransitionMode.Manual());
    assertThat(handle.mock().authMode()).isEqualTo(AuthMode.OFF);
  }

  @Test
  void theStaticInstanceHoldsOnlyConfiguration() {
    assertThat(AliyunMockExtension.class.getDeclaredFields())
        .allSatisfy(f -> assertThat(f.getType().getName()).isIn(
            "dev.aliyunmock.junit.MockConfiguration", "org.junit.jupiter.api.extension.ExtensionContext$Namespace", "java.util.List"));
  }
}
