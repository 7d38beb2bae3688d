package dev.aliyunmock.junit;

import dev.aliyunmock.control.AuthMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a running, seeded, isolated aliyun-mock: a server of its own on a free port
 * of 127.0.0.1, started before the class's first test and stopped after its last, with the world
 * back to the class's fixtures before each test. Tests receive it by declaring a parameter of one
 * of the types {@link AliyunMockExtension} resolves, chiefly {@link AliyunMockHandle} and the
 * official SDK clients.
 *
 * <pre>{@code
 * @AliyunMockTest(fixtures = "worlds/two-regions.json")
 * class PeeringTest {
 *   @Test
 *   void connects(DefaultAcsClient client, AliyunMockHandle mock) throws Exception {
 *     ConnectRouterInterfaceRequest connect = new ConnectRouterInterfaceRequest();
 *     connect.setRouterInterfaceId("ri-initiator");
 *     client.getAcsResponse(connect);                       // the client already points at the mock
 *     assertThat(mock.routerInterface("ri-initiator").status()).isEqualTo(Status.CONNECTING);
 *   }
 * }
 * }</pre>
 *
 * <p>The programmatic form, {@code @RegisterExtension static AliyunMockExtension mock =
 * AliyunMockExtension.builder()…build()}, takes the same options (and fixtures written in Java);
 * a class uses one form or the other, not both. A {@code @Nested} class shares the server of the
 * class around it unless it carries its own configuration.
 *
 * <p>With {@link #container()} the server runs in a container of {@link #image()} instead, with
 * the same handle and clients (see {@link AliyunMockHandle} for the few in-process objects that
 * it then cannot give).
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AliyunMockExtension.class)
public @interface AliyunMockTest {
  /** The classpath resource of the built-in default world, to combine with fixtures of one's own. */
  String DEFAULT_WORLD = "dev/aliyunmock/default-world.json";

  /**
   * Fixture documents (the format of docs/fixtures.md), as classpath resource paths from the root of the
   * class path (a leading {@code /} is allowed), loaded in order as one world. None: the built-in
   * default world. A missing or refused resource fails the class before any test runs.
   *
   * <pre>{@code @AliyunMockTest(fixtures = {AliyunMockTest.DEFAULT_WORLD, "worlds/arrears.json"})}</pre>
   */
  String[] fixtures() default {};

  /** How callers are authenticated: {@link AuthMode#STRICT} (the default) or {@link AuthMode#OFF}. */
  AuthMode auth() default AuthMode.STRICT;

  /**
   * When transient statuses end: {@code poll} (the default: a poller sees the transient status
   * once), {@code poll:N}, {@code after:30s} (on a clock tests advance with {@link
   * AliyunMockHandle#advanceClock}) or {@code manual} (only {@link
   * AliyunMockHandle#completeTransitions()} ends them).
   */
  String transitions() default "poll";

  /** When the world returns to the fixtures: before each test (the default), or never. */
  ResetPolicy reset() default ResetPolicy.BEFORE_EACH;

  /** The image {@link #container()} runs unless {@link #image()} names another. */
  String DEFAULT_IMAGE = "localhost/aliyun-mock:latest";

  /**
   * Runs the mock in a container of {@link #image()} (through Testcontainers: the test dependency
   * {@code dev.aliyunmock:aliyun-mock-testcontainers} must then be on the test class path) instead
   * of in this JVM. The test gets the same {@link
   * AliyunMockHandle} and clients: the fixtures are copied into the container, and the handle
   * reads and drives it through the admin API; resets before each test are posted to it.
   *
   * <pre>{@code
   * @AliyunMockTest(container = true, fixtures = "worlds/two-regions.json")
   * class PeeringInAContainerTest { ... }
   * }</pre>
   */
  boolean container() default false;

  /** The image of the container, when {@link #container()} is set. */
  String image() default DEFAULT_IMAGE;
}
