package dev.aliyunmock.vpc;

import dev.aliyunmock.api.Input;
import java.util.List;
import java.util.Objects;

/**
 * The VPC actions as the domain takes them: typed, every value already parsed at the edge. An
 * {@link Input} that was given but is not valid carries its refusal, which the rule raises at its
 * place in the order of checks.
 */
public final class Commands {
  private Commands() {}

  /**
   * CreateVpc.
   *
   * @param cidrBlock the block as parsed ({@code InvalidCidrBlock.Malformed} when it is not one);
   *     absent: the default {@value CreateVpcRule#DEFAULT_CIDR}
   * @param userCidrs the UserCidr blocks, with the refusal of a bad list
   * @param dryRun whether to check only ({@code DryRunOperation} when every check passes)
   */
  public record CreateVpc(
      Requester requester,
      Input<String> clientToken,
      Input<Cidr> cidrBlock,
      Input<String> name,
      Input<String> description,
      Input<List<String>> userCidrs,
      Input<String> resourceGroupId,
      boolean dryRun) {
    public CreateVpc {
      Objects.requireNonNull(requester.regionId(), "CreateVpc requires a region");
    }
  }

  /** What CreateVpc answers. */
  public record Created(String vpcId, String vRouterId, String routeTableId, String resourceGroupId) {}

  /**
   * DescribeVpcs: one page of the caller's VPCs in the region matching every filter given.
   *
   * @param vpcIds the VpcId list ({@code null}: no filter)
   * @param isDefault {@code true}: only default VPCs; {@code false}: only the others; {@code null}: all
   * @param vpcOwnerId VpcOwnerId, or {@code null}
   * @param dhcpOptionsSetId DhcpOptionsSetId, or {@code null}
   */
  public record DescribeVpcs(
      Requester requester,
      int pageNumber,
      int pageSize,
      List<String> vpcIds,
      String name,
      Boolean isDefault,
      String vpcOwnerId,
      String resourceGroupId,
      String dhcpOptionsSetId,
      boolean dryRun) {}

  /** One VPC as DescribeVpcs shows it: a copy, and the ids of its vSwitches in creation order. */
  public record VpcView(Vpc vpc, List<String> vSwitchIds) {
    public VpcView {
      vSwitchIds = List.copyOf(vSwitchIds);
    }
  }

  /** DescribeVRouters: one page of the vRouters of the caller's VPCs in the region. */
  public record DescribeVRouters(Requester requester, int pageNumber, int pageSize, String vRouterId) {}

  /** ModifyVpcAttribute; absent inputs leave their value unchanged. */
  public record ModifyVpc(
      Requester requester,
      String vpcId,
      Input<String> name,
      Input<String> description,
      Input<Cidr> cidrBlock,
      Input<List<String>> userCidrs) {}

  /** DeleteVpc. */
  public record DeleteVpc(Requester requester, String vpcId) {}

  /**
   * One region as DescribeRegions shows it.
   *
   * @param regionId the region's id
   * @param localName its name in the caller's language
   * @param endpoint the product's endpoint for it
   */
  public record Region(String regionId, String localName, String endpoint) {}
}
