package dev.aliyunmock.sdk;

import com.aliyuncs.CommonRpcRequest;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import java.util.Map;

/**
 * The RPC request a {@link com.aliyuncs.CommonRequest} builds for the ECS dialect, minus the
 * {@code Format} parameter that the SDK always adds (from the request or the profile). It shows
 * what a caller that sends no Format gets: the dialect's default, XML for 2014-05-26.
 */
final class EcsWithoutFormat extends CommonRpcRequest {
  EcsWithoutFormat(String endpoint, String action) {
    super("Ecs", "2014-05-26", action);
    setSysEndpoint(endpoint);
    setSysProtocol(ProtocolType.HTTP);
    setSysMethod(MethodType.POST);
  }

  @Override
  protected void setParameter(Map<String, String> map, String name, Object value) {
    if (!"Format".equals(name)) {
      super.setParameter(map, name, value);
    }
  }

  /** No format of its own, so the signer adds none either (the profile has none). */
  @Override
  public FormatType getSysAcceptFormat() {
    return null;
  }
}
