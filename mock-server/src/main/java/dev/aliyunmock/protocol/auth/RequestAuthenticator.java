package dev.aliyunmock.protocol.auth;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.protocol.Parameters;
import dev.aliyunmock.protocol.RpcRequest;

/** One signature style: checks a request and says who sends it. */
public interface RequestAuthenticator {
  /**
   * Verifies a request (or, with authentication off, only identifies its caller).
   *
   * @throws ApiException with the gateway error of the first check that fails
   */
  Authenticated authenticate(RpcRequest request, Parameters params);
}
