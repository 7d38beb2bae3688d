package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import dev.aliyunmock.AliyunMock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the world when WireMock builds its extensions, and hands it to the transformer behind
 * the catch-all stub, the admin routes and the HTTP server factory (all in one {@link
 * AliyunWireMockExtension}).
 *
 * <pre>{@code
 * WireMockServer wm = new WireMockServer(
 *     WireMockConfiguration.options().dynamicPort()
 *         .extensions(new AliyunWireMockExtensionFactory(() -> AliyunMock.builder().build())));
 * }</pre>
 */
public final class AliyunWireMockExtensionFactory implements ExtensionFactory {
  private final Supplier<AliyunMock> mocks;
  private volatile AliyunWireMockExtension created;

  /** A factory whose extension serves the mock {@code mocks} builds. */
  public AliyunWireMockExtensionFactory(Supplier<AliyunMock> mocks) {
    this.mocks = Objects.requireNonNull(mocks);
  }

  /** A factory configured from system properties, as {@link AliyunWireMockExtension#AliyunWireMockExtension()}. */
  public AliyunWireMockExtensionFactory() {
    this(() -> SystemPropertyConfig.build(SystemPropertyConfig.options(System.getProperties())));
  }

  @Override
  public List<Extension> create(WireMockServices services) {
    AliyunWireMockExtension e = new AliyunWireMockExtension(mocks.get());
    created = e;
    return List.of(e);
  }

  /** The extension built by the last {@link #create}, or {@code null} before WireMock called it. */
  public AliyunWireMockExtension extension() {
    return created;
  }
}
