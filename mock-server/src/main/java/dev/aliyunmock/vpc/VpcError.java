package dev.aliyunmock.vpc;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.ErrorText;

/**
 * The errors of the VPC actions, and those the VPC-side kinds (VPCs, vSwitches, route tables)
 * share: code, HTTP status and message as data. {@code docs/reference/vpc/vpc.md} gives each
 * one's source; {@code docs/reference/vpc-workflow.md} ("Where the sources are silent") the
 * readings behind the conditions the mock answers them for. Messages are the sources', typos and
 * odd spacing kept.
 */
public enum VpcError implements ErrorCode {
  // ---- shared by the VPC-side actions ----
  /** Every VPC-side action with a RegionId: the CreateVpc page's wording (G26). */
  REGION_NOT_FOUND(ErrorText.of("InvalidRegionId.NotFound", 404, "Specified value of \"regionId\" is not supported.")),
  /** ModifyVpcAttribute, DeleteVpc, CreateVSwitch (DOC19); observed on CreateVSwitch (G12). */
  VPC_NOT_FOUND(ErrorText.of("InvalidVpcId.NotFound", 404, "Specified VPC does not exist.")),
  /** ModifyVpcAttribute, DeleteVpc, CreateVSwitch, CreateRouteEntry, DeleteRouteEntry. */
  INCORRECT_VPC_STATUS(ErrorText.of("IncorrectVpcStatus", 400, "Current VPC status does not support this operation.")),
  /** ModifyVpcAttribute, CreateVSwitch, CreateRouteEntry, DeleteRouteEntry: a block that is not {@code a.b.c.d/n}. */
  CIDR_MALFORMED(ErrorText.of("InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid.")),
  /**
   * The backend's own "required" refusal, for a requirement that depends on other parameters
   * (a parameter the API's metadata marks required is the gateway's {@code Missing{Name}}).
   */
  MISSING_PARAMETER(ErrorText.of("MissingParameter", 400, "Miss mandatory parameter.")),
  /** CreateVSwitch, DeleteVSwitch, CreateRouteEntry, DeleteRouteEntry: an entry of the table is Pending or Deleting. */
  ROUTE_ENTRY_BLOCKED(ErrorText.of("IncorrectRouteEntryStatus", 400, "Some route entry status blocked this operation.")),
  /** CreateRouteEntry (APIDOC-CRE): a vSwitch of the VPC is being created or deleted. */
  VSWITCH_BUSY(ErrorText.of(
      "IncorrectVSwitchStatus", 400, "The current virtual switch status does not support this operation.")),
  /**
   * The mock's paging policy for the VPC-side Describe actions, which document no paging error:
   * that of DescribeRouterInterfaces (G14).
   */
  PAGING_INVALID(ErrorText.of("InvalidRegionId.NotFound", 404, "The parameter wrong, pageNum or pageSize.")),
  /** {@code DryRun=true} whose request passed every check (the VPC-family pages' wording). */
  DRY_RUN(ErrorText.of("DryRunOperation", 400, "Request validation has been passed with DryRun flag set.")),

  // ---- CreateVpc, ModifyVpcAttribute (docs/reference/vpc/vpc.md) ----
  /** CreateVpc: a block outside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or a mask outside /8-/24 (no full stop, as documented). */
  CIDR_NOT_VALID(ErrorText.of("InvalidParameter", 400, "Specified CIDR block is not valid")),
  /** CreateVpc, ModifyVpcAttribute (sic, both pages). */
  VPC_NAME_MALFORMED(ErrorText.of("InvalidVpcName.Malformed", 400, "Specified VPC name is not valid.")),
  /** CreateVpc, ModifyVpcAttribute (the code's "Discription" is in every source). */
  VPC_DESCRIPTION_MALFORMED(ErrorText.of("InvalidVpcDiscription.Malformed", 400, "Specified VPC description is not valid.")),
  /** CreateVpc: at most {@value CreateVpcRule#QUOTA_PER_REGION} VPCs per account and region. */
  VPC_QUOTA_EXCEEDED(ErrorText.of("QuotaExceeded.Vpc", 400, "VPC quota exceeded.")),
  /** CreateVpc, ModifyVpcAttribute: a UserCidr that is not a block. */
  USER_CIDR_FORMAT(ErrorText.of("InvalidParameter", 400, "Specified UserCidr invalid format.")),
  /** CreateVpc, ModifyVpcAttribute: a UserCidr mask outside /8-/28 (the space before the stop is the source's). */
  USER_CIDR_MASK(ErrorText.of("InvalidParameter", 400, "Specified UserCidr Subnet mask is not valid .")),
  /** CreateVpc, ModifyVpcAttribute: more than three UserCidr blocks. */
  USER_CIDR_QUOTA(ErrorText.of("InvalidUserCidr.Quota", 400, "Specified UserCidr number is greater than 3.")),
  /** CreateVpc, ModifyVpcAttribute: a UserCidr overlapping 100.64.0.0/10 (the source's wording). */
  USER_CIDR_RESERVED(ErrorText.of("InvalidUserCidr.Malformed", 400, "Specified UserCidr overlapping in of 100.64.0.0/10.")),

  // ---- DeleteVpc (docs/reference/vpc/vpc.md; order: G11) ----
  /** vSwitches remain in the VPC. */
  DEPENDENCY_VSWITCH(ErrorText.of("DependencyViolation.VSwitch", 400, "Specified object has dependent resources")),
  /** Custom route entries remain: the code and message observed (ISSUE alibaba/packer-provider#33; sic "Forbbiden"). */
  CUSTOM_ROUTE_ACTIVE(ErrorText.of("Forbbiden", 400, "Active custom route in vpc.")),
  /** Router interfaces remain on the VPC's vRouter. */
  DEPENDENCY_ROUTER_INTERFACE(ErrorText.of(
      "DependencyViolation.RouterInterface", 400, "Specified object has dependent resources RouterInterface."));

  private final ErrorText text;

  VpcError(ErrorText text) {
    this.text = text;
  }

  @Override
  public ErrorText text() {
    return text;
  }
}
