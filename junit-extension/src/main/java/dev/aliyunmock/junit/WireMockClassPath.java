package dev.aliyunmock.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Checks, before a mock starts in this JVM, that the test class path holds the WireMock the mock
 * runs on: exactly one copy of WireMock, and that one {@code org.wiremock:wiremock-standalone}
 * (the mock extends its Jetty, which that jar shades under {@code wiremock.}) of the minor version
 * aliyun-mock was built with. A project that also depends on {@code org.wiremock:wiremock} has two
 * copies of the same classes, and whichever loads first breaks the other's users: this says so in
 * one line, with what to do, instead of a {@code NoSuchMethodError} later.
 *
 * <pre>{@code
 * WireMockClassPath.problem(testClass.getClassLoader()).ifPresent(p -> { throw new ExtensionConfigurationException(p); });
 * }</pre>
 */
final class WireMockClassPath {
  static final String WIREMOCK_CLASS = "com/github/tomakehurst/wiremock/WireMockServer.class";
  static final String SHADED_JETTY_CLASS = "wiremock/org/eclipse/jetty/server/Server.class";

  private WireMockClassPath() {}

  /** The problem with the WireMock on this class loader's class path, if there is one. */
  static Optional<String> problem(ClassLoader loader) {
    ClassLoader l = loader == null ? WireMockClassPath.class.getClassLoader() : loader;
    List<String> copies = new ArrayList<>();
    try {
      for (URL url : Collections.list(l.getResources(WIREMOCK_CLASS))) {
        copies.add(jarName(url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the class path", e);
    }
    String found = null;
    if (copies.size() == 1) {
      try {
        found = Class.forName(WIREMOCK_CLASS.replace('/', '.').replace(".class", ""), false, l).getPackage().getImplementationVersion();
      } catch (ClassNotFoundException | LinkageError e) {
        found = null;
      }
    }
    return problem(copies, l.getResource(SHADED_JETTY_CLASS) != null, found, builtWith());
  }

  /**
   * The problem, from what the class path holds.
   *
   * @param copies the jars (or folders) that hold WireMock's classes
   * @param shadedJetty whether wiremock-standalone's shaded Jetty is there
   * @param found the version of the one copy, or {@code null} if unknown
   * @param builtWith the WireMock version aliyun-mock was built with
   */
  static Optional<String> problem(List<String> copies, boolean shadedJetty, String found, String builtWith) {
    String needed = "org.wiremock:wiremock-standalone " + builtWith;
    if (copies.size() > 1) {
      return Optional.of(
          "two copies of WireMock are on the test class path (" + String.join(", ", copies) + "): aliyun-mock runs on "
              + needed + ", so depend on it instead of org.wiremock:wiremock (same API, its Jetty and Jackson shaded)"
              + " or run the mock in a container (aliyun-mock-testcontainers)");
    }
    if (copies.isEmpty() || !shadedJetty) {
      return Optional.of(
          "aliyun-mock runs on " + needed + ", which is not on the test class path"
              + (copies.isEmpty() ? "" : " (WireMock comes from " + copies.get(0) + ")")
              + ": do not exclude it from aliyun-mock-junit");
    }
    if (found != null && !minor(found).equals(minor(builtWith))) {
      return Optional.of(
          "aliyun-mock runs on WireMock " + minor(builtWith) + ".x (" + needed + "), but the test class path has WireMock "
              + found + " (" + copies.get(0) + "): use " + builtWith);
    }
    return Optional.empty();
  }

  /** {@code 3.13} of {@code 3.13.2}. */
  private static String minor(String version) {
    String[] parts = version.split("[.-]");
    return parts.length < 2 ? version : parts[0] + "." + parts[1];
  }

  /** {@code wiremock-3.9.1.jar} of {@code jar:file:/…/wiremock-3.9.1.jar!/com/…}; a folder as it is. */
  private static String jarName(URL url) {
    String s = url.toString();
    int bang = s.indexOf("!/");
    if (bang >= 0) {
      s = s.substring(0, bang);
      return s.substring(s.lastIndexOf('/') + 1);
    }
    return s;
  }

  /** The WireMock version this library was built and tested with. */
  static String builtWith() {
    Properties p = new Properties();
    try (InputStream in = WireMockClassPath.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing from aliyun-mock-junit");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read build.properties of aliyun-mock-junit", e);
    }
    return p.getProperty("wiremock.version");
  }
}
