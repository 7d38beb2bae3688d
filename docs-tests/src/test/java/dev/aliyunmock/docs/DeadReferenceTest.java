package dev.aliyunmock.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository points at what is not in it: Markdown links and their anchors, file
 * paths named in docs, Javadoc, comments, scripts and {@code contract.json}, and the names of the
 * source material the project was given (which stays outside it: what the product needs from it is
 * restated in docs/reference/).
 */
class DeadReferenceTest {
  /** The documents that are not shipped, by the names they were cited with (built so this file does not cite them). */
  private static final Pattern NOT_SHIPPED =
      Pattern.compile(String.join("|", "DECISIONS" + "(\\.md)?", "API-" + "FACTS", "SDK-" + "BEHAVIOUR", "CONTAINER" + "\\.md",
          "000_" + "a40", "\\.\\./" + "shared/", "\\bSEE" + "D\\b(?! [0-9])"));

  /** A repository path as prose and comments name one: a known top-level folder, then a file with an extension. */
  private static final Pattern PATH =
      Pattern.compile("(?<![\\w./-])((?:docs|mock-server|junit-extension|contract-tests|testcontainers|control|container|benchmarks|docs-tests|\\.ci)/[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.(?:md|java|json|sh|xml|properties|txt|mjs|png|html|js|css|yml|yaml))(?![\\w/-])");

  private static final Pattern MD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

  private static final Set<String> TEXT = Set.of(".java", ".md", ".json", ".sh", ".xml", ".properties", ".txt", ".mjs", ".yml", ".yaml", "");

  private static boolean text(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return TEXT.contains(dot < 0 ? "" : name.substring(dot)) || name.equals("Containerfile") || name.equals("run");
  }

  /** This file states the names it forbids; every other file is read. */
  private static boolean self(Path p) {
    return p.getFileName().toString().equals("DeadReferenceTest.java");
  }

  @Test
  void nothingCitesTheSourceMaterialThatStaysOutsideTheRepository() {
    List<String> found = new ArrayList<>();
    for (Path f : Repo.files()) {
      if (!text(f) || self(f)) {
        continue;
      }
      String[] lines = Repo.read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = NOT_SHIPPED.matcher(lines[i]);
        if (m.find()) {
          found.add(f + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertThat(found).as("cite docs/reference/ instead").isEmpty();
  }

  @Test
  void everyRepositoryPathNamedInTheRepositoryExists() {
    List<String> dead = new ArrayList<>();
    for (Path f : Repo.files()) {
      if (!text(f) || self(f)) {
        continue;
      }
      String[] lines = Repo.read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = PATH.matcher(lines[i]);
        while (m.find()) {
          String path = m.group(1);
          if (path.contains("*") || path.contains("<") || lines[i].contains("target/")) {
            continue;
          }
          if (!Repo.exists(Path.of(path)) && !Repo.exists(f.getParent() == null ? Path.of(path) : f.getParent().resolve(path))) {
            dead.add(f + ":" + (i + 1) + ": " + path);
          }
        }
      }
    }
    assertThat(dead).isEmpty();
  }

  @Test
  void everyMarkdownLinkAndAnchorResolves() {
    List<String> dead = new ArrayList<>();
    for (Path f : Repo.files()) {
      if (!f.toString().endsWith(".md")) {
        continue;
      }
      String markdown = Repo.read(f);
      Matcher m = MD_LINK.matcher(markdown);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // https:, mailto:: outside the repository
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? f : normalize(f, file);
        int line = markdown.substring(0, m.start()).split("\n", -1).length;
        if (resolved == null || !Repo.exists(resolved)) {
          dead.add(f + ":" + line + ": " + target);
        } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(Repo.read(resolved)).contains(anchor)) {
          dead.add(f + ":" + line + ": " + target + " (no such heading)");
        }
      }
    }
    assertThat(dead).isEmpty();
  }

  private static Path normalize(Path from, String relative) {
    Path parent = from.getParent();
    Path p = (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize();
    return p.startsWith("..") ? null : p;
  }

  /** The anchors GitHub gives a document's headings. */
  static Set<String> anchors(String markdown) {
    Set<String> out = new LinkedHashSet<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.trim().startsWith("```")) {
        fenced = !fenced;
      }
      if (fenced || !line.startsWith("#")) {
        continue;
      }
      String heading = line.replaceFirst("^#+\\s*", "").trim();
      String slug = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      String candidate = slug;
      for (int n = 1; out.contains(candidate); n++) {
        candidate = slug + "-" + n;
      }
      out.add(candidate);
    }
    return out;
  }

  /** The patterns do find what they are for. */
  @Test
  void theChecksFindWhatTheyLookFor() {
    assertThat(NOT_SHIPPED.matcher("as DECISIONS" + ".md §3 says").find()).isTrue();
    assertThat(NOT_SHIPPED.matcher("(API-" + "FACTS c2)").find()).isTrue();
    assertThat(NOT_SHIPPED.matcher("the seed of the run").find()).isFalse();
    Matcher p = PATH.matcher("see docs/nothing-here.md and mock-server/src/main/java/dev/aliyunmock/AliyunMock.java.");
    assertThat(p.find()).isTrue();
    assertThat(Repo.exists(Path.of(p.group(1)))).isFalse();
    assertThat(p.find()).isTrue();
    assertThat(Repo.exists(Path.of(p.group(1)))).isTrue();
    assertThat(anchors("# A title\n## The `--auth` flag, again\n## A title\n")).containsExactly("a-title", "the---auth-flag-again", "a-title-1");
  }
}
