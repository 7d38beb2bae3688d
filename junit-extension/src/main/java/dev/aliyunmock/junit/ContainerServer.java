package dev.aliyunmock.junit;

import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.testcontainers.AliyunMockContainer;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts the mock of a test class in a container, for {@code @AliyunMockTest(container = true)},
 * with aliyun-mock-testcontainers' {@link AliyunMockContainer}. The only class of the extension
 * that touches it or Testcontainers: it is loaded only when a class asks for a container, and after
 * {@link ClassServer} has checked that they are there, so in-process users never need them.
 */
final class ContainerServer {
  private ContainerServer() {}

  /**
   * Starts a container of the configured image with the options of the configuration (fixtures,
   * auth and transition mode), and waits for its health route. Call only once aliyun-mock-testcontainers is
   * known to be on the class path ({@link ClassServer} checks).
   *
   * @throws ExtensionConfigurationException if the container does not start
   */
  static ClassServer start(MockConfiguration config, MockOptions options, ClassLoader loader) {
    @SuppressWarnings("resource") // closed by the ClassServer, when JUnit closes the class's store
    AliyunMockContainer container =
        // The image was named by the test: take it as the mock's, whatever its name.
        new AliyunMockContainer(DockerImageName.parse(config.containerImage()).asCompatibleSubstituteFor(AliyunMockContainer.DEFAULT_IMAGE_NAME))
            .withOptions(options);
    try {
      container.start();
    } catch (RuntimeException e) {
      try {
        container.stop();
      } catch (RuntimeException again) {
        e.addSuppressed(again);
      }
      throw new ExtensionConfigurationException(
          config.origin() + ": the container " + config.containerImage() + " did not start"
              + " (is the image built, e.g. by container/build-image.sh, and a container engine reachable?): " + e, e);
    }
    String id = container.getContainerId();
    String runsIn = "the container " + config.containerImage() + " (" + id.substring(0, Math.min(12, id.length())) + ")";
    AdminApiBackend backend = new AdminApiBackend(container.getHost(), container.getMappedPort(AliyunMockContainer.PORT), runsIn);
    return new ClassServer(container::stop, new AliyunMockHandle(backend, loader), config.reset(), config.origin());
  }
}
