package dev.aliyunmock.contract.sdk;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.RpcAcsRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeRouterInterfacesRequest;
import dev.aliyunmock.contract.http.Body;
import dev.aliyunmock.contract.http.Observation;
import dev.aliyunmock.contract.http.RpcCall;
import dev.aliyunmock.contract.table.Dialect;
import dev.aliyunmock.contract.table.Format;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends an {@link RpcCall} through the official SDK v1 (aliyun-java-sdk-core), as users do:
 *
 * <ul>
 *   <li>VPC dialect: the action's request class of aliyun-java-sdk-vpc ({@code
 *       ConnectRouterInterfaceRequest}, …) and {@code getAcsResponse}, Format JSON;
 *   <li>ECS dialect, unknown actions and other versions: a {@code CommonRequest} with the call's
 *       version and {@code getCommonResponse}; the ECS dialect asks for XML, its native format.
 * </ul>
 *
 * The SDK signs and sends; the exchange is recorded on the way so the status is known too.
 */
public final class SdkClient {
  private static final String VPC_MODEL = "com.aliyuncs.vpc.model.v20160428.";
  private static final Pattern FILTER_KEY = Pattern.compile("Filter\\.(\\d+)\\.Key");
  private static final Pattern FILTER_VALUE = Pattern.compile("Filter\\.(\\d+)\\.Value\\.(\\d+)");

  /** Sends the call; a refusal is an outcome, not an exception. */
  public Observation send(RpcCall call, URI endpoint, Dialect dialect) {
    if (call.isRawOnly()) {
      throw new IllegalArgumentException("the SDK cannot send this call as stated: " + call);
    }
    String region = call.params().get("RegionId");
    if (region == null) {
      throw new IllegalArgumentException("the SDK always sends a RegionId; this call has none: " + call);
    }
    Format format = call.format() != null ? call.format() : dialect == Dialect.ECS ? Format.XML : Format.JSON;
    ProtocolType protocol = "https".equalsIgnoreCase(endpoint.getScheme()) ? ProtocolType.HTTPS : ProtocolType.HTTP;
    DefaultProfile profile =
        DefaultProfile.getProfile(region, call.credentials().accessKeyId(), call.credentials().accessKeySecret());
    HttpClientConfig config = HttpClientConfig.getDefault();
    config.setProtocolType(protocol);
    config.setConnectionTimeoutMillis(5_000);
    config.setReadTimeoutMillis(30_000);
    profile.setHttpClientConfig(config);
    DefaultAcsClient client = new DefaultAcsClient(profile);
    RecordingHttpClient recorder = new RecordingHttpClient(client.getHttpClient());
    client.setHttpClient(recorder);
    Class<?> typed = typedRequestClass(call, dialect);
    String path = typed != null ? "typed" : "common";
    Observation.SdkOutcome outcome;
    try {
      Object response =
          typed != null
              ? client.getAcsResponse(typedRequest(typed, call, endpoint, protocol, format))
              : client.getCommonResponse(commonRequest(call, endpoint, protocol, format));
      outcome = new Observation.SdkOutcome(path, response, null, null, null);
    } catch (ClientException e) {
      outcome = new Observation.SdkOutcome(path, null, e.getErrCode(), e.getErrMsg(), e.getRequestId());
    } finally {
      client.shutdown();
    }
    return observation(path, recorder, format, outcome);
  }

  private static Observation observation(
      String path, RecordingHttpClient recorder, Format format, Observation.SdkOutcome outcome) {
    HttpResponse r = recorder.lastResponse();
    if (r == null) {
      String why = "no HTTP answer reached the SDK: " + outcome.errCode() + " " + outcome.errMessage();
      return new Observation("sdk:" + path, 0, null, why, Body.read(null, null), format, null, outcome);
    }
    String contentType = header(r, "Content-Type");
    String text = r.getHttpContent() == null ? "" : new String(r.getHttpContent(), StandardCharsets.UTF_8);
    String stringToSign = recorder.lastRequest() == null ? null : recorder.lastRequest().getSysStrToSign();
    return new Observation(
        "sdk:" + path, r.getStatus(), contentType, text, Body.read(contentType, text), format, stringToSign, outcome);
  }

