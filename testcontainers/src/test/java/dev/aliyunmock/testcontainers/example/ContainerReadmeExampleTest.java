package dev.aliyunmock.testcontainers.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers test printed in the README's "The container image" is {@link
 * ConnectInAContainerTest}, which passes under the profile container-tests (the other, the
 * annotation one, is checked by the module junit-extension).
 */
class ContainerReadmeExampleTest {
  @Test
  void theReadmeShowsTheContainerExamplesAsTheyAre() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## The container image");
    assertThat(start).as("the README has the section").isPositive();
    int end = readme.indexOf("\n## ", start + 1);
    List<String> shown = javaBlocks(readme.substring(start, end < 0 ? readme.length() : end));

    assertThat(shown).contains(pasteable("ConnectInAContainerTest"));
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
    String source = Files.readString(Path.of("src/test/java/dev/aliyunmock/testcontainers/example/" + exampleClass + ".java"));
    return source.replaceFirst("package [^;]+;\n\n", "");
  }
}
