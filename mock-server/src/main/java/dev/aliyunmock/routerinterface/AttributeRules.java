package dev.aliyunmock.routerinterface;

import dev.aliyunmock.api.ApiException;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.router.RouterType;
import dev.aliyunmock.world.Scope;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.World;
import java.util.List;

/**
 * The actions that change what an interface is: ModifyRouterInterfaceAttribute (name,
 * description and health check at any time; the opposite fields only while Idle) and
 * ModifyRouterInterfaceSpec (a new spec for an initiating side).
 */
public final class AttributeRules {
  private final World world;

  public AttributeRules(World world) {
    this.world = world;
  }

  /**
   * ModifyRouterInterfaceAttribute. Order: region, interface, financial lock, name, description,
   * opposite router type, opposite owner id, health check, status.
   */
  public void modifyAttribute(Commands.ModifyAttribute c) {
    world.update(tx -> modifyAttribute(tx, c));
  }

  private static void modifyAttribute(Tx tx, Commands.ModifyAttribute c) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    RouterInterface ri = Guards.own(store, tx.scope(c.caller()), c.routerInterfaceId());
    Guards.notFinanciallyLocked(ri);
    c.name().check();
    c.description().check();
    RouterType oppositeType = c.oppositeRouterType().get();
    c.oppositeInterfaceOwnerId().check();
    checkHealthCheck(ri, c);
    if (c.touchesOpposite() && ri.status() != Status.IDLE) {
      throw new ApiException(RouterInterfaceError.INCORRECT_STATUS, Status.IDLE.apiName());
    }
    setIfGiven(store, ri, RouterInterfaceField.Name, c.name());
    setIfGiven(store, ri, RouterInterfaceField.Description, c.description());
    setIfGiven(store, ri, RouterInterfaceField.OppositeInterfaceId, c.oppositeInterfaceId());
    setIfGiven(store, ri, RouterInterfaceField.OppositeRouterId, c.oppositeRouterId());
    if (oppositeType != null) {
      store.set(ri, RouterInterfaceField.OppositeRouterType, oppositeType);
    }
    setIfGiven(store, ri, RouterInterfaceField.OppositeInterfaceOwnerId, c.oppositeInterfaceOwnerId());
    if (c.deleteHealthCheckIp()) {
      store.set(ri, RouterInterfaceField.HealthCheckSourceIp, null);
      store.set(ri, RouterInterfaceField.HealthCheckTargetIp, null);
    }
    setIfGiven(store, ri, RouterInterfaceField.HealthCheckSourceIp, c.healthCheckSourceIp());
    setIfGiven(store, ri, RouterInterfaceField.HealthCheckTargetIp, c.healthCheckTargetIp());
    setIfGiven(store, ri, RouterInterfaceField.HcRate, c.hcRate());
    setIfGiven(store, ri, RouterInterfaceField.HcThreshold, c.hcThreshold());
  }

  /**
   * The health check: IPs and DeleteHealthCheckIp exclude each other; each IP is IPv4; a source
   * needs a target (given now, or kept); rate and threshold positive.
   */
  private static void checkHealthCheck(RouterInterface ri, Commands.ModifyAttribute c) {
    if (c.deleteHealthCheckIp() && (c.healthCheckSourceIp().isGiven() || c.healthCheckTargetIp().isGiven())) {
      throw new ApiException(
          RouterInterfaceError.MODIFY_PARAM_INVALID, "healthCheck Ip is conflicted with DeleteHealthCheckIp option");
    }
    c.healthCheckSourceIp().check();
    c.healthCheckTargetIp().check();
    boolean targetAfter =
        c.healthCheckTargetIp().isGiven()
            || (!c.deleteHealthCheckIp() && ri.get(RouterInterfaceField.HealthCheckTargetIp) != null);
    if (c.healthCheckSourceIp().isGiven() && !targetAfter) {
      throw new ApiException(RouterInterfaceError.MODIFY_PARAM_INVALID, "Modify routerinterface health check source ip invalid");
    }
    c.hcRate().check();
    c.hcThreshold().check();
  }

  /**
   * ModifyRouterInterfaceSpec: Idle or Inactive take the spec at once; Active goes through
   * Activating, then Active. Order: region, interface, spec, role, status, lock, bills outstanding.
   *
   * @return the new spec
   */
  public Spec modifySpec(Commands.ModifySpec c) {
    return world.write(tx -> modifySpec(tx, c));
  }

  private static Spec modifySpec(Tx tx, Commands.ModifySpec c) {
    RouterInterfaceStore store = tx.store(RouterInterfaceStore.KEY);
    Scope scope = tx.scope(c.caller());
    RouterInterface ri = Guards.own(store, scope, c.routerInterfaceId());
    Spec spec = c.spec().get();
    if (spec == Spec.NEGATIVE) {
      throw new ApiException(RouterInterfaceError.SPEC_NOT_SUPPORTED);
    }
    if (ri.role() != Role.INITIATING_SIDE) {
      throw new ApiException(RouterInterfaceError.NOT_INITIATING_SIDE);
    }
    Status s = ri.status();
    if (s != Status.IDLE && s != Status.ACTIVE && s != Status.INACTIVE) {
      throw new ApiException(RouterInterfaceError.INSTANCE_STATUS_ERROR);
    }
    Guards.notFinanciallyLocked(ri);
    Guards.noBillsOutstanding(store, scope);
    store.set(ri, RouterInterfaceField.Spec, spec);
    store.set(ri, RouterInterfaceField.Bandwidth, spec.bandwidth());
    if (s == Status.ACTIVE) {
      store.set(ri, RouterInterfaceField.Status, Status.ACTIVATING);
      store.syncMirrors(ri);
      tx.beginTransition(RouterInterfaceTransition.MODIFY_SPEC, List.of(ri.id()));
    } else {
      store.syncMirrors(ri);
    }
    return spec;
  }

  private static void setIfGiven(RouterInterfaceStore store, RouterInterface ri, RouterInterfaceField f, Input<?> value) {
    Object v = value.get();
    if (v != null) {
      store.set(ri, f, v);
    }
  }
}
