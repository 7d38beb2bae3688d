package dev.aliyunmock.junit;

import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.fixtures.FixtureDocument;
import dev.aliyunmock.control.TransitionMode;
import dev.aliyunmock.control.AuthMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What the mock of one test class is made of, from {@link AliyunMockTest} or {@link
 * AliyunMockExtension.Builder}. Immutable; {@link #read} reads and checks the fixtures, so a
 * bad one fails the class before anything starts, with a message naming where it came from.
 *
 * @param containerImage the image to run the mock from, or {@code null} to run it in this JVM
 */
record MockConfiguration(
    List<FixtureSource> fixtures,
    AuthMode auth,
    String transitions,
    ResetPolicy reset,
    String containerImage,
    String origin) {

  MockConfiguration {
    fixtures = List.copyOf(fixtures);
  }

  /** The configuration of a mock in this JVM. */
  MockConfiguration(List<FixtureSource> fixtures, AuthMode auth, String transitions, ResetPolicy reset, String origin) {
    this(fixtures, auth, transitions, reset, null, origin);
  }

  /**
   * The configuration an annotation gives.
   *
   * @throws ExtensionConfigurationException if it names an image without {@code container = true}, or a blank one
   */
  static MockConfiguration of(AliyunMockTest a, Class<?> annotated) {
    String origin = "@AliyunMockTest on " + annotated.getName();
    List<FixtureSource> sources = new ArrayList<>();
    for (String path : a.fixtures()) {
      sources.add(new FixtureSource.Resource(path));
    }
    if (!a.container() && !a.image().equals(AliyunMockTest.DEFAULT_IMAGE)) {
      throw new ExtensionConfigurationException(
          origin + ": image = \"" + a.image() + "\" is used only with container = true");
    }
    if (a.container() && a.image().isBlank()) {
      throw new ExtensionConfigurationException(origin + ": image must name an image, e.g. " + AliyunMockTest.DEFAULT_IMAGE);
    }
    return new MockConfiguration(
        sources, a.auth(), a.transitions(), a.reset(), a.container() ? a.image().trim() : null, origin);
  }

  /** Whether the mock runs in a container. */
  boolean inContainer() {
    return containerImage != null;
  }

  /**
   * The transition mode.
   *
   * @throws ExtensionConfigurationException if the text is not a mode
   */
  TransitionMode transitionMode() {
    try {
      return TransitionMode.parse(transitions);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(origin + ": " + e.getMessage(), e);
    }
  }

  /** The same configuration, described as coming from elsewhere (for error messages). */
  MockConfiguration from(String newOrigin) {
    return new MockConfiguration(fixtures, auth, transitions, reset, containerImage, newOrigin);
  }

  /** A fixture read and parsed. */
  record LoadedFixture(FixtureSource source, String json, FixtureDocument document) {}

  /**
   * Reads and parses every fixture, with the class loader of the test class.
   *
   * @throws ExtensionConfigurationException naming the origin, the fixture and the problem
   */
  List<LoadedFixture> read(ClassLoader loader) {
    List<LoadedFixture> docs = new ArrayList<>();
    for (FixtureSource s : fixtures) {
      String text = s.read(loader, origin);
      try {
        docs.add(new LoadedFixture(s, text, AliyunMock.parseFixture(text)));
      } catch (FixtureException e) {
        throw refused(s, e);
      }
    }
    return docs;
  }

  ExtensionConfigurationException refused(FixtureSource s, FixtureException e) {
    return new ExtensionConfigurationException(origin + ": " + s.describe() + " is refused: " + e.getMessage(), e);
  }

  /** Where a fixture document comes from. */
  sealed interface FixtureSource {
    String read(ClassLoader loader, String origin);

    String describe();

    /** A classpath resource, from the root of the class path. */
    record Resource(String path) implements FixtureSource {
      @Override
      public String read(ClassLoader loader, String origin) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        URL url = loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name);
        if (url == null || name.isEmpty()) {
          throw new ExtensionConfigurationException(
              origin + ": " + describe() + " is not on the class path (paths start at the root of the class path)");
        }
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new ExtensionConfigurationException(origin + ": " + describe() + " cannot be read: " + e, e);
        }
      }

      @Override
      public String describe() {
        return "fixture resource '" + path + "'";
      }
    }

    /** JSON text given in code (a {@link Fixture} or a string). */
    record Text(String json, String label) implements FixtureSource {
      @Override
      public String read(ClassLoader loader, String origin) {
        return json;
      }

      @Override
      public String describe() {
        return label;
      }
    }
  }
}
