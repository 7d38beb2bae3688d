package dev.aliyunmock.routetable;

import dev.aliyunmock.api.Input;
import dev.aliyunmock.vpc.Requester;
import dev.aliyunmock.vpc.Vpc;
import java.util.List;

/** The route-table actions as the domain takes them, every value already parsed at the edge. */
public final class Commands {
  private Commands() {}

  /**
   * One next hop as a request names it: in NextHopType and NextHopId, or as an item of
   * NextHopList.
   *
   * @param type the type, with the refusal of an unknown one
   * @param id the id, or {@code null} when not given
   * @param weight the item's Weight, with the refusal of a bad one (absent outside NextHopList)
   */
  public record NextHop(Input<NextHopType> type, String id, Input<Integer> weight) {}

  /**
   * CreateRouteEntry.
   *
   * @param nextHop NextHopType and NextHopId, or {@code null} when NextHopType is absent
   * @param nextHopList the NextHopList items (empty when absent)
   */
  public record Create(
      Requester requester,
      String routeTableId,
      Input<Destination> destination,
      NextHop nextHop,
      List<NextHop> nextHopList,
      Input<String> clientToken,
      Input<String> name,
      Input<String> description) {
    public Create {
      nextHopList = List.copyOf(nextHopList);
    }
  }

  /**
   * DeleteRouteEntry: by RouteEntryId, or by RouteTableId and DestinationCidrBlock with the next
   * hop (NextHopId or the ids of NextHopList).
   */
  public record Delete(
      Requester requester,
      String routeEntryId,
      String routeTableId,
      Input<Destination> destination,
      String nextHopId,
      List<String> nextHopListIds) {
    public Delete {
      nextHopListIds = List.copyOf(nextHopListIds);
    }
  }

  /** DescribeRouteTables and DescribeRouteTableList: one page of the caller's route tables matching every filter given. */
  public record DescribeTables(
      Requester requester,
      int pageNumber,
      int pageSize,
      String routeTableId,
      String vRouterId,
      String vpcId,
      String routerType,
      String routerId,
      String routeTableName,
      String routeTableType,
      String resourceGroupId,
      String entryType) {}

  /**
   * One route table as the Describe actions show it.
   *
   * @param vpc the VPC it belongs to (a copy)
   * @param entries its custom entries (copies), in creation order
   * @param vSwitchIds the vSwitches associated with it (its VPC's)
   * @param showSystemEntry whether the system entry matches the request's entry filter
   */
  public record TableView(Vpc vpc, List<RouteEntry> entries, List<String> vSwitchIds, boolean showSystemEntry) {
    public TableView {
      entries = List.copyOf(entries);
      vSwitchIds = List.copyOf(vSwitchIds);
    }
  }

  /** DescribeRouteEntryList: the entries of one of the caller's tables matching every filter given. */
  public record DescribeEntries(
      Requester requester,
      String routeTableId,
      String routeEntryId,
      String routeEntryName,
      String routeEntryType,
      String destinationCidrBlock,
      String ipVersion,
      String nextHopId,
      String nextHopType,
      int maxResults,
      int offset) {}

  /**
   * One entry as DescribeRouteEntryList shows it: a custom entry with what its next hop connects to,
   * or the table's system entry.
   *
   * @param entry the custom entry (a copy), or {@code null} for the system entry
   * @param systemOf the VPC whose system entry it is, or {@code null}
   * @param nextHop what the router interface of a custom entry leads to, or {@code null}
   */
  public record EntryView(RouteEntry entry, Vpc systemOf, NextHopRelatedInfo nextHop) {}

  /** The far side of a router interface next hop: the opposite router's kind, id and region. */
  public record NextHopRelatedInfo(String instanceId, String instanceType, String regionId) {}

  /** One page of DescribeRouteEntryList; {@code nextOffset} is {@code -1} on the last page. */
  public record EntryPage(List<EntryView> entries, int nextOffset) {
    public EntryPage {
      entries = List.copyOf(entries);
    }
  }
}
