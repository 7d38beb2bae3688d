package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two tests printed in container/README-fragment.md are {@link ConnectInAContainerTest} and
 * {@link ConnectWithTheExtensionInAContainerTest}, which pass under the profile container-tests.
 */
class ContainerReadmeFragmentTest {
  @Test
  void theReadmeShowsTheContainerExamplesAsTheyAre() throws Exception {
    List<String> shown = javaBlocks(Files.readString(Path.of("../container/README-fragment.md")));

    assertThat(shown).containsExactly(pasteable("ConnectInAContainerTest"), pasteable("ConnectWithTheExtensionInAContainerTest"));
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    for (int at = markdown.indexOf("```java\n"); at >= 0; at = markdown.indexOf("```java\n", at)) {
      int start = at + "```java\n".length();
      int end = markdown.indexOf("```", start);
      blocks.add(markdown.substring(start, end));
      at = end + 3;
    }
    return blocks;
  }

  private static String pasteable(String exampleClass) throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/aliyunmock/junit/example/" + exampleClass + ".java"));
    return source.replaceFirst("package [^;]+;\n\n", "");
  }
}
