package dev.aliyunmock;

import dev.aliyunmock.fixtures.FixtureDocument;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/** What the jar carries besides code: the built-in default world and the build's version. */
final class BuiltIns {
  private BuiltIns() {}

  static String defaultWorldJson() {
    try (InputStream in = AliyunMock.class.getResourceAsStream(AliyunMock.DEFAULT_WORLD_RESOURCE)) {
      return new String(Objects.requireNonNull(in, AliyunMock.DEFAULT_WORLD_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in world, parsed once per JVM (on first use) and never changed: later starts skip it. */
  static FixtureDocument defaultWorld() {
    return DefaultWorld.DOCUMENT;
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = AliyunMock.class.getResourceAsStream("/dev/aliyunmock/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "dev"
    }
    return p.getProperty("version", "dev");
  }

  private static final class DefaultWorld {
    static final FixtureDocument DOCUMENT = parse();

    private static FixtureDocument parse() {
      try {
        return new FixtureParser(Kinds.SCHEMA).parse(defaultWorldJson()).frozen();
      } catch (FixtureException e) {
        throw new IllegalStateException("the built-in default world is a valid fixture", e);
      }
    }
  }
}
