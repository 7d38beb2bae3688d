package dev.aliyunmock.routerinterface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.Dialect;
import dev.aliyunmock.api.Input;
import dev.aliyunmock.fixtures.FixtureException;
import dev.aliyunmock.world.Caller;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Describe filtered on the keys it reads through an index (Name, Status, OppositeInterfaceId,
 * OppositeRouterId) answers exactly what a scan of the caller's region would: the same matches,
 * in creation order, with the same total, whatever changed since the interfaces were loaded.
 */
class DescribeFiltersTest {
  private static final Caller CALLER = new Caller("1000000000000001", "cn-hangzhou");

  /** Six Idle initiators on six routers, created in the order a … f; c and e are named "xx". */
  private static AliyunMock mock() throws FixtureException {
    StringBuilder routers = new StringBuilder();
    StringBuilder ris = new StringBuilder();
    String[] ids = {"a", "b", "c", "d", "e", "f"};
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      routers.append(i == 0 ? "" : ",").append("{\"RouterId\":\"vrt-").append(id)
          .append("\",\"RegionId\":\"cn-hangzhou\",\"OwnerId\":\"1000000000000001\"}");
      ris.append(i == 0 ? "" : ",").append("{\"RouterInterfaceId\":\"ri-").append(id)
          .append("\",\"RouterId\":\"vrt-").append(id).append("\",\"Role\":\"InitiatingSide\",\"Name\":\"")
          .append(id.equals("c") || id.equals("e") ? "xx" : "name-" + id)
          .append("\",\"OppositeInterfaceId\":\"ri-peer-").append(i % 2).append("\"}");
    }
    String json =
        "{\"Regions\":[\"cn-hangzhou\"],\"Accounts\":[{\"OwnerId\":\"1000000000000001\",\"AccessKeyId\":\"k\","
            + "\"AccessKeySecret\":\"s\"}],\"Routers\":[" + routers + "],\"RouterInterfaces\":[" + ris + "]}";
    return AliyunMock.builder().fixtures(json).build();
  }

  private static List<String> ids(Commands.Page p) {
    return p.items().stream().map(RouterInterface::id).toList();
  }

  private static Commands.Page describe(AliyunMock mock, int page, int size, Filter... filters) {
    return new DescribeRule(mock.world()).describe(new Commands.Describe(CALLER, page, size, List.of(filters)));
  }

  private static void rename(AliyunMock mock, String id, String name) {
    new AttributeRules(mock.world())
        .modifyAttribute(
            new Commands.ModifyAttribute(
                CALLER, id, Input.of(name), Input.absent(), Input.absent(), Input.absent(), Input.absent(),
                Input.absent(), Input.absent(), Input.absent(), Input.absent(), Input.absent(), false));
  }

  @Test
  void aNameFilterListsItsMatchesInCreationOrder() throws Exception {
    AliyunMock mock = mock();
    rename(mock, "ri-a", "xx");
    Commands.Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-a", "ri-c", "ri-e");
    assertThat(p.totalCount()).isEqualTo(3);
  }

  @Test
  void aRenamedInterfaceLeavesTheMatchesOfItsOldName() throws Exception {
    AliyunMock mock = mock();
    rename(mock, "ri-c", "yy");
    Commands.Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-e");
  }

  @Test
  void aFilteredPageCountsEveryMatchAndShowsItsSlice() throws Exception {
    AliyunMock mock = mock();
    Commands.Page p = describe(mock, 2, 2, new Filter(FilterKey.OppositeInterfaceId, Set.of("ri-peer-0")));
    assertThat(ids(p)).containsExactly("ri-e");
    assertThat(p.totalCount()).isEqualTo(3);
  }

  @Test
  void severalValuesOfAnIndexedKeyMatchAnyOfThemInCreationOrder() throws Exception {
    AliyunMock mock = mock();
    Commands.Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("name-f", "name-b", "xx")));
    assertThat(ids(p)).containsExactly("ri-b", "ri-c", "ri-e", "ri-f");
  }

  @Test
  void anIndexedFilterIsCombinedWithTheOthers() throws Exception {
    AliyunMock mock = mock();
    Commands.Page p =
        describe(
            mock,
            1,
            10,
            new Filter(FilterKey.Name, Set.of("xx")),
            new Filter(FilterKey.OppositeInterfaceId, Set.of("ri-peer-1")));
    assertThat(ids(p)).isEmpty();
    assertThat(p.totalCount()).isZero();
  }

  @Test
  void aStatusFilterSeesTheStatusAfterPollTransitionsEnded() throws Exception {
    String json = AliyunMock.defaultWorldJson();
    AliyunMock mock = AliyunMock.builder().fixtures(json).build();
    new ConnectRule(mock.world()).connect(new Commands.Connect(CALLER, "ri-hangzhou0initiator001", Dialect.VPC));
    Commands.Page first = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Connecting")));
    Commands.Page second = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Connecting")));
    Commands.Page active = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Active")));
    assertThat(ids(first)).containsExactly("ri-hangzhou0initiator001");
    assertThat(ids(second)).isEmpty();
    assertThat(ids(active)).containsExactly("ri-hangzhou0initiator001");
  }

  @Test
  void aDeletedInterfaceLeavesEveryIndex() throws Exception {
    AliyunMock mock = mock();
    new Lifecycle(mock.world()).delete(new Commands.OnInterface(CALLER, "ri-c"));
    Commands.Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-e");
  }
}
