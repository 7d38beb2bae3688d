package dev.aliyunmock.vswitch;

import dev.aliyunmock.api.ApiEnum;
import dev.aliyunmock.fixtures.EntryPath;
import dev.aliyunmock.fixtures.FixtureEntry;
import dev.aliyunmock.fixtures.FieldSpec;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.LoadCheck;
import dev.aliyunmock.fixtures.SectionSpec;
import dev.aliyunmock.fixtures.ValueType;
import dev.aliyunmock.vpc.Cidr;
import dev.aliyunmock.vpc.CreateVpcRule;
import dev.aliyunmock.vpc.Vpc;
import dev.aliyunmock.vpc.VpcSection;
import dev.aliyunmock.world.Tx;
import dev.aliyunmock.world.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code VSwitches}: vSwitches of the VPCs of the world or of the same document; region and owner
 * come from the VPC. A vSwitch's block lies inside its VPC's and overlaps no other vSwitch's, as
 * CreateVSwitch requires; one loaded Pending finishes being created, one loaded Deleting being deleted.
 */
public final class VSwitchSection implements FixtureSection<VSwitchSection.Fields, VSwitch> {
  /** The section's key. */
  public static final String KEY = "VSwitches";

  public static final String VSWITCH_ID = "VSwitchId";
  public static final String VPC_ID = "VpcId";
  public static final String ZONE_ID = "ZoneId";
  public static final String CIDR_BLOCK = "CidrBlock";
  public static final String VSWITCH_NAME = "VSwitchName";
  public static final String DESCRIPTION = "Description";
  public static final String STATUS = "Status";
  public static final String CREATION_TIME = "CreationTime";
  public static final String IS_DEFAULT = "IsDefault";
  public static final String RESOURCE_GROUP_ID = "ResourceGroupId";

  /**
   * The Status a fixture gives a vSwitch being deleted. The API reports it Pending, like one being
   * created; the fixture tells them apart so that a dump loads back into the same state.
   */
  public static final String DELETING = "Deleting";

