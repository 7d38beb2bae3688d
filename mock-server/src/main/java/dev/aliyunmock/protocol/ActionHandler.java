package dev.aliyunmock.protocol;

import java.util.Map;

/**
 * One API action in one dialect. Returns the response fields after {@code RequestId}, in order;
 * refuses with {@link dev.aliyunmock.api.ApiException}.
 */
@FunctionalInterface
public interface ActionHandler {
  Map<String, Object> handle(ActionContext context);
}
