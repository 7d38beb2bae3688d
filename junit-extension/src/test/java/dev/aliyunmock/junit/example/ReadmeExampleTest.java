package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete test printed in the README's "Use it in your tests" is {@link ExpressConnectTest}, which passes. */
class ReadmeExampleTest {
  @Test
  void theReadmeShowsExpressConnectTestAsItIs() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int section = readme.indexOf("## Use it in your tests");
    assertThat(section).as("the README has the section").isPositive();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));

    String source = Files.readString(Path.of("src/test/java/dev/aliyunmock/junit/example/ExpressConnectTest.java"));
    String pasteable =
        source
            .replaceFirst("package [^;]+;\n\n", "")
            .replaceFirst("/\\*\\* The test of the README[^\n]*\n", "");

    assertThat(shown).isEqualTo(pasteable);
  }
}
