package dev.aliyunmock.junit;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.control.AuthMode;
import dev.aliyunmock.control.MockOptions;
import dev.aliyunmock.control.MockOptions.FixtureSource;
import dev.aliyunmock.fixtures.FixtureDocument;
import dev.aliyunmock.fixtures.FixtureException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What the mock of one test class is made of, from {@link AliyunMockTest} or {@link
 * AliyunMockExtension.Builder}: the options every other way of starting the mock uses too ({@link
 * MockOptions}), checked when the class starts, plus what only a test class has (its reset policy,
 * the image to run in, where the configuration came from for messages). Immutable; {@link #read}
 * reads and parses the fixtures, so a bad one fails the class before anything starts, with a message
 * naming where it came from.
 *
 * @param fixtures class path resources ({@link FixtureSource.Resource}) and JSON text ({@link
 *     FixtureSource.Json}), in load order
 * @param transitions the transition mode as written, parsed by {@link #options} (so that a bad one
 *     fails the class with its origin, not the static initialiser that built the extension)
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

  /** The same configuration, described as coming from elsewhere (for error messages). */
  MockConfiguration from(String newOrigin) {
    return new MockConfiguration(fixtures, auth, transitions, reset, containerImage, newOrigin);
  }

  /**
   * The options of the mock: the fixtures as read (JSON text each), auth, transitions, and a free
   * port of 127.0.0.1 (a container maps its own).
   *
   * @throws ExtensionConfigurationException naming the origin if an option is refused
   */
  MockOptions options(List<LoadedFixture> loaded) {
    try {
      MockOptions.Builder b = MockOptions.builder().auth(auth).transitions(transitions).port(0).bindAddress("127.0.0.1");
      loaded.forEach(f -> b.fixture(new FixtureSource.Json(f.json(), fileName(f.source()))));
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(origin + ": " + e.getMessage(), e);
    }
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
      String text = text(s, loader, origin);
      try {
        docs.add(new LoadedFixture(s, text, AliyunMock.parseFixture(text)));
      } catch (FixtureException e) {
        throw refused(s, e);
      }
    }
    return docs;
  }

  ExtensionConfigurationException refused(FixtureSource s, FixtureException e) {
    return new ExtensionConfigurationException(origin + ": " + describe(s) + " is refused: " + e.getMessage(), e);
  }

  /**
   * The text of a fixture: a resource read with {@code loader} (the system class loader if {@code
   * null}), from the root of the class path.
   *
   * @throws ExtensionConfigurationException naming {@code origin} if it is missing or unreadable
   */
  static String text(FixtureSource source, ClassLoader loader, String origin) {
    if (source instanceof FixtureSource.Json j) {
      return j.text();
    }
    if (!(source instanceof FixtureSource.Resource r)) {
      throw new ExtensionConfigurationException(origin + ": " + describe(source) + ": only class path resources and JSON text");
    }
    String name = r.path().startsWith("/") ? r.path().substring(1) : r.path();
    URL url = name.isEmpty() ? null : loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name);
    if (url == null) {
      throw new ExtensionConfigurationException(
          origin + ": " + describe(source) + " is not on the class path (paths start at the root of the class path)");
    }
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtensionConfigurationException(origin + ": " + describe(source) + " cannot be read: " + e, e);
    }
  }

  /** How messages name a fixture. */
  static String describe(FixtureSource source) {
    if (source instanceof FixtureSource.Resource r) {
      return "fixture resource '" + r.path() + "'";
    }
    if (source instanceof FixtureSource.Json j) {
      return j.name();
    }
    return source.toString();
  }

  /** A file name for the fixture (what a container's fixture folder calls it). */
  private static String fileName(FixtureSource source) {
    if (source instanceof FixtureSource.Resource r) {
      return r.path().substring(r.path().lastIndexOf('/') + 1);
    }
    return "fixture.json";
  }
}
