package dev.aliyunmock.junit.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A suite that has only the SDK v1 (aliyun-java-sdk-core + aliyun-java-sdk-vpc): run by the
 * surefire execution {@code only-sdk-v1}, whose class path lacks com.aliyun:vpc20160428 and
 * tea-openapi; skipped elsewhere.
 */
@EnabledIfSystemProperty(named = "aliyunmock.classpath", matches = "only-sdk-v1")
@AliyunMockTest
class OnlySdkV1Test {
  @Test
  void theVpc20160428ClientIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.aliyun.vpc20160428.Client")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.aliyun.teaopenapi.Client")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theInjectedSdkV1ClientConnects(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-hangzhou0initiator001");

    assertThat(client.getAcsResponse(connect).getRequestId()).matches("[0-9A-F-]{36}");
    assertThat(mock.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING);
  }

  @Test
  void askingForTheMissingClientNamesTheDependencyToAdd(AliyunMockHandle mock) {
    assertThatThrownBy(mock::vpc)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("this needs com.aliyun.vpc20160428.Client: add the test dependency com.aliyun:vpc20160428");
  }
}
