package dev.aliyunmock.junit;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link AliyunMockHandle} reads and drives: the mock in this JVM ({@link
 * InProcessBackend}) or one reached over its admin API, such as a container ({@link
 * AdminApiBackend}). Each implementation does exactly what the other does, through its own means.
 */
interface MockBackend {
  String endpoint();

  String baseUrl();

  int port();

  List<Account> accounts();

  /** The world's first region, or {@code cn-hangzhou} if it has none. */
  String regionId();

  Optional<RouterInterface> routerInterface(String routerInterfaceId);

  List<RouterInterface> routerInterfaces();

  String stateJson();

  /**
   * Adds a fixture document.
   *
   * @throws IllegalArgumentException with the path-named message if it is refused
   */
  void loadFixtures(String json);

  /** The world back to its fixtures, and WireMock's stubs, scenarios and journal cleared. */
  void reset();

  int completeTransitions();

  boolean completeTransition(String routerInterfaceId);

  void advanceClock(Duration duration);

  void transitionMode(TransitionMode mode);

  void transitionMode(String routerInterfaceId, TransitionMode mode);

  List<Transitions.Pending> pendingTransitions();

  /** The calls the mock answered after the sequence number {@code since}, as many as it still holds. */
  Call.Page calls(long since);

  /** A new WireMock client of the server. */
  WireMock newWireMockClient();

  /**
   * The in-process server, for what only it can do.
   *
   * @throws UnsupportedOperationException naming {@code what} when the mock is not in this JVM
   */
  InProcessBackend inProcess(String what);
}
