package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Signature version 1: HMAC-SHA1 over the decoded parameters ({@link RpcSignatureV1}). */
final class RpcV1Style implements SignatureStyle {
  /** The parameters a signed request must carry, in the order their absence is reported. */
  static final List<String> REQUIRED =
      List.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp");

  @Override
  public Authenticated.Style name() {
    return Authenticated.Style.RPC_V1;
  }

  @Override
  public String action(RpcRequest request, Parameters params) {
    return params.get("Action");
  }

  @Override
  public String version(RpcRequest request, Parameters params) {
    return params.get("Version");
  }

  @Override
  public String claimedKeyId(RpcRequest request, Parameters params) {
    return params.get("AccessKeyId");
  }

  @Override
  public Claims claims(RpcRequest request, Parameters params) {
    for (String name : REQUIRED) {
      if (params.nonEmpty(name) == null) {
        throw new ApiException(ApiError.MISSING_PARAMETER, name);
      }
    }
    if (!"HMAC-SHA1".equals(params.get("SignatureMethod")) || !"1.0".equals(params.get("SignatureVersion"))) {
      throw new ApiException(ApiError.INCOMPLETE_SIGNATURE);
    }
    return new Claims(
        params.get("AccessKeyId"),
        params.get("SignatureNonce"),
        params.get("Timestamp"),
        secret -> {
          String stringToSign = RpcSignatureV1.stringToSign(request.method(), params.all());
          String expected = RpcSignatureV1.sign(stringToSign, secret);
          return MessageDigest.isEqual(
                  expected.getBytes(StandardCharsets.UTF_8), params.get("Signature").getBytes(StandardCharsets.UTF_8))
              ? null
              : stringToSign;
        });
  }
}
