package dev.aliyunmock.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.Kinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/reference/errors.md} lists exactly the errors the code answers with. Run with
 * {@code -Ddocs.update=true} to rewrite the table after changing an error.
 */
class ErrorCatalogueDocTest {
  private static final Path DOC = Path.of("../docs/reference/errors.md");
  private static final String START = "<!-- generated: errors -->\n";
  private static final String END = "<!-- end: errors -->";

  /** The table the code implies. */
  static String table() {
    StringBuilder b = new StringBuilder("| code | HTTP | message | in the code |\n|---|---|---|---|\n");
    for (ErrorCode e : Kinds.errors()) {
      ErrorText t = e.text();
      String code = t.ecsCode().equals(t.vpcCode()) ? t.vpcCode() : t.ecsCode() + " / " + t.vpcCode();
      String message = t.ecsMessage().equals(t.vpcMessage()) ? t.vpcMessage() : t.ecsMessage() + " / " + t.vpcMessage();
      b.append("| `").append(cell(code)).append("` | ").append(t.httpStatus()).append(" | ")
          .append(cell(message)).append(" | `").append(e.getClass().getSimpleName()).append('.').append(e.name()).append("` |\n");
    }
    return b.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  @Test
  void theDocumentListsExactlyTheErrorsOfTheCode() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = doc.indexOf(START);
    int to = doc.indexOf(END);
    assertThat(from).as("the generated section's start marker").isNotNegative();
    assertThat(to).as("the generated section's end marker").isGreaterThan(from);
    String expected = table();
    if (Boolean.getBoolean("docs.update")) {
      Files.writeString(DOC, doc.substring(0, from + START.length()) + expected + doc.substring(to), StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc.substring(from + START.length(), to))
        .as("docs/reference/errors.md is out of date: run this test with -Ddocs.update=true")
        .isEqualTo(expected);
  }
}
