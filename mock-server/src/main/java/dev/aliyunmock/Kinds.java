package dev.aliyunmock;

import dev.aliyunmock.api.ApiError;
import dev.aliyunmock.api.ErrorCode;
import dev.aliyunmock.fixtures.AccountsSection;
import dev.aliyunmock.fixtures.FixtureSchema;
import dev.aliyunmock.fixtures.FixtureSection;
import dev.aliyunmock.fixtures.RegionsSection;
import dev.aliyunmock.protocol.Action;
import dev.aliyunmock.router.RouterKind;
import dev.aliyunmock.routerinterface.RouterInterfaceKind;
import dev.aliyunmock.routetable.RouteTableKind;
import dev.aliyunmock.vpc.VpcKind;
import dev.aliyunmock.vswitch.VSwitchKind;
import dev.aliyunmock.world.StoreKey;
import dev.aliyunmock.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource kinds the mock serves, in registration order: a kind may refer to those before it
 * (a VPC's vRouter is a router, vSwitches are in VPCs, router interfaces sit on routers, route
 * entries lead to router interfaces). Adding a kind is one line here (docs/contributing.md).
 */
public final class Kinds {
  /** The registered kinds. Immutable. */
  public static final List<ResourceKind> ALL =
      List.of(new RouterKind(), new VpcKind(), new VSwitchKind(), new RouterInterfaceKind(), new RouteTableKind());

  /** The fixture format: the core sections (Regions, Accounts), then each kind's. */
  public static final FixtureSchema SCHEMA = schema();

  private Kinds() {}

  private static FixtureSchema schema() {
    List<FixtureSection<?, ?>> sections = new ArrayList<>(List.of(new RegionsSection(), new AccountsSection()));
    ALL.forEach(k -> sections.addAll(k.fixtureSections()));
    return new FixtureSchema(sections);
  }

  /** Every kind's stores. */
  static List<StoreKey<?>> stores() {
    List<StoreKey<?>> out = new ArrayList<>();
    ALL.forEach(k -> out.addAll(k.stores()));
    return out;
  }

  /** Every kind's actions, served on a world. */
  static List<Action> actions(World world) {
    List<Action> out = new ArrayList<>();
    ALL.forEach(k -> out.addAll(k.actions(world)));
    return out;
  }

  /** Every error the mock can answer with: the gateway's and shared ones, then each kind's. */
  public static List<ErrorCode> errors() {
    List<ErrorCode> out = new ArrayList<>(List.of(ApiError.values()));
    ALL.forEach(k -> out.addAll(k.errors()));
    return out;
  }
}
