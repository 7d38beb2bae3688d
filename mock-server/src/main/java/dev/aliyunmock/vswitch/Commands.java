package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.Input;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.Requester;

/** The vSwitch actions as the domain takes them, every value already parsed at the edge. */
public final class Commands {
  private Commands() {}

  /** CreateVSwitch; {@code cidrBlock} carries {@code InvalidCidrBlock.Malformed} when it is not a network block. */
  public record Create(
      Requester requester,
      String vpcId,
      String zoneId,
      Input<Cidr> cidrBlock,
      Input<String> clientToken,
      Input<String> name,
      Input<String> description) {}

  /** DeleteVSwitch. */
  public record Delete(Requester requester, String vSwitchId) {}

  /**
   * DescribeVSwitches: one page of the caller's vSwitches matching every filter given ({@code null}:
   * no filter). The request names a region, a VPC, or both.
   */
  public record Describe(
      Requester requester,
      int pageNumber,
      int pageSize,
      String vpcId,
      String vSwitchId,
      String zoneId,
      Boolean isDefault,
      String name,
      String routeTableId,
      String resourceGroupId,
      String vSwitchOwnerId,
      boolean dryRun) {}

  /** One vSwitch as DescribeVSwitches shows it: a copy, and the route table it is associated with (its VPC's). */
  public record VSwitchView(VSwitch vSwitch, String routeTableId) {}
}
