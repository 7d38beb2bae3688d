package dev.aliyunmock.control;

import dev.aliyunmock.control.AdminApi.Fields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One API call as the mock answered it: who called, what, on which resources, and the outcome.
 * Never a secret: the parameters come without the signature's ({@code Signature}, {@code
 * SignatureNonce}, …) and with every secret masked as {@value #MASK} ({@code AccessKeySecret},
 * {@code SecurityToken}, any name holding {@code Secret}, {@code Password} or {@code Token} but
 * {@code ClientToken}).
 *
 * <pre>{@code
 * List<Call> connects = handle.calls("ConnectRouterInterface");
 * assertThat(connects).singleElement().satisfies(c -> {
 *   assertThat(c.resourceIds()).containsExactly("ri-a");
 *   assertThat(c.ok()).isTrue();
 * });
 * }</pre>
 *
 * @param sequence its number, from 1, in the order the mock answered calls
 * @param time when it was answered (the real clock)
 * @param requestId the RequestId of the answer
 * @param action the action named, or {@code null} if the request named none
 * @param apiVersion the API version named ({@code 2016-04-28}, {@code 2014-05-26}), or {@code null}
 * @param accessKeyId the caller's access key id (never its secret), or {@code null}
 * @param ownerId the caller's account, or {@code null} if the key is unknown
 * @param regionId the {@code RegionId} parameter, or {@code null}
 * @param resourceIds the resources the call named or created, the main one first
 * @param httpStatus the HTTP status of the answer
 * @param code the error code, or {@code null} on success
 * @param parameters the request's parameters (query and form), without signatures, secrets masked
 */
