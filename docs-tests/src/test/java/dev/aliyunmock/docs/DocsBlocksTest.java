package dev.aliyunmock.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aliyunmock.AliyunMock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block of README.md and docs/ is something that works: Java and XML are regions of
 * files the build compiles and runs ({@code <!-- snippet: PATH#REGION -->}), JSON parses and
 * fixtures load, shell blocks are run by {@link DocsShellTest} or say why not.
 */
class DocsBlocksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DIRECTIVES = Set.of("snippet", "fixture", "output", "run", "not run");
  private static final Set<String> CODE = Set.of("java", "xml", "properties", "kotlin", "groovy");
  private static final Set<String> SHELL = Set.of("bash", "sh", "shell", "console");

  static List<Block> blocks() {
    List<Block> all = new ArrayList<>();
    for (Path doc : Repo.documents()) {
      all.addAll(Block.of(doc, Repo.read(doc)));
    }
    return all;
  }

  /**
   * With {@code -Ddocs.update=true}, first copies every snippet's region into its document again
   * (then the checks below hold by construction: review the diff).
   */
  @TestFactory
  Stream<DynamicTest> everyBlockIsBackedByWhatItShows() throws Exception {
    if (Boolean.getBoolean("docs.update")) {
      for (Path doc : Repo.documents()) {
        String before = Repo.read(doc);
        String after = refreshed(doc, before);
        if (!after.equals(before)) {
          java.nio.file.Files.writeString(Repo.root().resolve(doc), after);
        }
      }
    }
    return blocks().stream().map(b -> DynamicTest.dynamicTest(b.where() + " (" + b.language() + ")", () -> check(b)));
  }

  static void check(Block b) throws Exception {
    if (b.directive() != null) {
      assertThat(DIRECTIVES).as("%s: directive <!-- %s -->", b.where(), b.directive()).contains(b.directive());
    }
    if (b.is("snippet")) {
      String expected = Snippets.resolve(b.argument());
      assertThat(Snippets.normalize(b.text()))
          .as("%s shows %s; copy it again from there", b.where(), b.argument())
          .isEqualTo(expected);
      return;
    }
    if (b.is("output") || b.is("not run")) {
      assertThat(b.argument()).as("%s: say what the output is, or why the block is not run", b.where()).isNotBlank();
    }
    if (CODE.contains(b.language())) {
      assertThat(b.is("snippet") || (b.language().equals("xml") && b.is("output")))
          .as("%s: a %s block must be <!-- snippet: PATH#REGION --> of a file the build compiles or uses", b.where(), b.language())
          .isTrue();
    }
    if (SHELL.contains(b.language())) {
      assertThat(b.is("run") || b.is("not run"))
          .as("%s: a shell block must be <!-- run --> (DocsShellTest runs it) or <!-- not run: WHY -->", b.where())
          .isTrue();
    }
    if (b.language().equals("json")) {
      assertThatCode(() -> JSON.readTree(b.text())).as("%s is JSON", b.where()).doesNotThrowAnyException();
    }
    if (b.is("fixture")) {
      assertThat(b.language()).as(b.where()).isEqualTo("json");
      boolean onDefault = b.argument().contains("default world");
      assertThatCode(() -> (onDefault ? AliyunMock.builder().fixtures(AliyunMock.defaultWorldJson()) : AliyunMock.builder()).fixtures(b.text()).build())
          .as("%s loads as a fixture document", b.where())
          .doesNotThrowAnyException();
    }
  }

  /** The document with each snippet block's text replaced by what it names (blocks naming nothing stay). */
  static String refreshed(Path doc, String markdown) {
    String[] lines = markdown.split("\n", -1);
    List<String> out = new ArrayList<>(List.of(lines));
    List<Block> blocks = Block.of(doc, markdown);
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      if (!b.is("snippet")) {
        continue;
      }
      String text;
      try {
        text = Snippets.resolve(b.argument());
      } catch (IllegalArgumentException e) {
        continue;
      }
      int open = b.line() - 1;
      String indent = lines[open].substring(0, lines[open].indexOf('`'));
      int close = open + 1;
      while (!lines[close].trim().equals("```")) {
        close++;
      }
      List<String> replacement = new ArrayList<>();
      for (String l : text.split("\n", -1)) {
        replacement.add(l.isEmpty() ? l : indent + l);
      }
      out.subList(open + 1, close).clear();
      out.addAll(open + 1, replacement);
    }
    return String.join("\n", out);
  }

  /** The checks can fail: a changed line, an unmarked Java block, a fixture that does not load. */
  @Test
  void theChecksRefuseWhatIsBroken() {
    Path doc = Path.of("docs", "broken-example.md");
    String broken =
        "<!-- snippet: docs-tests/src/test/java/dev/aliyunmock/docs/Repo.java#none -->\n```java\nclass X {}\n```\n"
            + "```java\nclass Unmarked {}\n```\n"
            + "<!-- fixture -->\n```json\n{\"Routers\": [{\"RouterId\": \"vrt-x\"}]}\n```\n"
            + "```bash\necho unmarked\n```\n"
            + "```json\n{not json\n```\n";
    List<Block> blocks = Block.of(doc, broken);
    assertThat(blocks).hasSize(5);
    for (Block b : blocks) {
      assertThat(catchCheck(b)).as(b.where()).isNotNull();
    }
  }

  private static Throwable catchCheck(Block b) {
    try {
      check(b);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
