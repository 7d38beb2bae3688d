package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.junit.AliyunMockHandle;
import dev.aliyunmock.junit.AliyunMockTest;
import dev.aliyunmock.junit.ResetPolicy;
import dev.aliyunmock.routerinterface.Status;
import org.junit.jupiter.api.Test;

/** Every option of the annotation, as docs/junit.md prints them. */
// snippet:start options
@AliyunMockTest(
    fixtures = {"worlds/small.json", "example/arrears.json"}, // class path resources, in order; none: the built-in world
    auth = AuthMode.STRICT,                                  // or OFF: no signature, timestamp or nonce checks
    transitions = "poll",                                    // poll, poll:N, after:30s, manual
    reset = ResetPolicy.BEFORE_EACH)                         // or NEVER: one world for the whole class
// snippet:end options
class OptionsExampleTest {
  @Test
  void theFixturesLoadAsOneWorld(AliyunMockHandle mock) {
    assertThat(mock.status("ri-small-hz")).isEqualTo(Status.IDLE);
    assertThat(mock.account("overdueKeyId").billsOutstanding()).isTrue();
    assertThat(mock.accounts()).hasSize(2);
  }
}