  private static final SectionSpec SPEC =
      new SectionSpec(
          KEY,
          List.of(
              FieldSpec.of(VSWITCH_ID, ValueType.NON_EMPTY_TEXT, true, false, "The vSwitch's id, e.g. vsw-…."),
              FieldSpec.of(VPC_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its VPC: one of Vpcs."),
              FieldSpec.of(ZONE_ID, ValueType.NON_EMPTY_TEXT, true, false, "Its zone: the VPC's region, '-' and a letter."),
              FieldSpec.of(CIDR_BLOCK, ValueType.NON_EMPTY_TEXT, true, false, "Its block a.b.c.d/n, inside the VPC's."),
              FieldSpec.of(VSWITCH_NAME, ValueType.TEXT, false, true, "VSwitchName."),
              FieldSpec.of(DESCRIPTION, ValueType.TEXT, false, true, "Description."),
              FieldSpec.oneOf(STATUS, List.of("Pending", "Available", DELETING), false, true,
                  "Pending (being created), Available (default), or Deleting (being deleted; the API shows Pending)."),
              FieldSpec.of(CREATION_TIME, ValueType.TEXT, false, true, "CreationTime (default: the load time)."),
              FieldSpec.of(IS_DEFAULT, ValueType.BOOLEAN, false, true, "Whether it is a default vSwitch (default false)."),
              FieldSpec.of(RESOURCE_GROUP_ID, ValueType.TEXT, false, true, "ResourceGroupId (default: the account's).")),
          null,
          "The vSwitches of the VPCs.");

  /** One entry as read. */
  public record Fields(
      String vSwitchId,
      String vpcId,
      String zoneId,
      String cidrBlock,
      String name,
      String description,
      VSwitchStatus status,
      boolean deleting,
      String creationTime,
      boolean isDefault,
      String resourceGroupId) {}

  @Override
  public SectionSpec spec() {
    return SPEC;
  }

  @Override
  public Fields read(FixtureEntry e) {
    String status = e.text(STATUS);
    return new Fields(
        e.text(VSWITCH_ID),
        e.text(VPC_ID),
        e.shared(e.text(ZONE_ID)),
        e.text(CIDR_BLOCK),
        e.text(VSWITCH_NAME),
        e.text(DESCRIPTION),
        status == null ? VSwitchStatus.AVAILABLE : DELETING.equals(status) ? VSwitchStatus.PENDING : ApiEnum.parse(VSwitchStatus.class, status),
        DELETING.equals(status),
        e.shared(e.text(CREATION_TIME)),
        e.bool(IS_DEFAULT, false),
        e.shared(e.text(RESOURCE_GROUP_ID)));
  }

  @Override
  public List<VSwitch> prepare(LoadCheck check, List<Fields> entries) throws FixtureException {
    VSwitchStore store = check.world().store(VSwitchStore.KEY);
    List<VSwitch> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Fields f = entries.get(i);
      EntryPath at = new EntryPath(KEY, i);
      if (store.contains(f.vSwitchId()) || check.declared(KEY, f.vSwitchId(), VSwitch.class).isPresent()) {
        throw at.alreadyExists(VSWITCH_ID, f.vSwitchId());
      }
      Vpc vpc =
          VpcSection.known(check, f.vpcId()).orElseThrow(() -> at.refuse(VPC_ID, "VPC '" + f.vpcId() + "' is not in Vpcs"));
      if (!Zones.of(vpc.regionId(), f.zoneId())) {
        throw at.refuse(ZONE_ID, "'" + f.zoneId() + "' is not a zone of " + vpc.regionId());
      }
      Optional<Cidr> cidr = Cidr.parse(f.cidrBlock()).filter(Cidr::isNetwork);
      if (cidr.isEmpty()) {
        throw at.refuse(CIDR_BLOCK, "'" + f.cidrBlock() + "' is not an IPv4 network block a.b.c.d/n");
      }
      if (!vpc.cidr().contains(cidr.get())) {
        throw at.refuse(CIDR_BLOCK, "'" + f.cidrBlock() + "' is not inside its VPC's " + vpc.cidrBlock());
      }
      for (VSwitch other : FixtureSection.withPrepared(store.inVpc(vpc.id()), out, v -> v.vpcId().equals(vpc.id()))) {
        if (other.cidr().overlaps(cidr.get())) {
          throw at.refuse(CIDR_BLOCK, "'" + f.cidrBlock() + "' overlaps vSwitch " + other.id() + "'s " + other.cidrBlock());
        }
      }
      VSwitch v =
          new VSwitch(
              f.vSwitchId(), vpc.ownerId(), vpc.regionId(), vpc.id(), f.zoneId(), cidr.get().toString(), f.name(),
              f.description(), f.status(), f.creationTime() == null ? check.now() : f.creationTime(), f.isDefault(),
              f.resourceGroupId() == null ? CreateVpcRule.defaultResourceGroup(vpc.ownerId()) : f.resourceGroupId());
      if (f.deleting()) {
        v.deleting(true);
      }
      check.declare(KEY, v.id(), v);
      out.add(v);
    }
    return out;
  }

  @Override
  public void apply(Tx tx, List<VSwitch> prepared) {
    VSwitchStore store = tx.store(VSwitchStore.KEY);
    for (VSwitch v : prepared) {
      store.add(v, null);
      if (v.status() == VSwitchStatus.PENDING) {
        tx.beginTransition(
            v.deleting() ? VSwitchTransition.DELETE_VSWITCH : VSwitchTransition.CREATE_VSWITCH, List.of(v.id()));
      }
    }
  }

  @Override
  public List<Map<String, Object>> dump(View view) {
    return FixtureSection.entries(
        view.store(VSwitchStore.KEY).all(),
        (v, n) -> {
          n.put(VSWITCH_ID, v.id());
          n.put(VPC_ID, v.vpcId());
          n.put(ZONE_ID, v.zoneId());
          n.put(CIDR_BLOCK, v.cidrBlock());
          FixtureSection.putIfSet(n, VSWITCH_NAME, v.name());
          FixtureSection.putIfSet(n, DESCRIPTION, v.description());
          n.put(STATUS, v.deleting() ? DELETING : v.status().apiName());
          n.put(CREATION_TIME, v.creationTime());
          n.put(IS_DEFAULT, v.isDefault());
          n.put(RESOURCE_GROUP_ID, v.resourceGroupId());
        });
  }
}
