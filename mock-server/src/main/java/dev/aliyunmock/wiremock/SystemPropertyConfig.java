package dev.aliyunmock.wiremock;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.control.AuthMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Configuration of the extension when WireMock instantiates it by class name: {@code
 * aliyunmock.fixtures} (comma-separated JSON files), {@code aliyunmock.auth} (strict|off),
 * {@code aliyunmock.transitions} (poll, poll:N, after:DURATION, manual).
 */
final class SystemPropertyConfig {
  private SystemPropertyConfig() {}

  static AliyunMock build(Properties p) {
    AliyunMock.Builder b = AliyunMock.builder();
    String fixtures = p.getProperty("aliyunmock.fixtures", "").trim();
    if (!fixtures.isEmpty()) {
      for (String f : fixtures.split(",")) {
        Path path = Path.of(f.trim());
        try {
          b.fixtures(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IllegalStateException("aliyunmock.fixtures: cannot read " + path + ": " + e.getMessage(), e);
        }
      }
    }
    b.auth(AuthMode.parse(p.getProperty("aliyunmock.auth", "strict")));
    String transitions = p.getProperty("aliyunmock.transitions");
    if (transitions != null) {
      b.transitions(TransitionMode.parse(transitions));
    }
    try {
      return b.build();
    } catch (FixtureException e) {
      throw new IllegalStateException("aliyunmock.fixtures: " + e.getMessage(), e);
    }
  }
}
