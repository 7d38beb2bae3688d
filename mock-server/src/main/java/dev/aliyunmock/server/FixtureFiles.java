package dev.aliyunmock.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture files that {@code --fixtures} sources name, for {@link Main} to load. */
final class FixtureFiles {
  private FixtureFiles() {}

  /** The files to load: each file as given, each directory's *.json files in name order. */
  static List<Path> list(List<Path> sources) {
    List<Path> out = new ArrayList<>();
    for (Path p : sources) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().forEach(out::add);
        } catch (IOException e) {
          out.add(p);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
