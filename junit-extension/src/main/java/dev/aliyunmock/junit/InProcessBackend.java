package dev.aliyunmock.junit;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.aliyunmock.control.Call;
import dev.aliyunmock.world.Account;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.routerinterface.RouterInterface;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.world.Transitions;
import dev.aliyunmock.server.AliyunMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The mock running in this JVM: every call goes straight to its objects. */
final class InProcessBackend implements MockBackend {
  private final AliyunMockServer server;

  InProcessBackend(AliyunMockServer server) {
    this.server = Objects.requireNonNull(server);
  }

  AliyunMockServer server() {
    return server;
  }

  @Override
  public String endpoint() {
    return server.endpoint();
  }

  @Override
  public String baseUrl() {
    return server.baseUrl();
  }

  @Override
  public int port() {
    return server.port();
  }

  @Override
  public List<Account> accounts() {
    return server.mock().accounts();
  }

  @Override
  public String regionId() {
    return server.mock().regions().stream().findFirst().orElse("cn-hangzhou");
  }

  @Override
  public Optional<RouterInterface> routerInterface(String routerInterfaceId) {
    return server.mock().routerInterface(routerInterfaceId);
  }

  @Override
  public List<RouterInterface> routerInterfaces() {
    return server.mock().routerInterfaces();
  }

  @Override
  public String stateJson() {
    return server.mock().stateJson();
  }

  @Override
  public void loadFixtures(String json) {
    try {
      server.mock().loadFixtures(json);
    } catch (FixtureException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public void reset() {
    server.mock().reset();
    server.wireMock().resetAll();
  }

  @Override
  public int completeTransitions() {
    return server.mock().transitions().completeAll();
  }

  @Override
  public boolean completeTransition(String routerInterfaceId) {
    return server.mock().transitions().complete(routerInterfaceId);
  }

  @Override
  public void advanceClock(Duration duration) {
    server.mock().transitions().advance(duration);
  }

  @Override
  public void transitionMode(TransitionMode mode) {
    server.mock().transitions().setDefaultMode(mode);
  }

  @Override
  public void transitionMode(String routerInterfaceId, TransitionMode mode) {
    server.mock().transitions().setMode(routerInterfaceId, mode);
  }

  @Override
  public List<Transitions.Pending> pendingTransitions() {
    return server.mock().transitions().pending();
  }

  @Override
  public Call.Page calls(long since) {
    return server.mock().calls().since(since, Integer.MAX_VALUE);
  }

  @Override
  public WireMock newWireMockClient() {
    return new WireMock(server.wireMock());
  }

  @Override
  public InProcessBackend inProcess(String what) {
    return this;
  }
}
