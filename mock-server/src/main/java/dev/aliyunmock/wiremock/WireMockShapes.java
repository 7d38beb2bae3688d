package dev.aliyunmock.wiremock;

import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.lang.reflect.Field;
import java.util.Date;
import java.util.Set;

/**
 * Whether WireMock's classes are the ones {@link CompactServeEvent} was written for: exactly these
 * instance fields, each written and read back (or, for the definition's {@code originalRequest} and
 * the event's stopwatch, deliberately not), and the logged date writable.
 */
final class WireMockShapes {
  static final boolean KNOWN =
      LoggedDates.WRITABLE
          && fields(ServeEvent.class, "id", "request", "stubMapping", "responseDefinition", "response", "timing", "subEvents", "stopwatch")
          && fields(LoggedRequest.class, "id", "scheme", "host", "port", "url", "absoluteUrl", "clientIp", "method", "headers",
              "pathParams", "cookies", "queryParams", "formParameters", "body", "isBrowserProxyRequest", "loggedDate", "multiparts",
              "protocol", "lazyBodyAsString", "lazyBodyAsBase64")
          && fields(LoggedResponse.class, "status", "headers", "body", "fault")
          && fields(ResponseDefinition.class, "status", "statusMessage", "body", "bodyFileName", "headers",
              "additionalProxyRequestHeaders", "removeProxyRequestHeaders", "fixedDelayMilliseconds", "delayDistribution",
              "chunkedDribbleDelay", "proxyBaseUrl", "proxyUrlPrefixToRemove", "fault", "transformers", "transformerParameters",
              "browserProxyUrl", "wasConfigured", "originalRequest")
          && fields(Body.class, "content", "binary", "json");

  private static boolean fields(Class<?> type, String... names) {
    Set<String> actual = new java.util.HashSet<>();
    for (Field f : type.getDeclaredFields()) {
      if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        actual.add(f.getName());
      }
    }
    return actual.equals(Set.of(names));
  }

  private WireMockShapes() {}

  /**
   * The date a request was logged. {@link LoggedRequest#createFrom} dates a request "now"; the
   * date it had is written back into its field. Should that field ever be out of reach (another
   * WireMock), nothing is compacted.
   */
  static final class LoggedDates {
    private static final Field FIELD = field();
    static final boolean WRITABLE = FIELD != null;

    private static Field field() {
      try {
        Field f = LoggedRequest.class.getDeclaredField("loggedDate");
        f.setAccessible(true);
        return f.getType() == Date.class ? f : null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    static void set(LoggedRequest request, Date date) {
      try {
        FIELD.set(request, date);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("LoggedRequest.loggedDate was writable when checked", e);
      }
    }
  }
}
