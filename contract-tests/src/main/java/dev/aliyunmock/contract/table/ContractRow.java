package dev.aliyunmock.contract.table;

import java.util.List;

/**
 * One documented fact of the contract: what an action answers, in a dialect, when a rule holds.
 * A row with a {@code null} code is a success (HTTP 200) and says what the response holds.
 *
 * @param id {@code Action/Dialect/Code[#variant]}, e.g. {@code
 *     ConnectRouterInterface/VPC/Forbidden.OnlyOneConnection#connecting}
 * @param action the action, or {@code *} for a gateway rule of every action
 * @param code the error code, or {@code null} for success
 * @param httpStatus the documented status; {@code null} only for an untestable row that does not
 *     document one
 * @param message the documented message, or {@code null} when the sources give none (not checked)
 * @param messageMatch how {@code message} is compared
 * @param response for success rows: the root element and the fields the response must hold
 * @param rule what provokes this answer
 * @param source where the fact is written
 * @param untestable why no scenario can provoke this row, or {@code null}
 */
public record ContractRow(
    String id,
    String action,
    Dialect dialect,
    String code,
    Integer httpStatus,
    String message,
    MessageMatch messageMatch,
    Response response,
    String rule,
    String source,
    String untestable) {

  /** How a documented message is compared with the observed one. */
  public enum MessageMatch {
    /** Equal. */
    EXACT,
    /** The observed message starts with the documented text. */
    PREFIX,
    /** The observed message ends with the documented text. */
    SUFFIX,
    /** The documented text, then the string to sign the client computed. */
    STRING_TO_SIGN
  }

  /** What a success response holds: its XML root element and its top-level fields. */
  public record Response(String root, List<String> fields) {}

  public boolean isSuccess() {
    return code == null;
  }

  public boolean isTestable() {
    return untestable == null;
  }

  /** The code as the report shows it. */
  public String codeLabel() {
    return code == null ? "(success)" : code;
  }

  /** How a failure names this row: id, the rule, the source. */
  public String citation() {
    return "contract row " + id + " [" + rule + "; source: " + source + "]";
  }
}
