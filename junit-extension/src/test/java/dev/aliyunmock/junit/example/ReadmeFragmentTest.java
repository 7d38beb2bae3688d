package dev.aliyunmock.junit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete test printed in README-fragment.md is {@link ExpressConnectTest}, which passes. */
class ReadmeFragmentTest {
  @Test
  void theReadmeShowsExpressConnectTestAsItIs() throws Exception {
    String readme = Files.readString(Path.of("README-fragment.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));

    String source = Files.readString(Path.of("src/test/java/dev/aliyunmock/junit/example/ExpressConnectTest.java"));
    String pasteable =
        source
            .replaceFirst("package [^;]+;\n\n", "")
            .replaceFirst("/\\*\\* The test of junit-extension/README-fragment.md[^\n]*\n", "");

    assertThat(shown).isEqualTo(pasteable);
  }
}
