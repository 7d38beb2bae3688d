package dev.aliyunmock.testcontainers.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.ConnectRouterInterfaceRequest;
import dev.aliyunmock.testcontainers.AliyunMockContainer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("container") // needs a container engine and the image
class ConnectInAContainerTest {
  static AliyunMockContainer mock =
      new AliyunMockContainer("localhost/aliyun-mock:latest") // built by container/build-image.sh
          .withFixtures(Path.of("src/test/resources/container-world")); // every *.json, in name order

  @BeforeAll
  static void start() {
    mock.start(); // returns once GET /__admin/health answers 200
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @Test
  void theInitiatorConnects() throws Exception {
    DefaultAcsClient client =
        new DefaultAcsClient(DefaultProfile.getProfile(mock.getRegion(), mock.getAccessKeyId(), mock.getAccessKeySecret()));
    ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
    connect.setRouterInterfaceId("ri-shop-shanghai");
    connect.setSysEndpoint(mock.getEndpoint()); // host:port of the container
    connect.setSysProtocol(ProtocolType.HTTP); // the mock serves no HTTPS

    assertThat(client.getAcsResponse(connect).getRequestId()).isNotBlank();
  }
}
