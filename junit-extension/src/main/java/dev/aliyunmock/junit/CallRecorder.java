package dev.aliyunmock.junit;

import dev.aliyunmock.control.AdminApi;
import dev.aliyunmock.control.Call;
import java.io.PrintStream;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The API calls each test made, and the report of them when a test fails. At the start of a test
 * (after its reset) it notes the number of the mock's newest call; when the test method has thrown,
 * it reads the calls after that number and publishes them with the failure: as the report entry
 * {@value #REPORT_KEY} and on standard output, which Surefire keeps in its report of the test
 * ({@code docs/calls.md} shows both).
 *
 * <pre>
 * aliyun-mock: the 2 API calls of FailingConnectExample.connectMakesThePairActive() (GET /__admin/aliyun/calls?since=0, dashboard http://127.0.0.1:41235/__admin/aliyun/ui):
 * #1 10:15:30.125  ConnectRouterInterface  testAccessKeyId  ri-hangzhou0initiator001  200 OK  RequestId=5F0C…
 *      RouterInterfaceId=ri-hangzhou0initiator001
 * </pre>
 *
 * Under {@link ResetPolicy#NEVER} with tests running in parallel, the calls of the other tests
 * running at the same time are listed too: the mock cannot tell who sent a request.
 */
final class CallRecorder {
  /** The key of the report entry that lists a failed test's calls. */
  static final String REPORT_KEY = "aliyun-mock.calls";

  private static final Namespace NAMESPACE = Namespace.create(CallRecorder.class);

  private CallRecorder() {}

  /** Where a test's calls begin. */
  private record Mark(AliyunMockHandle handle, long since) {}

  /** Notes where this test's calls begin. */
  static void begin(ExtensionContext test, AliyunMockHandle handle) {
    long since = handle.lastCallSequence();
    handle.beginTest(since);
    test.getStore(NAMESPACE).put(Mark.class, new Mark(handle, since));
  }

  /** After the test method: if it failed, publishes its calls. */
  static void afterTest(ExtensionContext test, PrintStream out) {
    Optional<Throwable> failure = test.getExecutionException();
    Mark mark = test.getStore(NAMESPACE).get(Mark.class, Mark.class);
    if (failure.isEmpty() || mark == null) {
      return;
    }
    String report;
    try {
      report = report(test.getRequiredTestClass().getSimpleName() + "." + test.getDisplayName(), mark.handle(), mark.since(),
          mark.handle().callsSince(mark.since()));
    } catch (RuntimeException e) {
      report = "aliyun-mock: the API calls of " + test.getDisplayName() + " could not be read: " + e;
    }
    test.publishReportEntry(REPORT_KEY, report);
    out.println(report);
    out.flush();
  }

  /** The readable block: a heading, then each call in two lines ({@link Call#describe()}). */
  static String report(String testName, AliyunMockHandle handle, long since, Call.Page page) {
    StringBuilder b = new StringBuilder(256 + 160 * page.calls().size());
    int n = page.calls().size();
    b.append("aliyun-mock: ")
        .append(n == 0 ? "no API call" : n == 1 ? "the 1 API call" : "the " + n + " API calls")
        .append(" of ").append(testName)
        .append(" (GET ").append(AdminApi.Route.CALLS.path()).append('?').append(AdminApi.Fields.SINCE).append('=').append(since)
        .append(", dashboard ").append(handle.dashboardUrl()).append(')')
        .append(n == 0 ? "" : ":");
    if (page.omitted() > 0) {
      b.append("\n(").append(page.omitted()).append(" earlier calls of this test are no longer held: the mock keeps its most recent calls)");
    }
    for (Call c : page.calls()) {
      b.append('\n').append(c.describe());
    }
    return b.toString();
  }
}
