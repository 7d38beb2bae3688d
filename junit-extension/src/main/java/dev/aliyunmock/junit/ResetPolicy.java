package dev.aliyunmock.junit;

/**
 * When the mock of a test class goes back to the class's fixtures.
 *
 * <pre>{@code
 * @AliyunMockTest(reset = ResetPolicy.NEVER)   // one world for the whole class, e.g. a scenario
 * class ScenarioTest { ... }
 * }</pre>
 */
public enum ResetPolicy {
  /**
   * The default. Before each test the world returns to the class's fixtures (transition mode and
   * clock included), WireMock forgets the stubs, scenarios and requests of the test before, and the
   * test has the mock to itself: tests of one class that JUnit runs concurrently take turns on it
   * (classes still run in parallel, each on its own server).
   */
  BEFORE_EACH,

  /**
   * One world for all the tests of the class, never reset by the extension (a test may still call
   * {@link AliyunMockHandle#reset()}); tests of the class that run concurrently share it.
   */
  NEVER
}
