package dev.aliyunmock.contract.scenario;

import com.aliyuncs.CommonResponse;
import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.table.ContractRow;
import dev.aliyunmock.contract.table.Format;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares what came back with a documented row: the HTTP status, the code and message, the
 * envelope every answer has (docs/reference/gateway.md, "The answer": a fresh upper-case UUID
 * RequestId; errors flat with RequestId, HostId, Code, Message, Recommend; a JSON or XML
 * Content-Type in UTF-8, the requested format or the dialect's default), and what the official SDK
 * made of it.
 */
final class Verdict {
  private static final Pattern REQUEST_ID =
      Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
  private static final List<String> ERROR_FIELDS = List.of("RequestId", "HostId", "Code", "Message", "Recommend");
  /**
   * The code the typed SDK reports for a SignatureDoesNotMatch whose string to sign is its own
   * (docs/reference/gateway.md).
   */
  static final String SDK_INVALID_SECRET = "SDK.InvalidAccessKeySecret";

  private Verdict() {}

  /** Every way the observation departs from the row; empty when it keeps the contract. */
  static List<String> check(ContractRow row, Observation o) {
    List<String> problems = new ArrayList<>();
    if (o.status() != row.httpStatus()) {
      problems.add("expected HTTP " + row.httpStatus() + ", observed HTTP " + o.status());
    }
    envelope(row, o, problems);
    if (row.isSuccess()) {
      success(row, o, problems);
    } else {
      error(row, o, problems);
    }
    if (o.sdk() != null) {
      sdk(row, o, problems);
    }
    return problems;
  }

  private static void envelope(ContractRow row, Observation o, List<String> problems) {
    Format expected = o.requestedFormat() != null ? o.requestedFormat() : row.dialect().defaultFormat();
    Format actual = Format.ofContentType(o.contentType());
    if (actual == null) {
      problems.add("Content-Type " + o.contentType() + " is neither JSON nor XML");
    } else if (expected != null && actual != expected) {
      problems.add("expected a " + expected + " answer ("
          + (o.requestedFormat() != null ? "Format=" + expected : "the dialect's default") + "), observed " + actual);
    }
    if (o.contentType() != null && !o.contentType().toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8")) {
      problems.add("Content-Type " + o.contentType() + " does not declare charset UTF-8");
    }
    if (o.body().error() != null) {
      problems.add(o.body().error());
      return;
    }
    String requestId = o.requestId();
    if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
      problems.add("RequestId " + requestId + " is not an upper-case UUID");
    }
  }

  private static void success(ContractRow row, Observation o, List<String> problems) {
    if (o.body().tree() == null) {
      return;
    }
    if (o.body().format() == Format.XML && !row.response().root().equals(o.body().root())) {
      problems.add("the XML root is <" + o.body().root() + ">, expected <" + row.response().root() + ">");
    }
    for (String field : row.response().fields()) {
      if (!o.body().has(field)) {
        problems.add("the response lacks " + field);
      }
    }
  }

  private static void error(ContractRow row, Observation o, List<String> problems) {
    if (o.body().tree() == null) {
      return;
    }
    if (o.body().format() == Format.XML && !"Error".equals(o.body().root())) {
      problems.add("the XML root is <" + o.body().root() + ">, expected <Error>");
    }
    for (String field : ERROR_FIELDS) {
      String v = o.body().text(field);
      if (v == null || v.isEmpty()) {
        problems.add("the error lacks " + field);
      }
    }
    if (!row.code().equals(o.code())) {
      problems.add("expected Code " + row.code() + ", observed " + o.code());
    }
    messageProblem(row, o.message(), o.stringToSign()).ifPresent(problems::add);
  }

  private static java.util.Optional<String> messageProblem(ContractRow row, String actual, String stringToSign) {
    String expected = row.message();
    if (expected == null) {
      return java.util.Optional.empty();
    }
    boolean ok =
        actual != null
            && switch (row.messageMatch()) {
              case EXACT -> actual.equals(expected);
              case PREFIX -> actual.startsWith(expected);
              case SUFFIX -> actual.endsWith(expected);
              case STRING_TO_SIGN -> stringToSign == null ? actual.startsWith(expected) : actual.equals(expected + stringToSign);
            };
    if (ok) {
      return java.util.Optional.empty();
    }
    String how =
        switch (row.messageMatch()) {
          case EXACT -> "Message \"" + expected + "\"";
          case PREFIX -> "a Message starting \"" + expected + "\"";
          case SUFFIX -> "a Message ending \"" + expected + "\"";
          case STRING_TO_SIGN -> "Message \"" + expected + "\" followed by the client's string to sign \"" + stringToSign + "\"";
        };
    return java.util.Optional.of("expected " + how + ", observed \"" + actual + "\"");
  }

  private static void sdk(ContractRow row, Observation o, List<String> problems) {
    Observation.SdkOutcome s = o.sdk();
    if (row.isSuccess()) {
      if (s.failed()) {
        problems.add("the SDK threw " + s.errCode() + ": " + s.errMessage());
        return;
      }
      if (s.response() instanceof CommonResponse c) {
        if (c.getHttpStatus() != 200) {
          problems.add("the SDK's CommonResponse has status " + c.getHttpStatus());
        }
        return;
      }
      for (String field : row.response().fields()) {
        Object value = getter(s.response(), field);
        if (value == null) {
          problems.add("the SDK's " + s.response().getClass().getSimpleName() + ".get" + field + "() is null");
        }
      }
      return;
    }
    if (!s.failed()) {
      problems.add("the SDK returned a success, expected a ClientException " + row.code());
      return;
    }
    boolean rewritten = row.code().equals("SignatureDoesNotMatch") && s.path().equals("typed");
    String expectedCode = rewritten ? SDK_INVALID_SECRET : row.code();
    if (!expectedCode.equals(s.errCode())) {
      problems.add("the SDK's ClientException has code " + s.errCode() + ", expected " + expectedCode
          + (rewritten ? " (the SDK's rewrite when the server's string to sign equals its own)" : ""));
    }
    if (!rewritten) {
      messageProblem(row, s.errMessage(), o.stringToSign()).ifPresent(p -> problems.add("the SDK's " + p));
    }
    if (s.errRequestId() == null || s.errRequestId().isEmpty()) {
      problems.add("the SDK's ClientException has no RequestId");
    }
  }

  private static Object getter(Object response, String field) {
    try {
      Method m = response.getClass().getMethod("get" + field);
      return m.invoke(response);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
