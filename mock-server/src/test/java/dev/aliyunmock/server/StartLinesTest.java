package dev.aliyunmock.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The standalone jar's line with the dashboard's address, beside its start line. */
class StartLinesTest {
  @Test
  void onALoopbackAddressTheLineIsTheAddressToOpen() {
    assertThat(Main.dashboardLine("127.0.0.1", 8080)).isEqualTo("dashboard http://127.0.0.1:8080/__admin/aliyun/ui");
    assertThat(Main.dashboardLine("::1", 9000)).isEqualTo("dashboard http://[::1]:9000/__admin/aliyun/ui");
  }

  @Test
  void onEveryInterfaceTheLineSaysWhichPortToReachFromOutside() {
    assertThat(Main.dashboardLine("0.0.0.0", 8080))
        .isEqualTo("dashboard http://127.0.0.1:8080/__admin/aliyun/ui (from another host or a container's host: this machine's"
            + " address, or the host port mapped to 8080)");
  }
}
