package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.api.ErrorText;

/**
 * The errors of the vSwitch actions (docs/reference/vpc/vswitch.md, DOC19-ZH tables unless said
 * otherwise), typos kept. The codes vSwitches share with VPCs and route tables are {@link
 * dev.aliyunmock.vpc.VpcError}'s.
 */
public enum VSwitchError implements ErrorCode {
  /** DescribeVSwitches (a VSwitchId filter naming none of the caller's), DeleteVSwitch. */
  VSWITCH_NOT_FOUND(ErrorText.of("InvalidVSwitchId.NotFound", 404, "VSwitch not exist.")),
  /** DescribeVSwitches: a VpcId naming none of the caller's VPCs (G12). */
  VPC_NOT_FOUND_FOR_DESCRIBE(ErrorText.of("Forbidden.VpcNotFound", 400, "Specified VPC can not found.")),
  /** CreateVSwitch: not a zone of the VPC's region. */
  ZONE_NOT_FOUND(ErrorText.of("InvalidZoneId.NotFound", 404, "Specified zone does not exist.")),
  /** CreateVSwitch. */
  NAME_MALFORMED(ErrorText.of("InvalidVSwitchName.Malformed", 400, "Specified virtual switch name is not valid.")),
  /** CreateVSwitch (sic "Discription"). */
  DESCRIPTION_MALFORMED(ErrorText.of(
      "InvalidVSwitchDiscription.Malformed", 400, "Specified virtual switch description is not valid.")),
  /** CreateVSwitch: the block is not inside the VPC's. */
  CIDR_NOT_IN_VPC(ErrorText.of("InvalidParameter", 400, "Specified CIDR block is not valid in VPC.")),
  /** CreateVSwitch: the block overlaps another vSwitch's. */
  OVERLAPS_SUBNET(ErrorText.of("InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other subnets.")),
  /** CreateVSwitch: the block is the destination of a custom route entry of the VPC (G18). */
  OVERLAPS_ENTRY(ErrorText.of("InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other entry.")),
  /** CreateVSwitch: at most {@value CreateVSwitchRule#QUOTA_PER_VPC} per VPC (G16). */
  QUOTA_EXCEEDED(ErrorText.of("QuotaExceeded.VSwitch", 400, "Virtual switch quota exceeded.")),
  /** CreateVSwitch: a mask outside /16-/29 (sic "Cirdr", and the space before the stop; G17). */
  MASK_LENGTH(ErrorText.of("InvalidCirdrBlock.MaskLength", 400, "Specified CIDR block is not valid .")),
  /** CreateVSwitch: another vSwitch of the VPC is being created. */
  CREATING_ANOTHER(ErrorText.of("IncorrectVSwitchStatus", 400, "VSwitch Creation simultaneously is not supported.")),
  /** CreateVSwitch: another vSwitch of the VPC is being deleted. */
  MODIFYING_ANOTHER(ErrorText.of("IncorrectVSwitchStatus", 400, "Some virtual switch is modifying within the same VPC.")),
  /**
   * DeleteVSwitch: the vSwitch itself is Pending. The ECS page's message in the 2014-05-26
   * version, DOC19-ZH's in 2016-04-28.
   */
  NOT_AVAILABLE(ErrorText.of(
      "IncorrectVSwitchStatus",
      400,
      "vpc subnet status not working.",
      "The current virtual switch status does not support this operation.")),
  /** DeleteVSwitch: another vSwitch of the VPC is Pending (sic "Vswtich"; 404 as documented). */
  NOT_STABLE(ErrorText.of("IncorrectStatus", 404, "Vswtich status not stable."));

  private final ErrorText text;

  VSwitchError(ErrorText text) {
    this.text = text;
  }

  @Override
  public ErrorText text() {
    return text;
  }
}
