package dev.aliyunmock.contract.scenario;

import java.util.ArrayList;
import java.util.List;

/** Every scenario of the suite. */
public final class Scenarios {
  private Scenarios() {}

  public static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    out.addAll(GatewayScenarios.all());
    out.addAll(ConnectScenarios.all());
    out.addAll(DescribeScenarios.all());
    out.addAll(AttributeScenarios.all());
    out.addAll(LifecycleScenarios.all());
    out.addAll(VpcScenarios.all());
    out.addAll(VSwitchScenarios.all());
    out.addAll(RouteScenarios.all());
    return List.copyOf(out);
  }
}
