package dev.aliyunmock.routetable;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.vpc.Requester;
import dev.aliyunmock.vpc.Scopes;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcStore;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.View;

/** A route table is its VPC's: how the route-table actions find the caller's. */
final class Tables {
  private Tables() {}

  /**
   * The VPC of the caller's route table the request names, in the request's region or, when it
   * names none, in the table's own: {@code InvalidRouteTableId.NotFound} otherwise.
   */
  static Vpc own(View view, Requester r, String routeTableId) {
    VpcStore vpcs = view.store(VpcStore.KEY);
    Scope scope =
        Scopes.ofResource(
            view,
            r,
            () -> vpcs.ownedByRouteTable(r.ownerId(), routeTableId).map(Vpc::regionId),
            () -> new ApiException(RouteTableError.ROUTE_TABLE_NOT_FOUND));
    return vpcs.in(scope)
        .byRouteTable(routeTableId)
        .orElseThrow(() -> new ApiException(RouteTableError.ROUTE_TABLE_NOT_FOUND));
  }
}