public record Call(
    long sequence,
    Instant time,
    String requestId,
    String action,
    String apiVersion,
    String accessKeyId,
    String ownerId,
    String regionId,
    List<String> resourceIds,
    int httpStatus,
    String code,
    Map<String, String> parameters) {

  /** What a masked parameter's value reads. */
  public static final String MASK = "***";

  /** Parameters every signed request carries; {@link #describe()} leaves them out as noise. */
  public static final Set<String> PROTOCOL_PARAMETERS =
      Set.of("Action", "Version", "Format", "AccessKeyId", "Timestamp", "RegionId");

  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  public Call {
    Objects.requireNonNull(time, "time");
    resourceIds = List.copyOf(resourceIds);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Whether the call succeeded (no error code). */
  public boolean ok() {
    return code == null;
  }

  /** A parameter as recorded, or {@code null}. */
  public String parameter(String name) {
    return parameters.get(name);
  }

  /** Whether the call named or created this resource. */
  public boolean involves(String resourceId) {
    return resourceIds.contains(resourceId);
  }

  /**
   * Two readable lines: sequence, time of day (UTC), action, caller, resources, HTTP status and
   * code, RequestId; then the parameters but {@link #PROTOCOL_PARAMETERS}.
   *
   * <pre>
   * #3 10:15:30.125  ConnectRouterInterface  testAccessKeyId  ri-a  400 IncorrectStatus  RequestId=5F0C…
   *      RouterInterfaceId=ri-a
   * </pre>
   */
  public String describe() {
    StringBuilder b = new StringBuilder(160);
    b.append('#').append(sequence).append(' ').append(TIME_OF_DAY.format(time))
        .append("  ").append(orDash(action))
        .append("  ").append(orDash(accessKeyId))
        .append("  ").append(resourceIds.isEmpty() ? "-" : String.join(",", resourceIds))
        .append("  ").append(httpStatus).append(' ').append(code == null ? "OK" : code)
        .append("  RequestId=").append(requestId);
    StringBuilder p = new StringBuilder();
    parameters.forEach(
        (k, v) -> {
          if (!PROTOCOL_PARAMETERS.contains(k)) {
            p.append(p.length() == 0 ? "" : " ").append(k).append('=').append(v);
          }
        });
    if (p.length() > 0) {
      b.append("\n     ").append(p);
    }
    return b.toString();
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  /** As the admin API writes it ({@link AdminApi.Route#CALLS}): a JSON object of {@link Fields}. */
  public Map<String, Object> toJsonValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(Fields.SEQUENCE, sequence);
    m.put(Fields.TIME, time.toString());
    m.put(Fields.REQUEST_ID, requestId);
    m.put(Fields.ACTION, action);
    m.put(Fields.API_VERSION, apiVersion);
    m.put(Fields.ACCESS_KEY_ID, accessKeyId);
    m.put(Fields.OWNER_ID, ownerId);
    m.put(Fields.REGION_ID, regionId);
    m.put(Fields.RESOURCE_IDS, resourceIds);
    m.put(Fields.HTTP_STATUS, httpStatus);
    m.put(Fields.CODE, code);
    m.put(Fields.PARAMETERS, parameters);
    return m;
  }

  /**
   * Reads a call the admin API wrote ({@link JsonValues#parse}'s values).
   *
   * @throws IllegalArgumentException if a field is missing or of the wrong type
   */
  public static Call fromJsonValue(Map<String, Object> m) {
    try {
      List<String> ids = new ArrayList<>();
      for (Object id : (List<?>) m.get(Fields.RESOURCE_IDS)) {
        ids.add((String) id);
      }
      Map<String, String> params = new LinkedHashMap<>();
      ((Map<?, ?>) m.get(Fields.PARAMETERS)).forEach((k, v) -> params.put((String) k, (String) v));
      return new Call(
          ((Number) m.get(Fields.SEQUENCE)).longValue(),
          Instant.parse((String) m.get(Fields.TIME)),
          (String) m.get(Fields.REQUEST_ID),
          (String) m.get(Fields.ACTION),
          (String) m.get(Fields.API_VERSION),
          (String) m.get(Fields.ACCESS_KEY_ID),
          (String) m.get(Fields.OWNER_ID),
          (String) m.get(Fields.REGION_ID),
          ids,
          ((Number) m.get(Fields.HTTP_STATUS)).intValue(),
          (String) m.get(Fields.CODE),
          params);
    } catch (ClassCastException | NullPointerException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a call as the admin API writes it: " + m, e);
    }
  }

  /**
   * One answer of {@link AdminApi.Route#CALLS}.
   *
   * @param lastSequence the newest call's sequence number when the mock answered (0: none yet)
   * @param omitted how many calls after the asked sequence the answer leaves out
   * @param calls the calls, oldest first
   */
  public record Page(long lastSequence, long omitted, List<Call> calls) {
    public Page {
      calls = List.copyOf(calls);
    }

    /** As the admin API writes it. */
    public Map<String, Object> toJsonValue() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(Fields.LAST_SEQUENCE, lastSequence);
      m.put(Fields.OMITTED, omitted);
      List<Object> list = new ArrayList<>(calls.size());
      calls.forEach(c -> list.add(c.toJsonValue()));
      m.put(Fields.CALLS, list);
      return m;
    }

    /**
     * Reads an answer of the admin API.
     *
     * @throws IllegalArgumentException if it is not one
     */
    @SuppressWarnings("unchecked")
    public static Page fromJson(String json) {
      Map<String, Object> m = JsonValues.object(json);
      try {
        List<Call> calls = new ArrayList<>();
        for (Object c : (List<?>) m.get(Fields.CALLS)) {
          calls.add(fromJsonValue((Map<String, Object>) c));
        }
        return new Page(((Number) m.get(Fields.LAST_SEQUENCE)).longValue(), ((Number) m.get(Fields.OMITTED)).longValue(), calls);
      } catch (ClassCastException | NullPointerException e) {
        throw new IllegalArgumentException("not an answer of " + AdminApi.Route.CALLS.path() + ": " + json, e);
      }
    }
  }
}
