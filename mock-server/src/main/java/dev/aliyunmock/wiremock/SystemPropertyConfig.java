package dev.aliyunmock.wiremock;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.control.MockOptions.FixtureSource;
import dev.aliyunmock.fixtures.FixtureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Configuration of the extension when WireMock instantiates it by class name: the {@code
 * aliyunmock.*} system properties, read by {@link MockOptions#fromSystemProperties} ({@code
 * aliyunmock.fixtures}, comma-separated JSON files or folders; {@code aliyunmock.auth}; {@code
 * aliyunmock.transitions}; {@code aliyunmock.allowedHosts}; {@code aliyunmock.allowedOrigins}).
 */
final class SystemPropertyConfig {
  private SystemPropertyConfig() {}

  /** The options the properties set. */
  static MockOptions options(Properties p) {
    try {
      return MockOptions.fromSystemProperties(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The mock of {@code options}: its fixtures, auth and transitions. */
  static AliyunMock build(MockOptions options) {
    AliyunMock.Builder b = AliyunMock.builder().auth(options.auth()).transitions(options.transitions());
    for (FixtureSource source : options.fixtures()) {
      for (String json : read(source)) {
        b.fixtures(json);
      }
    }
    try {
      return b.build();
    } catch (FixtureException e) {
      throw new IllegalStateException("aliyunmock.fixtures: " + e.getMessage(), e);
    }
  }

  private static List<String> read(FixtureSource source) {
    List<String> out = new ArrayList<>();
    if (source instanceof FixtureSource.Json j) {
      out.add(j.text());
    } else if (source instanceof FixtureSource.Resource r) {
      try (InputStream in = SystemPropertyConfig.class.getResourceAsStream("/" + r.path().replaceFirst("^/", ""))) {
        if (in == null) {
          throw new IllegalStateException("aliyunmock.fixtures: no class path resource " + r.path());
        }
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException("aliyunmock.fixtures: cannot read " + r.path() + ": " + e.getMessage(), e);
      }
    } else if (source instanceof FixtureSource.File f) {
      for (Path p : files(f.path())) {
        try {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new IllegalStateException("aliyunmock.fixtures: cannot read " + p + ": " + e.getMessage(), e);
        }
      }
    }
    return out;
  }

  /** A file as given, or a folder's {@code *.json} files in name order. */
  static List<Path> files(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      return List.of(p);
    }
  }
}
