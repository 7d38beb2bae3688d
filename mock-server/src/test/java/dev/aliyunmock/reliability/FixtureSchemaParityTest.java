package dev.aliyunmock.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.Kinds;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureJsonSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the fixture parser accept and refuse the same documents, over the
 * fixture fuzzer's corpus (mutated default and extra worlds: wrong types, unknown keys and enums,
 * missing fields, nesting, huge values, truncation). JSON Schema sees a parsed tree, so it cannot
 * see what the parser refuses in the text itself (a key repeated in one object, text after the
 * document): the corpus is read with those refused up front, as the parser does. What no schema
 * can express (a reference that does not resolve, an id that exists already) is the loader's, and
 * is not compared.
 */
class FixtureSchemaParityTest {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final long seed = Long.getLong("reliability.seed", System.nanoTime());

  @Test
  void theSchemaAndTheParserAgreeOnEveryDocumentOfTheCorpus() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(FixtureJsonSchema.of(Kinds.SCHEMA));
    FixtureFuzzer fuzzer = new FixtureFuzzer(seed);
    String defaultWorld = AliyunMock.defaultWorldJson();
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    int refused = 0;
    int total = Budget.FIXTURES.amount();
    for (int i = 0; i < total; i++) {
      FixtureFuzzer.Mutant m = fuzzer.next(i % 2 == 0 ? defaultWorld : FixtureFuzzer.EXTRA);
      boolean parses;
      String refusal = "";
      try {
        AliyunMock.parseFixture(m.text());
        parses = true;
      } catch (FixtureException e) {
        parses = false;
        refusal = " (" + e.getMessage() + ")";
      }
      boolean valid;
      try {
        JsonNode tree = STRICT.readTree(m.text());
        valid = tree != null && !tree.isMissingNode() && schema.validate(tree).isEmpty();
      } catch (Exception e) {
        valid = false; // not one JSON document: the parser refuses it too
      }
      if (parses != valid && disagreements.size() < 10) {
        disagreements.add((parses ? "parser accepts, schema refuses" : "schema accepts, parser refuses" + refusal) + ": " + m.what()
            + "\n    " + (m.text().length() > 300 ? m.text().substring(0, 300) + "…" : m.text()));
      }
      if (parses) {
        accepted++;
      } else {
        refused++;
      }
    }
    assertThat(disagreements).as("seed %d", seed).isEmpty();
    assertThat(accepted).as("the corpus holds accepted documents").isPositive();
    assertThat(refused).as("the corpus holds refused documents").isPositive();
  }
}
