package dev.aliyunmock.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The fixture documents of a container, as files in its fixture directory named {@code 01-name.json},
 * {@code 02-name.json}, … so that the server, which reads a directory's {@code *.json} in name
 * order, loads them in the order they were given. Not thread-safe: a container is configured by
 * one thread.
 */
final class FixtureCopies {
  private final String directory;
  private final List<String> targets = new ArrayList<>();

  FixtureCopies(String directory) {
    this.directory = directory;
  }

  /** The path inside the container of the next document, named after {@code name}. */
  String next(String name) {
    if (targets.size() >= 99) {
      throw new IllegalStateException("at most 99 fixture documents; merge some of them");
    }
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    if (!safe.endsWith(".json")) {
      safe += ".json"; // the server reads only the *.json files of a directory
    }
    String target = String.format(Locale.ROOT, "%s/%02d-%s", directory, targets.size() + 1, safe);
    targets.add(target);
    return target;
  }

  List<String> targets() {
    return List.copyOf(targets);
  }

  /** A file as given, or a directory's {@code *.json} files in name order. */
  static List<Path> filesOf(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      List<Path> files = new ArrayList<>();
      s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(files::add);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fixture directory " + p, e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + file, e);
    }
  }

  /**
   * A class path resource's bytes, looked up with the thread's context class loader, then this
   * library's.
   *
   * @throws IllegalArgumentException if there is no such resource
   */
  static byte[] resource(String classpathResource) {
    String name = classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url = loader == null || name.isEmpty() ? null : loader.getResource(name);
    if (url == null && !name.isEmpty()) {
      url = FixtureCopies.class.getClassLoader().getResource(name);
    }
    if (url == null) {
      throw new IllegalArgumentException("fixture resource '" + classpathResource + "' is not on the class path");
    }
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture resource " + classpathResource, e);
    }
  }
}
