package dev.aliyunmock.calls;

import dev.aliyunmock.control.Call;
import dev.aliyunmock.protocol.ApiResponse;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the journal keeps of one call before it is numbered: taken from the request and the answer
 * when the call is answered, bounded (at most {@value #MAX_PARAMETERS} parameters of at most
 * {@value #MAX_VALUE_CHARS} characters each), without a signature or a secret.
 */
public record CallRecord(
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

  /** Parameters kept per call; the rest are counted in one {@code …} entry. */
  static final int MAX_PARAMETERS = 64;

  /** Characters kept of a value; a longer one ends with {@code …(N chars)}. */
  static final int MAX_VALUE_CHARS = 256;

  /** The signature's parameters: removed (noise, and a signature is a credential's product). */
  private static final Set<String> SIGNATURE =
      Set.of("Signature", "SignatureNonce", "SignatureMethod", "SignatureVersion", "SignatureType");

  /** Parameters whose names end so are resource ids, except these. */
  private static final Set<String> NOT_RESOURCES =
      Set.of("AccessKeyId", "OwnerId", "ResourceOwnerId", "RegionId", "OppositeRegionId", "ZoneId", "ResourceGroupId",
          "OppositeInterfaceOwnerId", "OppositeVpcInstanceOwnerId", "OppositeRouterType");

  /** A resource id as the API spells them: {@code ri-…}, {@code vrt-…}, {@code vpc-…}, … */
  private static final Pattern RESOURCE_ID = Pattern.compile("[a-z]{2,5}-[0-9a-z]{1,64}");

  /** The record of an answered request. */
  public static CallRecord of(RpcRequest request, ApiResponse response, String ownerId, Instant time) {
    Map<String, String> all;
    try {
      all = Parameters.of(request).all();
    } catch (RuntimeException undecodable) {
      all = Map.of(); // its refusal (InvalidParameter, …) is the call's code
    }
    String version = all.get("Version");
    if (version == null) {
      version = request.header("x-acs-version");
    }
    return new CallRecord(
        time,
        response.requestId(),
        response.action(),
        version,
        response.caller(),
        ownerId,
        all.get("RegionId"),
        resourceIds(response.resource(), all),
        response.status(),
        response.code(),
        recorded(all));
  }

  /** The call's own resource first, then the ids among its parameters, once each. */
  static List<String> resourceIds(String resource, Map<String, String> params) {
    List<String> ids = new ArrayList<>(2);
    if (resource != null && !resource.isEmpty()) {
      ids.add(resource);
    }
    for (Map.Entry<String, String> e : params.entrySet()) {
      String name = e.getKey();
      String v = e.getValue();
      if (name.endsWith("Id") && !NOT_RESOURCES.contains(name) && RESOURCE_ID.matcher(v).matches() && !ids.contains(v)) {
        ids.add(v);
        if (ids.size() == 8) {
          break;
        }
      }
    }
    return ids;
  }

  /** The parameters as kept: signature removed, secrets masked, bounded. */
  static Map<String, String> recorded(Map<String, String> all) {
    Map<String, String> out = new LinkedHashMap<>();
    int left = 0;
    for (Map.Entry<String, String> e : all.entrySet()) {
      String name = e.getKey();
      if (SIGNATURE.contains(name)) {
        continue;
      }
      if (out.size() == MAX_PARAMETERS) {
        left++;
        continue;
      }
      out.put(bounded(name), secret(name) ? Call.MASK : bounded(e.getValue()));
    }
    if (left > 0) {
      out.put("…", left + " more parameters");
    }
    return out;
  }

  /** Whether a parameter holds a secret: its value is never kept. */
  static boolean secret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("secret") || n.contains("password") || (n.contains("token") && !n.equals("clienttoken"));
  }

  private static String bounded(String s) {
    return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…(" + s.length() + " chars)";
  }
}
