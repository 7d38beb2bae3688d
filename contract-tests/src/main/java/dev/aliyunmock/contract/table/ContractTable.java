package dev.aliyunmock.contract.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The documented contract, read from {@code contract.json} on the test classpath: every row, in
 * the file's order.
 *
 * <pre>{@code
 * ContractTable table = ContractTable.load();
 * ContractRow row = table.row("ConnectRouterInterface/VPC/IncorrectRIStatus");
 * }</pre>
 */
public final class ContractTable {
  /** The classpath resource holding the table. */
  public static final String RESOURCE = "/contract.json";

  private final Map<String, ContractRow> rows;

  private ContractTable(Map<String, ContractRow> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** Reads {@link #RESOURCE}. */
  public static ContractTable load() {
    try (InputStream in = ContractTable.class.getResourceAsStream(RESOURCE)) {
      Objects.requireNonNull(in, RESOURCE + " is not on the classpath");
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ContractTable parse(JsonNode root) {
    Map<String, ContractRow> out = new LinkedHashMap<>();
    for (JsonNode n : root.path("rows")) {
      ContractRow row = row(n);
      if (out.put(row.id(), row) != null) {
        throw new IllegalArgumentException("contract.json: row id " + row.id() + " appears twice");
      }
    }
    return new ContractTable(out);
  }

  private static ContractRow row(JsonNode n) {
    JsonNode response = n.get("response");
    ContractRow.Response shape = null;
    if (response != null) {
      List<String> fields = new ArrayList<>();
      response.path("fields").forEach(f -> fields.add(f.asText()));
      shape = new ContractRow.Response(response.path("root").asText(), List.copyOf(fields));
    }
    return new ContractRow(
        text(n, "id"),
        text(n, "action"),
        Dialect.parse(text(n, "dialect")),
        text(n, "code"),
        n.hasNonNull("httpStatus") ? n.get("httpStatus").asInt() : null,
        text(n, "message"),
        n.hasNonNull("messageMatch")
            ? ContractRow.MessageMatch.valueOf(
                n.get("messageMatch").asText().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT))
            : ContractRow.MessageMatch.EXACT,
        shape,
        text(n, "rule"),
        text(n, "source"),
        text(n, "untestable"));
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Every row, in the file's order. */
  public List<ContractRow> rows() {
    return List.copyOf(rows.values());
  }

  /** The row with this id, if the table has it. */
  public Optional<ContractRow> find(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** The row with this id; fails naming the id when the table does not have it. */
  public ContractRow row(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("contract.json has no row " + id));
  }
}