  private static String header(HttpResponse r, String name) {
    for (Map.Entry<String, String> e : r.getSysHeaders().entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The aliyun-java-sdk-vpc request class for a VPC-dialect call, or null for a CommonRequest. */
  private static Class<?> typedRequestClass(RpcCall call, Dialect dialect) {
    if (dialect != Dialect.VPC || !Dialect.VPC.version().equals(call.version())) {
      return null;
    }
    try {
      return Class.forName(VPC_MODEL + call.action() + "Request");
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static RpcAcsRequest<?> typedRequest(
      Class<?> type, RpcCall call, URI endpoint, ProtocolType protocol, Format format) {
    RpcAcsRequest<?> r;
    try {
      r = (RpcAcsRequest<?>) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
    r.setSysEndpoint(endpoint.getAuthority());
    r.setSysProtocol(protocol);
    r.setSysRegionId(call.params().get("RegionId"));
    r.setSysAcceptFormat(FormatType.valueOf(format.name()));
    if (!call.method().equals("POST")) {
      r.setSysMethod(MethodType.valueOf(call.method()));
    }
    for (Map.Entry<String, String> p : call.params().entrySet()) {
      if (p.getKey().equals("RegionId") || p.getKey().startsWith("Filter.")) {
        continue;
      }
      set(r, p.getKey(), p.getValue());
    }
    if (r instanceof DescribeRouterInterfacesRequest describe) {
      describe.setFilters(filters(call.params()));
    }
    return r;
  }

  /** {@code Filter.N.Key} / {@code Filter.N.Value.M} as the typed request's list, by N then M. */
  private static List<DescribeRouterInterfacesRequest.Filter> filters(Map<String, String> params) {
    TreeMap<Integer, DescribeRouterInterfacesRequest.Filter> byIndex = new TreeMap<>();
    TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
    for (Map.Entry<String, String> p : params.entrySet()) {
      Matcher k = FILTER_KEY.matcher(p.getKey());
      Matcher v = FILTER_VALUE.matcher(p.getKey());
      if (k.matches()) {
        byIndex.computeIfAbsent(Integer.parseInt(k.group(1)), n -> new DescribeRouterInterfacesRequest.Filter())
            .setKey(p.getValue());
      } else if (v.matches()) {
        values.computeIfAbsent(Integer.parseInt(v.group(1)), n -> new TreeMap<>())
            .put(Integer.parseInt(v.group(2)), p.getValue());
      }
    }
    if (!byIndex.keySet().equals(values.keySet())) {
      throw new IllegalArgumentException("the typed SDK cannot send a filter key without values: " + params);
    }
    List<DescribeRouterInterfacesRequest.Filter> out = new ArrayList<>();
    byIndex.forEach((n, f) -> {
      f.setValues(new ArrayList<>(values.get(n).values()));
      out.add(f);
    });
    return out;
  }

  /** Calls the request class's setter for a parameter, converting to its Java type. */
  private static void set(Object request, String name, String value) {
    for (Method m : request.getClass().getMethods()) {
      if (!m.getName().equals("set" + name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> type = m.getParameterTypes()[0];
      Object arg =
          type == String.class ? value
              : type == Long.class ? Long.valueOf(value)
              : type == Integer.class ? Integer.valueOf(value)
              : type == Boolean.class ? Boolean.valueOf(value)
              : null;
      if (arg == null) {
        break;
      }
      try {
        m.invoke(request, arg);
        return;
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot call " + m, e);
      }
    }
    throw new IllegalArgumentException(
        request.getClass().getSimpleName() + " has no setter for " + name + "; mark the call rawOnly()");
  }

  private static CommonRequest commonRequest(RpcCall call, URI endpoint, ProtocolType protocol, Format format) {
    CommonRequest r = new CommonRequest();
    r.setSysDomain(endpoint.getAuthority());
    r.setSysProtocol(protocol);
    r.setSysVersion(call.version());
    r.setSysAction(call.action());
    r.setSysMethod(MethodType.valueOf(call.method()));
    r.setSysAccept(FormatType.valueOf(format.name()));
    r.setSysRegionId(call.params().get("RegionId"));
    call.params().forEach((k, v) -> {
      if (!k.equals("RegionId")) {
        r.putQueryParameter(k, v);
      }
    });
    return r;
  }

}
