package dev.aliyunmock.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aliyunmock.AliyunMock;
import dev.aliyunmock.api.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Describe filtered on the keys it reads through an index (Name, Status, OppositeInterfaceId,
 * OppositeRouterId) answers exactly what a scan of the caller's region would: the same matches,
 * in creation order, with the same total, whatever changed since the interfaces were loaded.
 */
class DescribeFiltersTest {
  private static final String OWNER = "1000000000000001";
  private static final String REGION = "cn-hangzhou";

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

  private static List<Object> ids(Page p) {
    return p.items().stream().map((Map<String, Object> m) -> m.get("RouterInterfaceId")).toList();
  }

  private static Page describe(AliyunMock mock, int page, int size, Filter... filters) {
    return mock.routerInterfaces().describe(OWNER, Dialect.VPC, REGION, page, size, List.of(filters));
  }

  private static void rename(AliyunMock mock, String id, String name) {
    mock.routerInterfaces()
        .modifyAttribute(
            OWNER,
            Dialect.VPC,
            REGION,
            id,
            new RouterInterfaces.AttributeChanges(name, null, null, null, null, null, null, null, null, null, false));
  }

  @Test
  void aNameFilterListsItsMatchesInCreationOrder() throws Exception {
    AliyunMock mock = mock();
    rename(mock, "ri-a", "xx");
    Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-a", "ri-c", "ri-e");
    assertThat(p.totalCount()).isEqualTo(3);
  }

  @Test
  void aRenamedInterfaceLeavesTheMatchesOfItsOldName() throws Exception {
    AliyunMock mock = mock();
    rename(mock, "ri-c", "yy");
    Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-e");
  }

  @Test
  void aFilteredPageCountsEveryMatchAndShowsItsSlice() throws Exception {
    AliyunMock mock = mock();
    Page p = describe(mock, 2, 2, new Filter(FilterKey.OppositeInterfaceId, Set.of("ri-peer-0")));
    assertThat(ids(p)).containsExactly("ri-e");
    assertThat(p.totalCount()).isEqualTo(3);
  }

  @Test
  void severalValuesOfAnIndexedKeyMatchAnyOfThemInCreationOrder() throws Exception {
    AliyunMock mock = mock();
    Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("name-f", "name-b", "xx")));
    assertThat(ids(p)).containsExactly("ri-b", "ri-c", "ri-e", "ri-f");
  }

  @Test
  void anIndexedFilterIsCombinedWithTheOthers() throws Exception {
    AliyunMock mock = mock();
    Page p =
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
    mock.routerInterfaces().connect(OWNER, Dialect.VPC, REGION, "ri-hangzhou0initiator001");
    Page first = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Connecting")));
    Page second = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Connecting")));
    Page active = describe(mock, 1, 10, new Filter(FilterKey.Status, Set.of("Active")));
    assertThat(ids(first)).containsExactly("ri-hangzhou0initiator001");
    assertThat(ids(second)).isEmpty();
    assertThat(ids(active)).containsExactly("ri-hangzhou0initiator001");
  }

  @Test
  void aDeletedInterfaceLeavesEveryIndex() throws Exception {
    AliyunMock mock = mock();
    mock.routerInterfaces().delete(OWNER, REGION, "ri-c");
    Page p = describe(mock, 1, 10, new Filter(FilterKey.Name, Set.of("xx")));
    assertThat(ids(p)).containsExactly("ri-e");
  }
}
