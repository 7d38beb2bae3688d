package dev.aliyunmock.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The repository these tests read: its root, its documents, its text files. */
final class Repo {
  /** Folders never read: build output, VCS data, installed packages. */
  private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".idea", ".mvn");

  private Repo() {}

  /** The repository's root (the reactor's directory, or this module's parent when run alone). */
  static Path root() {
    String p = System.getProperty("docs.root");
    Path root = p == null || p.isBlank() ? Path.of("..") : Path.of(p);
    root = root.toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
      root = Path.of("..").toAbsolutePath().normalize();
    }
    return root;
  }

  /** README.md and every Markdown page under docs/, repository-relative. */
  static List<Path> documents() {
    Path root = root();
    try (Stream<Path> s = Files.walk(root.resolve("docs"))) {
      return Stream.concat(Stream.of(root.resolve("README.md")), s.filter(f -> f.toString().endsWith(".md")).sorted())
          .map(root::relativize)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file of the repository, repository-relative: in a git checkout, those git tracks and the
   * untracked ones it does not ignore (build output such as {@code container/build/} is ignored);
   * elsewhere, every file but build output, VCS data and installed packages.
   */
  static List<Path> files() {
    Path root = root();
    List<Path> listed = gitFiles(root);
    if (listed != null) {
      return listed;
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(f -> {
            for (Path part : f) {
              if (SKIPPED.contains(part.toString())) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code git ls-files} lists, or {@code null} when git or the checkout is not there. */
  private static List<Path> gitFiles(Path root) {
    if (!Files.exists(root.resolve(".git"))) {
      return null;
    }
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
              .directory(root.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (git.waitFor() != 0) {
        return null;
      }
      return Stream.of(out.split("\0"))
          .filter(name -> !name.isEmpty())
          .map(Path::of)
          .filter(f -> Files.isRegularFile(root.resolve(f)))
          .filter(f -> !SKIPPED.contains(f.getName(0).toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  static String read(Path relative) {
    try {
      return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(Path relative) {
    return Files.exists(root().resolve(relative));
  }
}
