package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.View;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A VPC-side caller's scope: {@link View#scope}, answering an unknown region in the VPC pages'
 * wording (G26), and taking the named resource's region when the request names none (G25).
 */
public final class Scopes {
  private Scopes() {}

  /**
   * The caller's account in a region.
   *
   * @throws ApiException {@code InvalidAccessKeyId.NotFound} for an account that is gone, {@link
   *     VpcError#REGION_NOT_FOUND} for a region the world does not have
   */
  public static Scope of(View view, String ownerId, String regionId) {
    try {
      return view.scope(ownerId, regionId);
    } catch (ApiException e) {
      if (e.error() == ApiError.REGION_NOT_FOUND) {
        throw new ApiException(VpcError.REGION_NOT_FOUND);
      }
      throw e;
    }
  }

  /**
   * The requester's scope: its region when it names one, else the region of the resource it
   * names, looked up among the caller's own resources of every region.
   *
   * @param regionOfOwned the region of the named resource if the caller owns it
   * @param notFound the refusal when the request names no region and the caller has no such
   *     resource
   */
  public static Scope ofResource(
      View view, Requester r, Supplier<Optional<String>> regionOfOwned, Supplier<ApiException> notFound) {
    if (r.regionId() != null) {
      return of(view, r.ownerId(), r.regionId());
    }
    if (view.account(r.ownerId()).isEmpty()) {
      throw new ApiException(ApiError.ACCESS_KEY_NOT_FOUND);
    }
    String region = regionOfOwned.get().orElseThrow(notFound);
    return of(view, r.ownerId(), region);
  }
}
