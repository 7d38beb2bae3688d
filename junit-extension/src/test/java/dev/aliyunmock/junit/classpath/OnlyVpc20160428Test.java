package dev.aliyunmock.junit.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.ConnectRouterInterfaceRequest;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A suite that has only the newer client (com.aliyun:vpc20160428): run by the surefire execution
 * {@code only-vpc20160428}, whose class path lacks aliyun-java-sdk-core and aliyun-java-sdk-vpc;
 * skipped elsewhere.
 */
@EnabledIfSystemProperty(named = "aliyunmock.classpath", matches = "only-vpc20160428")
@AliyunMockTest
class OnlyVpc20160428Test {
  @Test
  void theSdkV1IsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.aliyuncs.DefaultAcsClient")).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theInjectedVpcClientConnects(Client vpc, AliyunMockHandle mock) throws Exception {
    vpc.connectRouterInterface(
        new ConnectRouterInterfaceRequest().setRegionId("cn-hangzhou").setRouterInterfaceId("ri-hangzhou0initiator001"));

    assertThat(mock.status("ri-hangzhou0initiator001")).isEqualTo(Status.CONNECTING);
  }

  @Test
  void askingForTheMissingClientNamesTheDependencyToAdd(AliyunMockHandle mock) {
    assertThatThrownBy(mock::sdk)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("this needs com.aliyuncs.DefaultAcsClient: add the test dependency com.aliyun:aliyun-java-sdk-core");
  }
}
